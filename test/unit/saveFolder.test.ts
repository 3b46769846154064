// Regression (review): the desktop app never told the backend where the person's Documents folder
// is, so saved files went to ~/Documents even where Documents lives elsewhere (OneDrive on Windows,
// "Dokumente" on a German Linux desktop). The folder Electron reports is now the one used.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../src-main/backend/index';
import { createSettingsStore } from '../../src-main/store';
import { sessionStore } from '../../src-main/vault';

const saved = process.env.SWITCHOVER_SAVE_DIR;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-savefolder-'));

afterEach(() => {
  if (saved === undefined) delete process.env.SWITCHOVER_SAVE_DIR;
  else process.env.SWITCHOVER_SAVE_DIR = saved;
});

describe('the save folder of the desktop app', () => {
  it('is "Switchover" inside the Documents folder the desktop names', async () => {
    delete process.env.SWITCHOVER_SAVE_DIR;
    const documents = path.join(tmp, 'OneDrive', 'Dokumente');
    const { dispatcher } = createBackend({
      name: 'Switchover',
      version: '0.0.1',
      platform: 'win32',
      runtime: 'electron',
      systemLocale: 'de-DE',
      settings: createSettingsStore({ store: {} }),
      dataDir: path.join(tmp, 'data'),
      documentsDir: documents,
      secretStores: [sessionStore()],
    });
    const result = await dispatcher.dispatch('report.save', {});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const file = (result.value as { path: string }).path;
    expect(path.dirname(file)).toBe(path.join(documents, 'Switchover'));
    expect(fs.existsSync(file)).toBe(true);
    fs.rmSync(tmp, { recursive: true, force: true });
  });
});
