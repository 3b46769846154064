import { execFile, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ImapFlow } from 'imapflow';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ServerSettings } from '../../src-main/contract';
import { startCopy } from '../../src-main/copy';
import type { CopyEndpoint, CopyOptions, CopyReport } from '../../src-main/copy';
import { keywordLabel } from '../../src-main/imap';
import { createGmailUser, gmailLikeCorpus, seedGmailLike } from '../mailstack';
import type { GmailLikeCorpus, GmailLikeMessage } from '../mailstack';
import { useMailStack } from '../mailstack/forTests';
import { repoRoot } from '../mailstack/layout';
import { runSwitchover } from './cliChild';
import { caOf, endpointOf, run, snapshotMailbox } from './copyFixtures';
import type { MailboxSnapshot } from './copyFixtures';

/**
 * Moving away from Gmail (the Gmail-like provider of the test stack: Dovecot's virtual folders
 * over one store, behind a proxy that speaks X-GM-EXT-1): every message of All Mail, Spam and
 * Trash on the new side exactly once, byte-identical, with flags and dates, in the folder the
 * precedence gives it, its other labels as keywords — or, in the folders mode, in every label's
 * folder.
 */

const stack = useMailStack();
const password = 'gmail copy test password';
const id = run();
const gmailUser = `g-${id}@gmail.test`;
let corpus: GmailLikeCorpus;
const sha = (raw: Buffer) => crypto.createHash('sha256').update(raw).digest('hex');

const system: Record<string, string> = {
  '\\Inbox': 'INBOX',
  '\\Draft': 'Drafts',
  '\\Sent': 'Sent',
};
const userLabels = (m: GmailLikeMessage) => m.labels.filter((l) => !l.startsWith('\\'));
/** Labels that are folders: Inbox, Drafts, Sent and the user's own. */
const folderLabels = (m: GmailLikeMessage) =>
  m.labels.filter((l) => system[l] !== undefined || !l.startsWith('\\'));

/** The documented precedence: Inbox, Drafts, Sent, then labels by name; none: Archive. */
function expectedHome(m: GmailLikeMessage): string {
  if (m.location === 'spam') return 'Junk';
  if (m.location === 'trash') return 'Trash';
  for (const label of ['\\Inbox', '\\Draft', '\\Sent'])
    if (m.labels.includes(label)) return system[label] as string;
  const own = userLabels(m).sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
  return own[0] ?? 'Archive';
}

function gmailEndpoint(port: 'imaps' | 'plainImaps'): CopyEndpoint {
  const g = stack().endpoints.gmailLike;
  const settings: ServerSettings = {
    host: g.host,
    port: g[port],
    security: 'tls',
    username: gmailUser,
  };
  return { settings, password };
}

async function newAccount(name: string): Promise<CopyEndpoint> {
  await stack().createUser('new', `${name}-${id}`, 'new.test', password);
  return endpointOf(stack().endpoints, 'new', `${name}-${id}@new.test`, password);
}

async function copy(
  options: Partial<CopyOptions> & Pick<CopyOptions, 'target'>,
): Promise<CopyReport> {
  const job = startCopy({
    source: gmailEndpoint('imaps'),
    dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-gmail-')),
    ca: caOf(stack().endpoints),
    ...options,
  });
  return job.done;
}

/** Every message on the new side: folder, flags and its bytes' hash. */
function onNewSide(snapshot: MailboxSnapshot) {
  return Object.entries(snapshot).flatMap(([folder, box]) =>
    box.messages.map((m) => ({ folder, ...m })),
  );
}

function byHash(corpusMessages: readonly GmailLikeMessage[]) {
  return new Map(corpusMessages.map((m) => [sha(m.raw), m]));
}

describe('copy from a Gmail-like account', () => {
  beforeAll(async () => {
    corpus = gmailLikeCorpus({ messages: 600, seed: 13 });
    await createGmailUser(stack(), gmailUser, password);
    await seedGmailLike(stack(), gmailUser, password, corpus);
  }, 120_000);

  it('keywords mode: each message once, in its first label, other labels as keywords', async () => {
    const target = await newAccount('kw');
    const report = await copy({ target });
    const after = onNewSide(await snapshotMailbox(target, caOf(stack().endpoints)));
    const models = byHash(corpus.messages);
    // Exactly once each: the multisets of bytes are equal (nothing missing, nothing doubled).
    expect(after.map((m) => m.sha256).sort()).toEqual(
      corpus.messages.map((m) => sha(m.raw)).sort(),
    );
    let keywordsSeen = 0;
    for (const m of after) {
      const model = models.get(m.sha256) as GmailLikeMessage;
      expect(m.folder, model.subject).toBe(expectedHome(model));
      expect(m.internalDate).toBe(model.internalDate.getTime());
      const systemFlags = m.flags.filter((f) => f.startsWith('\\'));
      expect(systemFlags.sort()).toEqual([...model.flags].sort());
      // The other labels come back from the keywords (reversible encoding).
      const keywords = m.flags.filter((f) => !f.startsWith('\\')).map(keywordLabel);
      const expected =
        model.location === 'allMail' ? userLabels(model).filter((l) => l !== m.folder) : [];
      expect(keywords.sort(), model.subject).toEqual(expected.sort());
      keywordsSeen += keywords.length;
    }
    const allMail = corpus.messages.filter((m) => m.location === 'allMail');
    const multi = allMail.filter((m) => folderLabels(m).length > 1).length;
    expect(report.status).toBe('complete');
    expect(report.allMail).toMatchObject({
      labels: 'keywords',
      messages: corpus.messages.length,
      allMailMessages: allMail.length,
      multiLabel: multi,
      labelsAsKeywords: keywordsSeen,
      keywordsRefused: false,
      notChosen: 0,
    });
    expect(keywordsSeen).toBeGreaterThan(20);
    expect(report.summary).toContain(
      `All ${corpus.messages.length} messages are in your new account.`,
    );
    expect(report.summary).toContain(`${multi} had several labels`);
    // Each message's bytes moved once: less than copying All Mail and every label folder.
    const once = corpus.messages.reduce((n, m) => n + m.raw.length, 0);
    const everyFolder = corpus.messages.reduce(
      (n, m) => n + m.raw.length * (m.location === 'allMail' ? 1 + folderLabels(m).length : 1),
      0,
    );
    expect(report.bytes).toBe(once);
    expect(report.bytes).toBeLessThan(everyFolder);
    // A second run finds everything there and copies nothing.
    const again = await copy({ target });
    expect(again.copied).toBe(0);
    expect(again.status).toBe('complete');
  }, 180_000);

  it('folders mode: a copy in every label folder, archived mail in Archive', async () => {
    const target = await newAccount('fo');
    const report = await copy({ target, labels: 'folders' });
    const after = onNewSide(await snapshotMailbox(target, caOf(stack().endpoints)));
    const expected = corpus.messages.flatMap((m) => {
      const homes =
        m.location !== 'allMail'
          ? [expectedHome(m)]
          : folderLabels(m).length === 0
            ? ['Archive']
            : folderLabels(m).map((l) => system[l] ?? l);
      return homes.map((folder) => `${folder} ${sha(m.raw)}`);
    });
    expect(after.map((m) => `${m.folder} ${m.sha256}`).sort()).toEqual(expected.sort());
    expect(after.every((m) => m.flags.every((f) => f.startsWith('\\')))).toBe(true);
    expect(report.status).toBe('complete');
    expect(report.allMail?.labels).toBe('folders');
    expect(report.summary).toContain('each is in the folder of every label');
  }, 180_000);

  it('a label first, then everything: still each message once', async () => {
    const target = await newAccount('lf');
    const first = await copy({ target, folders: ['Family'] });
    const family = corpus.messages.filter((m) => m.labels.includes('Family'));
    expect(first.copied).toBe(family.length);
    expect(first.allMail?.notChosen).toBe(
      corpus.messages.filter((m) => m.location === 'allMail').length - family.length,
    );
    const all = await copy({ target });
    expect(all.status).toBe('complete');
    const after = onNewSide(await snapshotMailbox(target, caOf(stack().endpoints)));
    expect(after.map((m) => m.sha256).sort()).toEqual(
      corpus.messages.map((m) => sha(m.raw)).sort(),
    );
    // Those copied first stay in Family, even those whose precedence says Inbox.
    const familyHashes = new Set(family.map((m) => sha(m.raw)));
    const inFamily = after.filter((m) => familyHashes.has(m.sha256));
    expect(inFamily.every((m) => m.folder === 'Family')).toBe(true);
    expect(family.some((m) => expectedHome(m) !== 'Family')).toBe(true);
  }, 180_000);

  it('killed mid-copy and run again: nothing lost, nothing doubled', async () => {
    const target = await newAccount('kill');
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-gmail-kill-'));
    const g = stack().endpoints.gmailLike;
    const args = [
      'copy',
      '--from',
      `imap://${encodeURIComponent(gmailUser)}@${g.host}:${g.imaps}`,
      '--to',
      `imap://${encodeURIComponent(target.settings.username)}@${target.settings.host}:${target.settings.port}`,
      '--json',
    ];
    const env = {
      ...process.env,
      ...stack().endpoints.env,
      SWITCHOVER_FROM_PASSWORD: password,
      SWITCHOVER_TO_PASSWORD: password,
      SWITCHOVER_DATA_DIR: dataDir,
    };
    // Killed (SIGKILL, no clean-up) as soon as the journal holds a message: mid-copy.
    const journals = path.join(dataDir, 'copy-journals');
    const journaled = () => {
      try {
        return fs
          .readdirSync(journals)
          .filter((f) => f.endsWith('.jsonl'))
          .reduce(
            (n, f) => n + fs.readFileSync(path.join(journals, f), 'utf8').split('\n').length - 1,
            0,
          );
      } catch {
        return 0;
      }
    };
    await new Promise<void>((resolve) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', path.join(repoRoot, 'src-main', 'cli', 'main.ts'), ...args],
        { cwd: repoRoot, env, stdio: ['ignore', 'ignore', 'ignore'] },
      );
      const poll = setInterval(() => {
        if (journaled() > 0) child.kill('SIGKILL');
      }, 2);
      child.on('close', () => {
        clearInterval(poll);
        resolve();
      });
    });
    const partial = onNewSide(await snapshotMailbox(target, caOf(stack().endpoints)));
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(corpus.messages.length);
    const rerun = await runSwitchover(args, env, { sources: true, timeoutMs: 120_000 });
    expect(rerun.code, rerun.err).toBe(0);
    const after = onNewSide(await snapshotMailbox(target, caOf(stack().endpoints)));
    expect(after.map((m) => m.sha256).sort()).toEqual(
      corpus.messages.map((m) => sha(m.raw)).sort(),
    );
    const summary = rerun.lines.find((l) => l.type === 'summary') as {
      allMail?: { messages: number };
    };
    expect(summary.allMail?.messages).toBe(corpus.messages.length);
  }, 240_000);

  it('opens at most 10 connections to Gmail, however many it is told to use', async () => {
    const target = await newAccount('cap');
    const g = stack().endpoints.gmailLike;
    // Connections to the Gmail-like proxy, as the kernel lists them (iproute2's ss).
    const count = () =>
      new Promise<number>((resolve) => {
        execFile('ss', ['-Htn', 'state', 'established', 'dst', `${g.host}:${g.imaps}`], (_e, out) =>
          resolve(
            String(out)
              .split('\n')
              .filter((l) => l.trim() !== '').length,
          ),
        );
      });
    let most = 0;
    let sampling = true;
    const sampler = (async () => {
      for (let i = 0; sampling && i < 3000; i++) {
        most = Math.max(most, await count());
        await new Promise((r) => setTimeout(r, 10));
      }
    })();
    const report = await copy({ target, sourceConnections: 12, spoolConnections: 12 });
    sampling = false;
    await sampler;
    expect(report.status).toBe('complete');
    expect(most).toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(10);
  }, 180_000);

  it('an All Mail server that is not Gmail: labels from the folders, each message once', async () => {
    const target = await newAccount('plain');
    const report = await copy({ source: gmailEndpoint('plainImaps'), target });
    const after = onNewSide(await snapshotMailbox(target, caOf(stack().endpoints)));
    expect(after.map((m) => m.sha256).sort()).toEqual(
      corpus.messages.map((m) => sha(m.raw)).sort(),
    );
    const models = byHash(corpus.messages);
    for (const m of after)
      expect(m.folder).toBe(expectedHome(models.get(m.sha256) as GmailLikeMessage));
    expect(report.status).toBe('complete');
    expect(report.allMail?.messages).toBe(corpus.messages.length);
  }, 180_000);

  it('verify counts against All Mail, Spam and Trash, and finds a message that went missing', async () => {
    const target = await newAccount('ver');
    await copy({ target });
    const g = stack().endpoints.gmailLike;
    const env = {
      ...process.env,
      ...stack().endpoints.env,
      SWITCHOVER_FROM_PASSWORD: password,
      SWITCHOVER_TO_PASSWORD: password,
    };
    const args = [
      'verify',
      '--from',
      `imap://${encodeURIComponent(gmailUser)}@${g.host}:${g.imaps}`,
      `--to=imap://${encodeURIComponent(target.settings.username)}@${target.settings.host}:${target.settings.port}`,
      '--json',
    ];
    const ok = await runSwitchover(args, env, { sources: true });
    expect(ok.code, ok.err).toBe(0);
    const summary = ok.lines.find((l) => l.type === 'summary') as { summary: string };
    expect(summary.summary).toContain(
      `All ${corpus.messages.length} messages are in your new account.`,
    );
    // The other mode (a copy per label) is not what this copy made: the option is obeyed.
    const folders = await runSwitchover([...args, '--gmail-labels', 'folders'], env, {
      sources: true,
    });
    expect(folders.code).toBe(1);
    const bad = await runSwitchover([...args, '--gmail-labels=tags'], env, { sources: true });
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--gmail-labels takes keywords or folders');
    // One archived message gone from the new side: verify says so.
    const client = new ImapFlow({
      host: target.settings.host,
      port: target.settings.port,
      secure: true,
      auth: { user: target.settings.username, pass: password },
      tls: { ca: [caOf(stack().endpoints)], servername: stack().endpoints.providers.new.hostname },
      logger: false,
    });
    await client.connect();
    await client.mailboxOpen('Archive');
    await client.messageDelete('1:1');
    await client.logout();
    const missing = await runSwitchover(args, env, { sources: true });
    expect(missing.code).toBe(1);
    const after = missing.lines.find((l) => l.type === 'summary') as { failed: number };
    expect(after.failed).toBe(1);
  }, 180_000);
});
