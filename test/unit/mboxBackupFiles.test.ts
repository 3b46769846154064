import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  backupFolderBaseName,
  mboxBaseName,
  MboxFileNames,
  safeNamePart,
} from '../../src-main/backup';
import { defaultSaveDirectory } from '../../src-main/store';

// Names on disk for the mbox backup: folder names from the server never escape the backup
// folder nor collide, and the save folder follows SWITCHOVER_SAVE_DIR / Documents.

describe('mbox file names from folder names', () => {
  it('joins levels with " - " and keeps readable names as they are', () => {
    expect(mboxBaseName(['INBOX'])).toBe('INBOX');
    expect(mboxBaseName(['Sent'])).toBe('Sent');
    expect(mboxBaseName(['Archive', '2019'])).toBe('Archive - 2019');
    expect(mboxBaseName(['Projects', 'Été'])).toBe('Projects - Été');
  });

  it('never lets a folder name leave the backup folder or upset a file system', () => {
    for (const hostile of ['..', '../..', '../../etc/passwd', '/abs', 'a\\b', 'C:x', '.hidden']) {
      const name = mboxBaseName([hostile]);
      expect(name).not.toMatch(/[/\\:]/);
      expect(name.startsWith('.')).toBe(false);
      expect(path.basename(`${name}.mbox`)).toBe(`${name}.mbox`);
    }
    expect(mboxBaseName(['..'])).toBe('Folder');
    expect(safeNamePart('what?<>|*"')).toBe('what______');
    expect(safeNamePart('tab\there\u0000')).toBe('tab_here_');
    expect(safeNamePart('CON')).toBe('_CON');
    expect(safeNamePart('trailing. ')).toBe('trailing');
    const long = mboxBaseName(['é'.repeat(300)]);
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(180);
    expect(long).toBe('é'.repeat(90));
  });

  it('resolves collisions (ignoring case) with " (2)", " (3)"', () => {
    const names = new MboxFileNames();
    expect(names.next(['INBOX'])).toBe('INBOX.mbox');
    expect(names.next(['a/b'])).toBe('a_b.mbox');
    expect(names.next(['a:b'])).toBe('a_b (2).mbox');
    expect(names.next(['Inbox'])).toBe('Inbox (2).mbox');
    expect(names.next(['A_B'])).toBe('A_B (3).mbox');
  });

  it('names the backup folder after the local date', () => {
    expect(backupFolderBaseName(new Date(2026, 10, 5, 23, 59))).toBe('Old mail backup 2026-11-05');
  });
});

describe('defaultSaveDirectory', () => {
  it('is SWITCHOVER_SAVE_DIR when set, created when missing', () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-save-'));
    const dir = path.join(base, 'nested', 'Saved');
    expect(defaultSaveDirectory({ env: { SWITCHOVER_SAVE_DIR: dir } })).toBe(dir);
    expect(fs.statSync(dir).isDirectory()).toBe(true);
    fs.rmSync(base, { recursive: true, force: true });
  });

  it('is Switchover in the Documents folder otherwise', () => {
    const no = { create: false, env: {} };
    expect(defaultSaveDirectory({ ...no, platform: 'darwin', home: '/Users/ann' })).toBe(
      '/Users/ann/Documents/Switchover',
    );
    expect(defaultSaveDirectory({ ...no, platform: 'linux', home: '/home/ann' })).toBe(
      '/home/ann/Documents/Switchover',
    );
    expect(
      defaultSaveDirectory({
        create: false,
        platform: 'linux',
        home: '/home/ann',
        env: { XDG_DOCUMENTS_DIR: '/home/ann/Dokumente' },
      }),
    ).toBe('/home/ann/Dokumente/Switchover');
    expect(
      defaultSaveDirectory({
        create: false,
        platform: 'win32',
        home: 'C:\\Users\\ann',
        env: { USERPROFILE: 'C:\\Users\\ann' },
      }),
    ).toBe('C:\\Users\\ann\\Documents\\Switchover');
    expect(
      defaultSaveDirectory({ ...no, platform: 'win32', documents: 'D:\\OneDrive\\Docs' }),
    ).toBe('D:\\OneDrive\\Docs\\Switchover');
  });
});
