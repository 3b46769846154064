// The old-mailbox backup of screen 7 against the test stack's old provider: every folder as an
// mboxrd file whose messages read back to the server's bytes, the old account untouched, a
// re-run in a fresh folder, cancel leaving nothing behind, a wrong password, a save folder that
// cannot be written, `switchover backup` as a child process, the app's network (a host name only
// the stack's DNS knows) and stale .partial folders of killed runs cleared.

import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asctime,
  backupFolderBaseName,
  createBackupService,
  type BackupCredentials,
  type BackupService,
  type BackupServiceDeps,
} from '../../src-main/backup';
import { EventHub, type AccountSummary, type BackupState } from '../../src-main/contract';
import { createBackupHandlers } from '../../src-main/backend/backupHandlers';
import { listFolderTree, openImapSession } from '../../src-main/imap';
import { TcpProxy } from '../bench/tcpProxy';
import { useMailStack } from '../mailstack/forTests';
import { runSwitchover } from './cliChild';
import { readMboxrd } from '../unit/mboxReader';
import { caOf, endpointOf, makeMessage, run, settingsOf, snapshotMailbox } from './copyFixtures';
import type { MailboxSnapshot } from './copyFixtures';
import { createNetwork, type NetworkPath } from '../../src-main/net';

const stack = useMailStack();
const id = run();
const password = 'backup test password';
const oldUser = `bk-${id}@old.test`;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-backup-'));
const bigBytes = 9 * 1024 * 1024;

/** Folders seeded (server paths) and the mbox file each must become. */
const expectedFiles: Record<string, string> = {
  INBOX: 'INBOX.mbox',
  'INBOX.Sent': 'Sent.mbox',
  'INBOX.Archive.2019': 'Archive - 2019.mbox',
  'INBOX.Projects.Été': 'Projects - Été.mbox',
  'INBOX.Empty': 'Empty.mbox',
};

function summary(): AccountSummary {
  return {
    role: 'old',
    email: oldUser,
    imap: settingsOf(stack().endpoints, 'old', oldUser),
    passwordStorage: 'session',
    source: 'manual',
  };
}

const credentials = (pass = password): BackupCredentials => ({
  credentials: async () => ({ account: summary(), password: pass }),
});

function service(
  saveDirectory: string,
  extra: Partial<BackupServiceDeps> = {},
): { backups: BackupService; events: BackupState[] } {
  const hub = new EventHub();
  const events: BackupState[] = [];
  hub.subscribe((name, payload) => {
    if (name === 'backup.progress') events.push(payload as BackupState);
  });
  const backups = createBackupService({
    accounts: credentials(),
    saveDirectory,
    hub,
    ca: caOf(stack().endpoints),
    ...extra,
  });
  return { backups, events };
}

/** Polls until the backup has ended (bounded), and returns its final state. */
async function ended(backups: BackupService, ms = 90_000): Promise<BackupState> {
  const deadline = Date.now() + ms;
  for (;;) {
    const state = backups.status();
    if (state.phase !== 'running') return state;
    if (Date.now() > deadline) throw new Error(`backup still running after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Noselect folders the server lists (INBOX.Archive: only a parent here). */
const noselect: string[] = [];

const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

/** What the mbox must hold per folder: LF-normalised bodies and their dates, in UID order. */
async function serverMessages(): Promise<Map<string, { sha: string; date: Date }[]>> {
  const session = await openImapSession(settingsOf(stack().endpoints, 'old', oldUser), password, {
    readOnly: true,
    ca: caOf(stack().endpoints),
  });
  try {
    const out = new Map<string, { sha: string; date: Date }[]>();
    for (const folder of (await listFolderTree(session, false)).folders) {
      if (folder.noselect) {
        noselect.push(folder.path);
        continue;
      }
      const box = await session.examine(folder.path);
      const list: { uid: number; sha: string; date: Date }[] = [];
      if (box.exists > 0) {
        for await (const m of session.fetch('1:*', {
          uid: true,
          source: true,
          internalDate: true,
        })) {
          let text = (m.source ?? Buffer.alloc(0)).toString('latin1').replace(/\r\n/g, '\n');
          if (!text.endsWith('\n')) text += '\n';
          list.push({
            uid: m.uid,
            sha: sha(Buffer.from(text, 'latin1')),
            date: new Date(m.internalDate ?? 0),
          });
        }
      }
      list.sort((a, b) => a.uid - b.uid);
      out.set(folder.path, list);
    }
    return out;
  } finally {
    await session.logout();
  }
}

/** Every mbox file of a finished backup, read back. */
function readBackup(dir: string): Map<string, { sha: string; separator: string }[]> {
  const out = new Map<string, { sha: string; separator: string }[]>();
  for (const file of fs.readdirSync(dir)) {
    const messages = readMboxrd(fs.readFileSync(path.join(dir, file)));
    out.set(
      file,
      messages.map((m) => ({ sha: sha(m.body), separator: m.separator })),
    );
  }
  return out;
}

describe('backup of the old mailbox', () => {
  let before: MailboxSnapshot;
  let server: Map<string, { sha: string; date: Date }[]>;
  let firstBackup = '';
  const saveDir = path.join(tmp, 'Saved');
  const source = () => endpointOf(stack().endpoints, 'old', oldUser, password);

  beforeAll(async () => {
    await stack().createUser('old', `bk-${id}`, 'old.test', password);
    const at = (d: string) => new Date(d);
    const fromLines = Buffer.from(
      `From: Alice <alice@old.test>\r\nTo: Bob <bob@new.test>\r\nSubject: From lines ${id}\r\n` +
        `Message-ID: <from-${id}@corpus.test>\r\n\r\n` +
        'From the start of a line\r\n>From quoted once\r\n>>From quoted twice\r\n' +
        'Fromage\r\n \r\nFrom\r\n',
    );
    await stack().seedMessages('old', oldUser, 'INBOX', [
      { raw: makeMessage({ seed: `b1-${id}` }), flags: ['\\Seen'], internalDate: at('2020-01-01') },
      { raw: fromLines, flags: [], internalDate: at('2021-07-04T09:05:07Z') },
      {
        raw: makeMessage({ seed: `b2-${id}`, bodyBytes: bigBytes }),
        flags: ['\\Flagged'],
        internalDate: at('2020-01-02'),
      },
      { raw: makeMessage({ seed: `b3-${id}`, messageId: null }), flags: ['$Label1'] },
    ]);
    await stack().seedMessages('old', oldUser, 'INBOX.Sent', [
      { raw: makeMessage({ seed: `s1-${id}` }), flags: ['\\Seen'], internalDate: at('2019-05-05') },
      { raw: makeMessage({ seed: `s2-${id}` }), flags: ['\\Seen', '\\Answered'] },
    ]);
    await stack().seedMessages('old', oldUser, 'INBOX.Archive.2019', [
      { raw: makeMessage({ seed: `a1-${id}`, bodyBytes: 300_000 }), flags: [] },
    ]);
    await stack().seedMessages('old', oldUser, 'INBOX.Projects.Été', [
      { raw: makeMessage({ seed: `p1-${id}` }), flags: ['\\Draft'] },
    ]);
    await stack().seedMessages('old', oldUser, 'INBOX.Empty', []);
    before = await snapshotMailbox(source(), caOf(stack().endpoints));
    server = await serverMessages();
  }, 120_000);

  afterAll(async () => {
    // Read-only: the same folders, UIDs, flags, dates and bytes as before any backup.
    expect(await snapshotMailbox(source(), caOf(stack().endpoints))).toEqual(before);
    fs.rmSync(tmp, { recursive: true, force: true });
  }, 60_000);

  it('writes one mboxrd file per folder with the server’s messages, byte for byte', async () => {
    const { backups, events } = service(saveDir);
    const handlers = createBackupHandlers(backups);
    const t0 = Date.now();
    const started = await handlers['backup.start']({});
    expect(started.phase).toBe('running');
    // Asked again while it runs: the same backup answers.
    expect((await handlers['backup.start']({})).startedAt).toBe(started.startedAt);
    const final = await ended(backups);
    const seconds = (Date.now() - t0) / 1000;
    expect(final.error).toBeUndefined();
    expect(final.phase).toBe('finished');
    expect(await handlers['backup.status']({})).toEqual(final);

    const name = backupFolderBaseName(new Date(final.startedAt ?? ''));
    expect(final.saved).toMatchObject({ kind: 'backup', name, path: path.join(saveDir, name) });
    expect(fs.readdirSync(saveDir)).toEqual([name]);
    firstBackup = path.join(saveDir, name);

    // Every selectable folder, and only those, each with its own file name.
    const folderFiles = Object.fromEntries(final.folders.map((f) => [f.path, f.file]));
    expect(folderFiles).toMatchObject(expectedFiles);
    expect(Object.keys(folderFiles).sort()).toEqual([...server.keys()].sort());
    expect(noselect).toContain('INBOX.Archive');
    expect(folderFiles['INBOX.Archive']).toBeUndefined();
    expect(fs.readdirSync(firstBackup).sort()).toEqual(Object.values(folderFiles).sort());

    const read = readBackup(firstBackup);
    let messages = 0;
    for (const [folder, expected] of server) {
      const got = read.get(folderFiles[folder] ?? '');
      expect(
        got?.map((m) => m.sha),
        folder,
      ).toEqual(expected.map((m) => m.sha));
      expect(got?.map((m) => m.separator)).toEqual(
        expected.map((m) => `From MAILER-DAEMON ${asctime(m.date)}`),
      );
      const entry = final.folders.find((f) => f.path === folder);
      expect(entry?.messages).toBe(expected.length);
      expect(entry?.bytes).toBe(fs.statSync(path.join(firstBackup, entry?.file ?? '')).size);
      messages += expected.length;
    }
    expect(messages).toBe(8);
    expect(final.messagesDone).toBe(messages);
    expect(final.messagesTotal).toBe(messages);
    expect(final.bytesDone).toBe(final.bytesTotal);
    expect(final.bytesTotal).toBeGreaterThan(bigBytes);
    expect(final.saved?.bytes).toBe(final.folders.reduce((n, f) => n + f.bytes, 0));

    // Body lines that look like separators are quoted on disk, one ">" more each.
    const inbox = fs.readFileSync(path.join(firstBackup, 'INBOX.mbox'), 'latin1');
    expect(inbox).toContain(
      '\n>From the start of a line\n>>From quoted once\n>>>From quoted twice\n',
    );
    expect(inbox).toContain('\nFromage\n \nFrom\n');
    expect(inbox).not.toContain('\r\n');
    expect(inbox.match(/^From /gm)?.length).toBe(4);

    // Progress: from start to end, never more than about 4 a second (10/s is the ceiling).
    expect(events[0]?.phase).toBe('running');
    expect(events.at(-1)).toEqual(final);
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(events.length).toBeLessThanOrEqual(Math.ceil(seconds * 10) + 3);
    for (let i = 1; i < events.length; i++) {
      expect(events[i]?.messagesDone).toBeGreaterThanOrEqual(events[i - 1]?.messagesDone ?? 0);
    }
    const mb = final.bytesTotal / 1024 / 1024;
    console.log(
      `backup: ${messages} messages, ${mb.toFixed(1)} MiB in ${seconds.toFixed(2)} s ` +
        `(${(mb / seconds).toFixed(1)} MiB/s, ${events.length} progress events)`,
    );
  }, 120_000);

  it('writes a fresh " (2)" folder when run again (switchover backup on the command line)', async () => {
    expect(firstBackup).not.toBe('');
    const e = stack().endpoints;
    // By host name: only SWITCHOVER_DNS (the stack's dnsmasq) knows it, as the app's network does.
    const from = `imap://${encodeURIComponent(oldUser)}@${e.providers.old.imapHostname}:${e.providers.old.imaps}`;
    const cli = (args: string[], pass = password) =>
      runSwitchover(['backup', '--from', from, ...args, '--json'], {
        ...process.env,
        NODE_EXTRA_CA_CERTS: e.caCertPath,
        SWITCHOVER_DNS: e.env.SWITCHOVER_DNS,
        SWITCHOVER_FROM_PASSWORD: pass,
      });

    const whole = await cli(['--out', saveDir]);
    expect(whole.lines.at(-1)).toMatchObject({ type: 'summary', phase: 'finished' });
    expect(whole.code).toBe(0);
    const first = path.basename(firstBackup);
    const second = `${first} (2)`;
    expect(fs.readdirSync(saveDir).sort()).toEqual([first, second]);
    // The same mail, so the same files, byte for byte.
    for (const file of fs.readdirSync(firstBackup)) {
      const a = fs.readFileSync(path.join(firstBackup, file));
      const b = fs.readFileSync(path.join(saveDir, second, file));
      expect(sha(b), file).toBe(sha(a));
    }

    const some = path.join(tmp, 'Some');
    const chosen = await cli(['--out', some, '--folder', 'INBOX.Sent', '--folder', 'Projects/Été']);
    expect(chosen.code).toBe(0);
    const [only] = fs.readdirSync(some);
    expect(fs.readdirSync(path.join(some, only ?? '')).sort()).toEqual([
      'Projects - Été.mbox',
      'Sent.mbox',
    ]);

    const wrong = await cli(['--out', path.join(tmp, 'Wrong')], 'not the password');
    expect(wrong.code).toBe(1);
    expect(wrong.lines.at(-1)).toMatchObject({ type: 'error', error: { code: 'auth.failed' } });
    expect(fs.existsSync(path.join(tmp, 'Wrong'))).toBe(false);
  }, 180_000);

  it('stops promptly on cancel and leaves neither a .partial nor a finished folder', async () => {
    const dir = path.join(tmp, 'Cancelled');
    let midway: BackupState | undefined;
    let cancelling: Promise<BackupState> | undefined;
    let cancelledAt = 0;
    let spoolFiles: string[] = [];
    // One message per fetch and every progress reported, so the moment is exact: two INBOX
    // messages written, the third (the 9 MB one) being spooled, fetched ahead.
    const { backups } = service(dir, {
      jobOptions: { batchMessages: 1, progressEveryMs: 0 },
      onProgress: (state) => {
        if (cancelling || state.phase !== 'running' || state.folder !== 'INBOX') return;
        const earlier = state.folders.reduce((n, f) => n + f.messages, 0);
        if (state.messagesDone - earlier < 2) return;
        midway = state;
        const partial = fs.readdirSync(dir).find((n) => n.endsWith('.partial')) ?? '';
        spoolFiles = fs.readdirSync(path.join(dir, partial)).filter((n) => n.startsWith('.spool-'));
        cancelledAt = Date.now();
        cancelling = backups.cancel();
      },
    });
    await backups.start();
    const final = await ended(backups);
    const cancelled = await cancelling;
    const stopMs = Date.now() - cancelledAt;
    expect(midway?.messagesDone).toBeLessThan(midway?.messagesTotal ?? 0);
    // The big message was on its way into a spool file, which went with the rest.
    expect(spoolFiles).toHaveLength(1);
    expect(final.phase).toBe('cancelled');
    expect(final.error?.code).toBe('backup.cancelled');
    expect(cancelled).toEqual(final);
    expect(final.saved).toBeUndefined();
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(stopMs).toBeLessThan(10_000);
  }, 120_000);

  it('fails with imap.connection-lost when the link drops, and removes the unfinished folder', async () => {
    const dir = path.join(tmp, 'Dropped');
    const old = stack().endpoints.providers.old;
    const proxy = await TcpProxy.start({
      listenHost: old.host,
      targetHost: old.host,
      targetPort: old.imaps,
    });
    try {
      let cut = false;
      const viaProxy: BackupCredentials = {
        credentials: async () => ({
          account: { ...summary(), imap: { ...summary().imap, port: proxy.port } },
          password,
        }),
      };
      const { backups } = service(dir, {
        accounts: viaProxy,
        jobOptions: { batchMessages: 1, progressEveryMs: 0 },
        onProgress: (state) => {
          if (cut || state.phase !== 'running' || state.messagesDone < 2) return;
          cut = true;
          proxy.cutAll();
        },
      });
      await backups.start();
      const final = await ended(backups);
      expect(cut).toBe(true);
      expect(final.phase).toBe('failed');
      expect(final.error?.code).toBe('imap.connection-lost');
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      await proxy.close();
    }
  }, 60_000);

  it('reports a wrong password as auth.failed, and an unwritable save folder as files.write-failed', async () => {
    const dir = path.join(tmp, 'WrongPassword');
    const wrong = service(dir, { accounts: credentials('not the password') });
    await wrong.backups.start();
    const failed = await ended(wrong.backups);
    expect(failed.phase).toBe('failed');
    expect(failed.error?.code).toBe('auth.failed');
    expect(fs.existsSync(dir)).toBe(false);

    const aFile = path.join(tmp, 'not-a-folder');
    fs.writeFileSync(aFile, 'x');
    const blocked = service(path.join(aFile, 'Saved'));
    await blocked.backups.start();
    const refused = await ended(blocked.backups);
    expect(refused.phase).toBe('failed');
    expect(refused.error?.code).toBe('files.write-failed');
    expect(refused.error?.message).toMatch(/could not be saved/);
  }, 60_000);

  it('reaches the old server by host name through the app’s network, and clears stale .partial folders', async () => {
    const dir = path.join(tmp, 'ByName');
    const e = stack().endpoints;
    const old = e.providers.old;
    // Left by a killed run: the same day's name, so a backup that did not clear it would have to
    // take " (2)".
    const stale = path.join(dir, 'Old mail backup 2026-01-01.partial');
    fs.mkdirSync(stale, { recursive: true });
    fs.writeFileSync(path.join(stale, 'INBOX.mbox'), 'From MAILER-DAEMON\nold copy\n');
    // Not ours to remove: another live process's running backup, a look-alike file, another name.
    const running = path.join(dir, 'Old mail backup 2026-01-01 (3).partial');
    fs.mkdirSync(running);
    fs.writeFileSync(path.join(running, '.switchover-owner'), String(process.ppid));
    fs.writeFileSync(path.join(dir, 'Old mail backup x.partial'), 'a file, not a folder');
    fs.mkdirSync(path.join(dir, 'Notes.partial'));

    // imap.old.test is known only to the stack's dnsmasq; the CA comes with the network too.
    const asked: string[] = [];
    const network = createNetwork({
      dnsServers: [`${e.dns.host}:${e.dns.port}`],
      ca: caOf(e),
      portMap: { 993: old.imaps },
    });
    const recording: NetworkPath = {
      ca: network.ca,
      port: (port) => network.port(port),
      lookupAll: (host) => {
        asked.push(host);
        return network.lookupAll(host);
      },
    };
    const byName: BackupCredentials = {
      credentials: async () => ({
        account: { ...summary(), imap: { ...summary().imap, host: old.imapHostname, port: 993 } },
        password,
      }),
    };
    const backups = createBackupService({
      accounts: byName,
      saveDirectory: dir,
      network: recording,
      jobOptions: { now: () => new Date(2026, 0, 1, 12) },
    });
    await backups.start();
    const final = await ended(backups);
    expect(final.error).toBeUndefined();
    expect(final.phase).toBe('finished');
    // Both connections (the session and the body fetches) asked the network.
    expect(asked.filter((h) => h === old.imapHostname).length).toBeGreaterThanOrEqual(2);

    const name = 'Old mail backup 2026-01-01';
    expect(final.saved?.path).toBe(path.join(dir, name));
    expect(fs.readdirSync(dir).sort()).toEqual(
      [
        name,
        'Old mail backup 2026-01-01 (3).partial',
        'Old mail backup x.partial',
        'Notes.partial',
      ].sort(),
    );
    expect(fs.readdirSync(path.join(dir, name)).sort()).toEqual(
      Object.values(Object.fromEntries(final.folders.map((f) => [f.path, f.file]))).sort(),
    );
    const got = readBackup(path.join(dir, name));
    for (const [folder, expected] of server) {
      const file = final.folders.find((f) => f.path === folder)?.file ?? '';
      expect(
        got.get(file)?.map((m) => m.sha),
        folder,
      ).toEqual(expected.map((m) => m.sha));
    }
  }, 120_000);
});
