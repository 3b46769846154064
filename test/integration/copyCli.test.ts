// `switchover copy` as a child process (the way a person runs it): JSON lines out, exit 0 only
// when verified, everything on the new account byte for byte, the old account untouched, and a
// second run that copies nothing.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useMailStack } from '../mailstack/forTests';
import { runSwitchover } from './cliChild';
import { caOf, endpointOf, makeMessage, run, snapshotMailbox } from './copyFixtures';
import type { MailboxSnapshot } from './copyFixtures';

const stack = useMailStack();
const password = 'copy cli test password';
const id = run();
const oldUser = `cli-${id}@old.test`;
const newUser = `cli-${id}@new.test`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-cli-'));

async function copyCli(
  users = { from: oldUser, to: newUser },
  format: '--json' | 'text' = '--json',
): Promise<{ code: number | null; out: string; lines: Record<string, unknown>[] }> {
  const e = stack().endpoints;
  const { code, out, lines } = await runSwitchover(
    [
      'copy',
      '--from',
      `imap://${encodeURIComponent(users.from)}@${e.providers.old.host}:${e.providers.old.imaps}`,
      '--to',
      `imap://${encodeURIComponent(users.to)}@${e.providers.new.host}:${e.providers.new.imaps}?tls=implicit`,
      ...(format === '--json' ? ['--json'] : []),
    ],
    {
      ...process.env,
      NODE_EXTRA_CA_CERTS: e.caCertPath,
      SWITCHOVER_FROM_PASSWORD: password,
      SWITCHOVER_TO_PASSWORD: password,
      SWITCHOVER_DATA_DIR: dataDir,
    },
    { timeoutMs: 60_000 },
  );
  return { code, out, lines };
}

/** Message hashes per folder (new names), for comparing the two accounts. */
function hashes(snap: MailboxSnapshot, rename: (folder: string) => string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [folder, box] of Object.entries(snap)) {
    if (box.messages.length === 0) continue;
    out.set(rename(folder), box.messages.map((m) => m.sha256).sort());
  }
  return out;
}

describe('switchover copy on the command line', () => {
  let before: MailboxSnapshot;
  const source = () => endpointOf(stack().endpoints, 'old', oldUser, password);
  const target = () => endpointOf(stack().endpoints, 'new', newUser, password);

  beforeAll(async () => {
    await stack().createUser('old', `cli-${id}`, 'old.test', password);
    await stack().createUser('new', `cli-${id}`, 'new.test', password);
    const at = (d: string) => new Date(d);
    await stack().seedMessages('old', oldUser, 'INBOX', [
      { raw: makeMessage({ seed: `c1-${id}` }), flags: ['\\Seen'], internalDate: at('2020-01-01') },
      {
        raw: makeMessage({ seed: `c2-${id}`, bodyBytes: 5 * 1024 * 1024 + 9 }),
        flags: ['\\Flagged'],
        internalDate: at('2020-01-02'),
      },
    ]);
    await stack().seedMessages('old', oldUser, 'INBOX.Projects', [
      { raw: makeMessage({ seed: `c3-${id}` }), flags: [], internalDate: at('2020-01-03') },
    ]);
    await stack().seedMessages('old', oldUser, 'INBOX.Projects.Été', [
      {
        raw: makeMessage({ seed: `c4-${id}` }),
        flags: ['$Label1'],
        internalDate: at('2020-01-04'),
      },
    ]);
    before = await snapshotMailbox(source(), caOf(stack().endpoints));
  }, 60_000);

  afterAll(async () => {
    expect(await snapshotMailbox(source(), caOf(stack().endpoints))).toEqual(before);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('copies, prints JSON lines, exits 0; the new account holds the same bytes', async () => {
    const { code, lines } = await copyCli();
    const types = new Set(lines.map((l) => l.type));
    expect(types.has('plan')).toBe(true);
    expect(types.has('state')).toBe(true);
    const summary = lines.at(-1);
    expect(summary).toMatchObject({ type: 'summary', verified: true, copied: 4, failed: 0 });
    expect(code).toBe(0);
    const after = await snapshotMailbox(target(), caOf(stack().endpoints));
    const rename = (f: string) => f.replace(/^INBOX\./, '').replace(/\./g, '/');
    expect(hashes(after, (f) => f)).toEqual(hashes(before, rename));
    const flagsOf = (snap: MailboxSnapshot) =>
      Object.values(snap)
        .flatMap((b) => b.messages.map((m) => `${String(m.internalDate)} ${m.flags.join(',')}`))
        .sort();
    expect(flagsOf(after)).toEqual(flagsOf(before));
  }, 90_000);

  it('says in plain English what it left behind: 1 deleted message, not 1 deleted ones', async () => {
    const users = { from: `clidel-${id}@old.test`, to: `clidel-${id}@new.test` };
    await stack().createUser('old', `clidel-${id}`, 'old.test', password);
    await stack().createUser('new', `clidel-${id}`, 'new.test', password);
    await stack().seedMessages('old', users.from, 'INBOX', [
      { raw: makeMessage({ seed: `d1-${id}` }), flags: ['\\Seen'] },
      { raw: makeMessage({ seed: `d2-${id}` }), flags: ['\\Deleted'] },
    ]);
    const { code, out } = await copyCli(users, 'text');
    expect(out).toMatch(/^ok +INBOX → INBOX: 1 copied of 2 \(1 deleted message left behind\)$/m);
    expect(out).toMatch(
      /^1 message copied, 1 deleted message left behind\. Every message is on the new side\. \(/m,
    );
    expect(out).not.toContain('deleted ones');
    expect(code).toBe(0);
  }, 90_000);

  it('copies nothing the second time and still exits 0', async () => {
    const { code, lines } = await copyCli();
    expect(lines.at(-1)).toMatchObject({ type: 'summary', verified: true, copied: 0 });
    expect(code).toBe(0);
  }, 90_000);
});
