import { readSettingsDocument, settingsSchema, type Settings } from './settingsDocument';

/** What conf and electron-store have in common: the whole document as one property. */
export interface DocumentBackend {
  store: Record<string, unknown>;
}

export interface SettingsStore {
  read(): Settings;
  update(patch: Partial<Omit<Settings, 'schemaVersion'>>): Settings;
}

export function createSettingsStore(backend: DocumentBackend): SettingsStore {
  return {
    read: () => readSettingsDocument(backend.store),
    update(patch) {
      const next = settingsSchema.parse({ ...readSettingsDocument(backend.store), ...patch });
      backend.store = next;
      return next;
    },
  };
}
