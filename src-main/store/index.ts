export { createSettingsStore } from './settingsStore';
export type { SettingsStore, DocumentBackend } from './settingsStore';
export { openFileSettings } from './fileSettings';
export { defaultDataDirectory } from '../paths';
export { defaultSaveDirectory } from './saveDirectory';
export { defaultSettings, settingsVersion } from './settingsDocument';
export type { Settings } from './settingsDocument';
