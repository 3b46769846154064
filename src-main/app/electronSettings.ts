import ElectronStore from 'electron-store';
import { createSettingsStore, type SettingsStore } from '../store';

/** electron-store in userData: the same settings.json that browser mode's conf reads. */
export function openElectronSettings(): SettingsStore {
  return createSettingsStore(new ElectronStore<Record<string, unknown>>({ name: 'settings' }));
}
