import { createBackend } from '../../src-main/backend/index';
import { createSettingsStore } from '../../src-main/store';

/** The backend browser mode serves over the bridge, its settings kept in memory only. */
export function browserModeBackend(
  version: string,
  systemLocale = 'en-US',
): ReturnType<typeof createBackend> {
  return createBackend({
    name: 'Switchover',
    version,
    platform: 'linux',
    runtime: 'browser',
    systemLocale,
    settings: createSettingsStore({ store: {} }),
  });
}
