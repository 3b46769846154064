import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AccountService } from '../../src-main/accounts';
import type { BackupService } from '../../src-main/backup';
import type { AccountSummary, BackupState, SavedFile } from '../../src-main/contract';
import type { CopyJobService } from '../../src-main/copyJobs';
import { createDoneHandlers, type DoneHandlerDeps } from '../../src-main/backend/doneHandlers';
import type { KitSession } from '../../src-main/kit';
import { createSettingsStore } from '../../src-main/store';
import type { SwitchCheckService } from '../../src-main/switchCheck/index';
import { needlesFor, scanFolder } from '../e2e/secretsScan';
import type { SendTestService } from '../../src-main/sendTest';

// The Done screen's handlers on a real folder: the profile and the report land there (and
// nowhere else), a folder that cannot be written says so with a stable code, and "Show in folder"
// only ever shows a file Switchover saved and that is still there.

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-done-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const password = 'Unit-Secret-93ab';
const account: AccountSummary = {
  role: 'new',
  email: 'ida@family.example',
  imap: { host: 'imap.family.example', port: 993, security: 'tls', username: 'ida@family.example' },
  smtp: {
    host: 'smtp.family.example',
    port: 465,
    security: 'tls',
    username: 'ida@family.example',
  },
  passwordStorage: 'keychain',
  source: 'manual',
};

function deps(overrides: Partial<DoneHandlerDeps> & { backup?: BackupState } = {}) {
  const { backup, ...rest } = overrides;
  const accounts = {
    list: async () => ({ old: null, new: account }),
    credentials: async () => ({ account, password }),
  } satisfies Partial<AccountService>;
  const backups = {
    status: () =>
      backup ?? {
        phase: 'idle',
        messagesDone: 0,
        messagesTotal: 0,
        bytesDone: 0,
        bytesTotal: 0,
        etaSeconds: null,
        folders: [],
      },
  } satisfies Partial<BackupService>;
  const full: DoneHandlerDeps = {
    name: 'Switchover',
    version: '0.0.0-test',
    platform: 'linux',
    runtime: 'browser',
    systemLocale: 'en-US',
    settings: createSettingsStore({ store: {} }),
    accounts: accounts as unknown as AccountService,
    kits: { current: () => null } as unknown as KitSession,
    copyJobs: { status: () => null } as unknown as CopyJobService,
    sendTests: { status: () => null } as unknown as SendTestService,
    switchCheck: {
      status: async () => null,
      health: async () => ({ domain: 'family.example', checks: [] }),
    } as unknown as SwitchCheckService,
    backups: backups as unknown as BackupService,
    saveDirectory: () => path.join(root, 'saved'),
    ...rest,
  };
  return full;
}

describe('Done screen handlers', () => {
  it('saves the profile into the save folder, whole, with no password', async () => {
    const handlers = createDoneHandlers(deps());
    const saved = await handlers['phone.saveProfile']({});
    expect(saved).toMatchObject({
      kind: 'profile',
      name: 'ida@family.example on iPhone.mobileconfig',
      path: path.join(root, 'saved', 'ida@family.example on iPhone.mobileconfig'),
    });
    const text = fs.readFileSync(saved.path, 'utf8');
    expect(saved.bytes).toBe(Buffer.byteLength(text));
    expect(text).toContain('<string>smtp.family.example</string>');
    expect(fs.readdirSync(path.dirname(saved.path)).filter((f) => f.endsWith('.part'))).toEqual([]);
    const setup = await handlers['phone.setup']({});
    expect(setup.outgoing).toEqual(account.smtp);
  });

  it('saves the report, named by the time, without the password', async () => {
    const dir = path.join(root, 'report');
    const handlers = createDoneHandlers(deps({ saveDirectory: () => dir }));
    const saved = await handlers['report.save']({});
    expect(saved.name).toMatch(/^Switchover report \d{4}-\d{2}-\d{2} \d{6}\.txt$/);
    // Saved again at once (the same second, most likely): a second file, the first kept.
    const again = await handlers['report.save']({});
    expect(again.path).not.toBe(saved.path);
    expect(fs.readdirSync(dir).sort()).toEqual([saved.name, again.name].sort());
    expect(fs.readFileSync(saved.path, 'utf8')).toContain('New account: ida@family.example');
    const scan = scanFolder(dir, needlesFor([{ user: account.email, password }]));
    expect(scan.files).toBe(2);
    expect(scan.hits).toEqual([]);
  });

  it('says files.write-failed when the folder cannot be written or found', async () => {
    const blocker = path.join(root, 'a-file');
    fs.writeFileSync(blocker, 'not a folder');
    const underFile = createDoneHandlers(deps({ saveDirectory: () => path.join(blocker, 'x') }));
    await expect(underFile['phone.saveProfile']({})).rejects.toMatchObject({
      code: 'files.write-failed',
      details: { reason: 'ENOTDIR' },
    });
    const unfindable = createDoneHandlers(
      deps({
        saveDirectory: () => {
          throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
        },
      }),
    );
    await expect(unfindable['report.save']({})).rejects.toMatchObject({
      code: 'files.write-failed',
      details: { reason: 'EACCES' },
    });
  });

  it('shows only a saved file that is still there, and only where it can', async () => {
    const shown: string[] = [];
    const reveal = async (file: string) => {
      shown.push(file);
      return true;
    };
    const backupDir = path.join(root, 'Old mail backup');
    fs.mkdirSync(backupDir);
    const backupSaved: SavedFile = { kind: 'backup', path: backupDir, name: 'x', bytes: 0 };
    const backup: BackupState = {
      phase: 'finished',
      messagesDone: 0,
      messagesTotal: 0,
      bytesDone: 0,
      bytesTotal: 0,
      etaSeconds: null,
      folders: [],
      saved: backupSaved,
    };
    const handlers = createDoneHandlers(deps({ reveal, backup }));
    expect(await handlers['files.reveal']({ kind: 'report' })).toEqual({ shown: false });
    const report = await handlers['report.save']({});
    expect(await handlers['files.reveal']({ kind: 'report' })).toEqual({ shown: true });
    expect(await handlers['files.reveal']({ kind: 'backup' })).toEqual({ shown: true });
    fs.rmSync(report.path);
    expect(await handlers['files.reveal']({ kind: 'report' })).toEqual({ shown: false });
    expect(shown).toEqual([report.path, backupDir]);

    // Browser mode: no file manager to show it in.
    const browser = createDoneHandlers(deps({ backup }));
    expect(await browser['files.reveal']({ kind: 'backup' })).toEqual({ shown: false });
  });
});
