import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCopy } from '../../src-main/copy';
import type { CopyEvent } from '../../src-main/copy';
import { openImapSession, ReadOnlyViolation } from '../../src-main/imap';
import { useMailStack } from '../mailstack/forTests';
import { runSwitchover } from './cliChild';
import { caOf, endpointOf, makeMessage, run, snapshotMailbox } from './copyFixtures';
import type { MailboxSnapshot, MessageSnapshot } from './copyFixtures';

const stack = useMailStack();
const password = 'copy engine test password';
const id = run();
const oldUser = `copy-${id}@old.test`;
const newUser = `copy-${id}@new.test`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-copy-'));
let before: MailboxSnapshot;

const date = (s: string) => new Date(s);
const big = makeMessage({ seed: `big-${id}`, bodyBytes: 5 * 1024 * 1024 + 123 });

/**
 * What a copy must keep of each message, in one order: not the UID (the new server gives its own)
 * nor \Recent (servers set it per session).
 */
function comparable(messages: MessageSnapshot[]) {
  return messages
    .map((m) => ({
      sha256: m.sha256,
      size: m.size,
      internalDate: m.internalDate,
      flags: m.flags.filter((f) => f !== '\\Recent'),
    }))
    .sort(
      (a, b) => a.sha256.localeCompare(b.sha256) || a.flags.join().localeCompare(b.flags.join()),
    );
}

/** Old folder → expected new folder. */
const folderMap: Record<string, string> = {
  INBOX: 'INBOX',
  'INBOX.Sent': 'Sent',
  'INBOX.Drafts': 'Drafts',
  'INBOX.Trash': 'Trash',
  'INBOX.Archive': 'Archive',
  'INBOX.Archive.2019': 'Archive/2019',
  'INBOX.Café': 'Café',
};

describe('copy engine against the test providers', () => {
  const endpoints = () => stack().endpoints;
  const source = () => endpointOf(endpoints(), 'old', oldUser, password);
  const target = () => endpointOf(endpoints(), 'new', newUser, password);

  beforeAll(async () => {
    await stack().createUser('old', `copy-${id}`, 'old.test', password);
    await stack().createUser('new', `copy-${id}`, 'new.test', password);
    const seed = (
      folder: string,
      messages: Parameters<ReturnType<typeof stack>['seedMessages']>[3],
    ) => stack().seedMessages('old', oldUser, folder, messages);
    const dup = makeMessage({ seed: `dup-${id}` });
    await seed('INBOX', [
      {
        raw: makeMessage({ seed: `a-${id}` }),
        flags: ['\\Seen'],
        internalDate: date('2019-05-01T10:00:00Z'),
      },
      {
        raw: makeMessage({ seed: `b-${id}` }),
        flags: ['\\Seen', '\\Flagged', '$Label1'],
        internalDate: date('2018-01-02T03:04:05Z'),
      },
      {
        raw: makeMessage({ seed: `c-${id}` }),
        flags: ['\\Answered', '\\Draft'],
        internalDate: date('2020-12-31T23:59:59Z'),
      },
      {
        raw: makeMessage({ seed: `nomid-${id}`, messageId: null, subject: 'No id' }),
        flags: [],
        internalDate: date('2021-06-01T00:00:00Z'),
      },
      { raw: dup, flags: [], internalDate: date('2021-01-01T00:00:00Z') },
      { raw: dup, flags: ['\\Seen'], internalDate: date('2021-01-01T00:00:00Z') },
      {
        raw: makeMessage({ seed: `deleted-${id}` }),
        flags: ['\\Deleted', '\\Seen'],
        internalDate: date('2021-01-02T00:00:00Z'),
      },
      { raw: big, flags: ['\\Seen'], internalDate: date('2017-07-07T07:07:07Z') },
    ]);
    await seed('INBOX.Sent', [
      {
        raw: makeMessage({ seed: `sent-${id}` }),
        flags: ['\\Seen'],
        internalDate: date('2022-02-02T02:02:02Z'),
      },
    ]);
    await seed('INBOX.Archive.2019', [
      {
        raw: makeMessage({ seed: `arch1-${id}` }),
        flags: ['\\Seen'],
        internalDate: date('2019-03-03T00:00:00Z'),
      },
      {
        raw: makeMessage({ seed: `arch2-${id}` }),
        flags: [],
        internalDate: date('2019-04-04T00:00:00Z'),
      },
    ]);
    await seed('INBOX.Café', [
      {
        raw: makeMessage({ seed: `cafe-${id}`, subject: 'Caf\u00e9' }),
        flags: [],
        internalDate: date('2023-03-03T00:00:00Z'),
      },
    ]);
    before = await snapshotMailbox(source(), caOf(endpoints()));
  });

  afterAll(async () => {
    // The old account is byte-, flag- and count-identical after everything this file did.
    const after = await snapshotMailbox(source(), caOf(endpoints()));
    expect(before).toBeDefined();
    expect(after).toEqual(before);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('copies every folder faithfully: bytes, flags, INTERNALDATE, nothing added', async () => {
    const events: CopyEvent[] = [];
    const job = startCopy({ source: source(), target: target(), ca: caOf(endpoints()), dataDir });
    job.on((e) => events.push(e));
    const report = await job.done;
    expect(report.status, report.summary).toBe('complete');
    expect(report.verified).toBe(true);
    expect(report.copied).toBe(11);
    expect(report.deletedLeftBehind).toBe(1);
    expect(report.alreadyThere).toBe(0);
    const plan = events.find((e) => e.type === 'plan');
    expect(
      plan?.type === 'plan' &&
        Object.fromEntries(plan.plan.entries.map((e) => [e.source, e.target])),
    ).toEqual(folderMap);
    expect(events.filter((e) => e.type === 'progress').length).toBeGreaterThan(0);

    const after = await snapshotMailbox(target(), caOf(endpoints()));
    for (const [from, to] of Object.entries(folderMap)) {
      const expected = comparable(
        (before[from]?.messages ?? []).filter((m) => !m.flags.includes('\\Deleted')),
      );
      const got = comparable(after[to]?.messages ?? []);
      expect(got, `${from} → ${to}`).toEqual(expected);
    }
    expect(after.INBOX?.messages.some((m) => m.size === big.length)).toBe(true);
  });

  it('copies nothing on a re-run, and the CLI verify agrees (child process, exit 0)', async () => {
    const report = await startCopy({
      source: source(),
      target: target(),
      ca: caOf(endpoints()),
      dataDir,
    }).done;
    expect(report.copied).toBe(0);
    expect(report.alreadyThere).toBe(11);
    expect(report.verified).toBe(true);

    const { code, lines } = await runSwitchover(
      [
        'verify',
        '--from',
        `imap://${encodeURIComponent(oldUser)}@${endpoints().providers.old.host}:${endpoints().providers.old.imaps}`,
        '--to',
        `imap://${encodeURIComponent(newUser)}@${endpoints().providers.new.host}:${endpoints().providers.new.imaps}?tls=implicit`,
        '--json',
      ],
      {
        ...process.env,
        NODE_EXTRA_CA_CERTS: endpoints().caCertPath,
        SWITCHOVER_FROM_PASSWORD: password,
        SWITCHOVER_TO_PASSWORD: password,
        SWITCHOVER_DATA_DIR: dataDir,
      },
    );
    const summary = lines.at(-1);
    expect(summary?.type).toBe('summary');
    expect(summary?.verified).toBe(true);
    expect(summary?.alreadyThere).toBe(11);
    expect(code).toBe(0);
  });

  it('refuses every write command on an old-account session', async () => {
    const session = await openImapSession(source().settings, password, {
      readOnly: true,
      ca: caOf(endpoints()),
    });
    try {
      await session.examine('INBOX');
      const flow = (
        session as unknown as {
          client: {
            exec: (command: string, attributes: unknown[]) => Promise<unknown>;
            messageFlagsAdd: (range: string, flags: string[]) => Promise<boolean>;
            messageDelete: (range: string) => Promise<boolean>;
            mailboxOpen: (path: string) => Promise<unknown>;
          };
        }
      ).client;
      // Every write command is stopped before it reaches the wire...
      for (const command of [
        'STORE',
        'UID STORE',
        'EXPUNGE',
        'UID EXPUNGE',
        'MOVE',
        'UID MOVE',
        'COPY',
        'APPEND',
        'DELETE',
        'RENAME',
        'CREATE',
        'SELECT',
      ]) {
        await expect(flow.exec(command, [])).rejects.toBeInstanceOf(ReadOnlyViolation);
      }
      // ...so imapflow's own helpers report failure, and SELECT (read-write open) is refused.
      expect(await flow.messageFlagsAdd('1:*', ['\\Deleted'])).toBe(false);
      expect(await flow.messageDelete('1:*')).toBe(false);
      await expect(flow.mailboxOpen('INBOX')).rejects.toThrow();
    } finally {
      await session.logout();
    }
  });

  it('pauses before copying, cancels cleanly, resumes; nothing twice', async () => {
    const fresh = `copy2-${id}`;
    await stack().createUser('new', fresh, 'new.test', password);
    const t2 = endpointOf(endpoints(), 'new', `${fresh}@new.test`, password);
    const options = { source: source(), target: t2, ca: caOf(endpoints()), dataDir };

    const first = startCopy(options);
    first.on((e) => {
      if (e.type === 'plan') first.pause();
      if (e.type === 'state' && e.state === 'paused') first.cancel();
    });
    const cancelled = await first.done;
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.copied).toBe(0);

    const second = startCopy(options);
    const states: string[] = [];
    second.on((e) => {
      if (e.type === 'state') states.push(e.state);
      if (e.type === 'plan') second.pause();
      if (e.type === 'state' && e.state === 'paused') setImmediate(() => second.resume());
    });
    const resumed = await second.done;
    expect(states.slice(0, 3)).toEqual(['paused', 'planning', 'indexing']);
    expect(resumed.verified).toBe(true);
    expect(resumed.copied).toBe(11);
    const third = await startCopy(options).done;
    expect(third.copied).toBe(0);
    const snap = await snapshotMailbox(t2, caOf(endpoints()));
    expect(Object.values(snap).reduce((n, f) => n + f.messages.length, 0)).toBe(11);
    expect(crypto.createHash('sha256').update(big).digest('hex')).toBe(
      snap.INBOX?.messages.find((m) => m.size === big.length)?.sha256,
    );
  });
});
