import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  backupFolderBaseName,
  mboxBaseName,
  MboxFileNames,
  patientRename,
  removeStalePartials,
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
    // Device names with an extension are devices on Windows too (the backup would be lost).
    for (const device of [
      'CON.txt',
      'nul.tar',
      'LPT1.old',
      'aux .x',
      'Com3.mbox',
      'CONOUT$',
      'prn.',
    ]) {
      const name = mboxBaseName([device]);
      expect(name.startsWith('_'), device).toBe(true);
      expect(new MboxFileNames().next([device]).startsWith('_')).toBe(true);
    }
    // Not devices: a longer word, or the name in the middle.
    expect(mboxBaseName(['CONTACTS'])).toBe('CONTACTS');
    expect(mboxBaseName(['console.log'])).toBe('console.log');
    expect(mboxBaseName(['Family', 'nul'])).toBe('Family - _nul');
    // Trailing dots and spaces go (Windows drops them, making two names one).
    expect(safeNamePart('Reports. . ')).toBe('Reports');
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

describe('unfinished backup folders on disk', () => {
  const locked = (code: string) => Object.assign(new Error(code), { code, syscall: 'rename' });

  it('renames through a short Windows lock (EPERM/EBUSY), and gives up on anything else', async () => {
    const calls: string[] = [];
    let failures = 2;
    await patientRename('a.partial', 'a', {
      firstDelayMs: 1,
      rename: async (from, to) => {
        calls.push(`${from}→${to}`);
        if (failures-- > 0) throw locked(failures === 1 ? 'EBUSY' : 'EPERM');
      },
    });
    expect(calls).toEqual(['a.partial→a', 'a.partial→a', 'a.partial→a']);

    let tried = 0;
    const always = patientRename('a.partial', 'a', {
      tries: 3,
      firstDelayMs: 1,
      rename: async () => {
        tried++;
        throw locked('EBUSY');
      },
    });
    await expect(always).rejects.toMatchObject({ code: 'EBUSY' });
    expect(tried).toBe(3);

    tried = 0;
    const full = patientRename('a.partial', 'a', {
      firstDelayMs: 1,
      rename: async () => {
        tried++;
        throw locked('ENOSPC');
      },
    });
    await expect(full).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(tried).toBe(1);
  });

  it('removes only stale "Old mail backup *.partial" folders', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-stale-'));
    try {
      const stale = path.join(dir, 'Old mail backup 2026-01-01.partial');
      fs.mkdirSync(path.join(stale, 'deep'), { recursive: true });
      fs.writeFileSync(path.join(stale, 'deep', 'INBOX.mbox'), 'old copy');
      // Its writer (this process, no longer running it) is gone: stale as well.
      const ownPid = path.join(dir, 'Old mail backup 2026-01-02 (2).partial');
      fs.mkdirSync(ownPid);
      fs.writeFileSync(path.join(ownPid, '.switchover-owner'), String(process.pid));
      const kept = [
        'Old mail backup 2026-01-01',
        'Old mail backup 2026-01-03.partial.txt',
        'Old mail backup .partial',
        'My Old mail backup 2026-01-01.partial',
        'Switchover report 2026-01-01 120000.txt.part',
      ];
      for (const name of kept) fs.mkdirSync(path.join(dir, name));
      fs.writeFileSync(path.join(dir, 'Old mail backup file.partial'), 'a file');
      // Another live process's running backup (the parent of this one is alive).
      fs.mkdirSync(path.join(dir, 'Old mail backup 2026-01-04.partial'));
      fs.writeFileSync(
        path.join(dir, 'Old mail backup 2026-01-04.partial', '.switchover-owner'),
        String(process.ppid),
      );
      const removed = await removeStalePartials(dir);
      expect(removed.sort()).toEqual([path.basename(ownPid), path.basename(stale)].sort());
      expect(fs.readdirSync(dir).sort()).toEqual(
        [...kept, 'Old mail backup file.partial', 'Old mail backup 2026-01-04.partial'].sort(),
      );
      // A save folder that does not exist yet: nothing to do.
      expect(await removeStalePartials(path.join(dir, 'missing'))).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
