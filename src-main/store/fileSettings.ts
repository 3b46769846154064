import Conf from 'conf';
import { createSettingsStore, type SettingsStore } from './settingsStore';
import { defaultDataDirectory } from '../paths';

/** Settings outside Electron (bridge, CLI): conf writes the same settings.json electron-store does. */
export function openFileSettings(directory = defaultDataDirectory()): SettingsStore {
  const conf = new Conf<Record<string, unknown>>({ cwd: directory, configName: 'settings' });
  return createSettingsStore(conf);
}
