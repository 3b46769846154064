import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSettingsStore, defaultDataDirectory, openFileSettings } from '../../src-main/store';

describe('settings', () => {
  it('starts over from defaults when the stored document is unreadable', () => {
    const store = createSettingsStore({ store: { schemaVersion: 99, language: 'klingon' } });
    expect(store.read()).toEqual({ schemaVersion: 1 });
  });

  it('persists to settings.json in the data folder and reads it back in a new instance', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-settings-'));
    openFileSettings(dir).update({ language: 'es' });
    const file = JSON.parse(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8')) as unknown;
    expect(file).toEqual({ schemaVersion: 1, language: 'es' });
    expect(openFileSettings(dir).read().language).toBe('es');
    fs.rmSync(dir, { recursive: true });
  });

  it('uses the same folder as Electron userData on each platform', () => {
    expect(defaultDataDirectory('linux', {}, '/home/ann')).toBe('/home/ann/.config/Switchover');
    expect(defaultDataDirectory('linux', { XDG_CONFIG_HOME: '/x' }, '/home/ann')).toBe(
      '/x/Switchover',
    );
    expect(defaultDataDirectory('darwin', {}, '/Users/ann')).toBe(
      '/Users/ann/Library/Application Support/Switchover',
    );
    expect(defaultDataDirectory('win32', { APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, '')).toBe(
      'C:\\Users\\ann\\AppData\\Roaming\\Switchover',
    );
    expect(defaultDataDirectory('linux', { SWITCHOVER_DATA_DIR: '/tmp/s' }, '/home/ann')).toBe(
      '/tmp/s',
    );
  });
});
