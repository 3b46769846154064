// The raw connections beside imapflow, against the test providers: MULTIAPPEND with its
// one-at-a-time fallback, pipelined CREATE, and big messages streamed from the old account to disk.

import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AppendConnection,
  ListConnection,
  listFolderTree,
  openImapSession,
  SpoolFetchConnection,
} from '../../src-main/imap';
import type { AppendMessage, AppendStats } from '../../src-main/imap';
import { limitedDomains } from '../mailstack/dovecot';
import { useMailStack } from '../mailstack/forTests';
import { caOf, makeMessage, run, settingsOf, snapshotMailbox } from './copyFixtures';

const stack = useMailStack();
const password = 'pipelines test password';
const id = run();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-pipelines-'));
const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

const message = (raw: Buffer, flags: string[] = []): AppendMessage => ({
  mailbox: 'INBOX',
  flags,
  internalDate: new Date('2020-02-03T04:05:06Z'),
  size: raw.length,
  content: raw,
});

describe('raw IMAP pipelines', () => {
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('MULTIAPPEND: one command for a batch; one refused message is retried alone and skipped', async () => {
    const [local, domain] = [`multi-${id}`, limitedDomains.quotaSmall];
    await stack().createUser('new', local, domain, password);
    const settings = settingsOf(stack().endpoints, 'new', `${local}@${domain}`);
    const stats: AppendStats = { commands: 0, bytes: 0 };
    const conn = await AppendConnection.open(settings, password, {
      ca: caOf(stack().endpoints),
      stats,
    });
    const login = stats.commands;
    // makeMessage dates each message differently: the very buffers sent are kept to compare.
    const kept: Buffer[] = [];
    try {
      expect(conn.multiAppend).toBe(true);
      const a = makeMessage({ seed: `ma-${id}`, bodyBytes: 10 * 1024 });
      const b = makeMessage({ seed: `mb-${id}`, bodyBytes: 20 * 1024 });
      kept.push(a, b);
      const clean = await conn.appendBatch([message(a, ['\\Seen']), message(b)]);
      expect(stats.commands - login).toBe(1);
      expect(clean.every((o) => o.ok)).toBe(true);
      const uids = clean.map((o) => (o.ok ? o.uid : undefined));
      expect(uids[0]).toBeGreaterThan(0);
      expect(uids[1]).toBe((uids[0] ?? 0) + 1);

      // 300 KiB is over the domain's 256 KiB limit: the batch fails whole, then each goes alone.
      const c = makeMessage({ seed: `mc-${id}`, bodyBytes: 5 * 1024 });
      const tooBig = makeMessage({ seed: `mbig-${id}`, bodyBytes: 300 * 1024 });
      const d = makeMessage({ seed: `md-${id}`, bodyBytes: 6 * 1024 });
      kept.push(c, d);
      const mixed = await conn.appendBatch([message(c), message(tooBig), message(d)]);
      expect(stats.commands - login).toBe(1 + 1 + 3);
      expect(mixed.map((o) => (o.ok ? 'ok' : o.error.code))).toEqual([
        'ok',
        'message.too-big',
        'ok',
      ]);
    } finally {
      await conn.logout();
    }
    const snap = await snapshotMailbox({ settings, password }, caOf(stack().endpoints));
    const inbox = snap.INBOX?.messages ?? [];
    expect(inbox.map((m) => m.sha256).sort()).toEqual(kept.map(sha).sort());
    expect(inbox[0]?.flags).toEqual(['\\Seen']);
    expect(inbox[0]?.internalDate).toBe(Date.parse('2020-02-03T04:05:06Z'));
  });

  it('creates and subscribes a folder tree in one flight; an existing folder is fine', async () => {
    const local = `create-${id}`;
    await stack().createUser('new', local, 'new.test', password);
    const settings = settingsOf(stack().endpoints, 'new', `${local}@new.test`);
    const stats: AppendStats = { commands: 0, bytes: 0 };
    const conn = await AppendConnection.open(settings, password, {
      ca: caOf(stack().endpoints),
      stats,
    });
    const login = stats.commands;
    try {
      // Archive exists already (the provider makes it): ALREADYEXISTS is not an error.
      await conn.createFolders(['Archive', 'Archive/2019', 'Café', 'Projects', 'Projects/Ünï'], {
        subscribe: true,
      });
      expect(stats.commands - login).toBe(10);
    } finally {
      await conn.logout();
    }
    const session = await openImapSession(settings, password, {
      readOnly: true,
      ca: caOf(stack().endpoints),
    });
    try {
      const paths = (await listFolderTree(session, false)).folders.map((f) => f.path);
      expect(paths).toEqual(
        expect.arrayContaining(['Archive/2019', 'Café', 'Projects', 'Projects/Ünï']),
      );
    } finally {
      await session.logout();
    }
  });

  it('lists both trees with counts exactly as imapflow does (the re-run fast path)', async () => {
    const local = `list-${id}`;
    await stack().createUser('old', local, 'old.test', password);
    await stack().createUser('new', local, 'new.test', password);
    const raw = makeMessage({ seed: `list-${id}` });
    const seed = { raw, flags: [], internalDate: new Date('2020-01-01T00:00:00Z') };
    await stack().seedMessages('old', `${local}@old.test`, 'INBOX.Été "quoted"', [seed]);
    await stack().seedMessages('new', `${local}@new.test`, 'Archive/Été', [seed, seed]);
    for (const provider of ['old', 'new'] as const) {
      const settings = settingsOf(stack().endpoints, provider, `${local}@${provider}.test`);
      const ca = caOf(stack().endpoints);
      const conn = await ListConnection.open(settings, password, { ca });
      const session = await openImapSession(settings, password, { readOnly: true, ca });
      try {
        const mine = await conn.listTree();
        const theirs = await listFolderTree(session);
        // imapflow orders folders by special use; the fast path compares by path, so order aside.
        const byPath = (t: typeof theirs | undefined) =>
          t && { ...t, folders: [...t.folders].sort((a, b) => a.path.localeCompare(b.path)) };
        expect(byPath(mine)).toEqual(byPath(theirs));
        expect(mine?.folders.some((f) => (f.status?.messages ?? 0) > 0)).toBe(true);
      } finally {
        await conn.logout();
        await session.logout();
      }
    }
  });

  describe('big messages streamed from the old account', () => {
    const local = `spool-${id}`;
    const user = `${local}@old.test`;
    const five = makeMessage({ seed: `five-${id}`, bodyBytes: 5 * 1024 * 1024 + 77 });
    const thirty = makeMessage({ seed: `thirty-${id}`, bodyBytes: 30_000_000 });

    beforeAll(async () => {
      await stack().createUser('old', local, 'old.test', password);
      await stack().seedMessages('old', user, 'INBOX', [
        { raw: five, flags: [], internalDate: new Date('2019-01-01T00:00:00Z') },
        { raw: thirty, flags: ['\\Flagged'], internalDate: new Date('2019-01-02T00:00:00Z') },
      ]);
      await stack().seedMessages('old', user, 'INBOX.Other', [
        { raw: five, flags: [], internalDate: new Date('2019-01-03T00:00:00Z') },
      ]);
    }, 120_000);

    it('writes the 5 MB and 30 MB messages byte for byte, read-only, one round trip each', async () => {
      const settings = settingsOf(stack().endpoints, 'old', user);
      const conn = await SpoolFetchConnection.open(settings, password, {
        ca: caOf(stack().endpoints),
      });
      const files = [1, 2, 3, 4].map((n) => path.join(dir, `spool-${n}.eml`));
      try {
        // Queued at once: they run one after another on the connection.
        const [a, b, other, gone] = await Promise.all([
          conn.fetchToFile('INBOX', 1, files[0] ?? ''),
          conn.fetchToFile('INBOX', 2, files[1] ?? ''),
          conn.fetchToFile('INBOX.Other', 1, files[2] ?? ''),
          conn.fetchToFile('INBOX.Other', 99, files[3] ?? ''),
        ]);
        expect(a?.bytes).toBe(five.length);
        expect(b?.bytes).toBe(thirty.length);
        expect(other?.bytes).toBe(five.length);
        expect(gone).toBeUndefined();
        expect(a?.uidValidity).toMatch(/^\d+$/);
        expect(sha(fs.readFileSync(files[0] ?? ''))).toBe(sha(five));
        expect(sha(fs.readFileSync(files[1] ?? ''))).toBe(sha(thirty));
        expect(sha(fs.readFileSync(files[2] ?? ''))).toBe(sha(five));
        expect((fs.statSync(files[1] ?? '').mode & 0o777).toString(8)).toBe('600');
        await expect(conn.fetchToFile('INBOX.Nope', 1, files[3] ?? '')).rejects.toThrow();
        // Still usable after a refused folder.
        const again = await conn.fetchToFile('INBOX', 1, files[3] ?? '');
        expect(again?.bytes).toBe(five.length);
      } finally {
        await conn.logout();
      }
      // BODY.PEEK: nothing was marked \Seen on the old account.
      const session = await openImapSession(settings, password, {
        readOnly: true,
        ca: caOf(stack().endpoints),
      });
      try {
        await session.examine('INBOX');
        const flags: string[][] = [];
        for await (const m of session.fetch('1:*', { uid: true, flags: true })) {
          flags.push([...(m.flags ?? [])].filter((f) => f !== '\\Recent'));
        }
        expect(flags).toEqual([[], ['\\Flagged']]);
      } finally {
        await session.logout();
      }
    }, 60_000);
  });
});
