// `npm run bench:gmail [-- --messages 1000] [-- --baseline REF]`: a move away from the Gmail-like
// provider of the test stack, measured: messages of All Mail + Spam + Trash against messages on
// the new side (missing, doubled), labels kept as keywords, and bytes moved against copying All
// Mail and every label folder — for the keywords mode, the folders mode and, with --baseline,
// the `switchover` command of another commit, all on one corpus in one run. Needs a running
// stack (`npm run mailstack -- start`).

import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ImapFlow } from 'imapflow';
import { connectMailStack, createGmailUser, gmailLikeCorpus, seedGmailLike } from '../mailstack';
import type { GmailLikeMessage, MailStackHandle } from '../mailstack';
import { bundleBaseline, bundleCli } from './bundles';

const argv = process.argv.slice(2);
const option = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const count = Number(option('--messages') ?? 1000);
const baselineRef = option('--baseline');
const password = 'bench gmail password';
const runId = `${Date.now().toString(36)}${crypto.randomBytes(2).toString('hex')}`;
const sha = (raw: Buffer) => crypto.createHash('sha256').update(raw).digest('hex');
const run = promisify(execFile);

interface Row {
  how: string;
  exit: number;
  oldSide: number;
  newSide: number;
  missing: number;
  doubled: number;
  keywords: number;
  bytes: number;
  seconds: number;
  summary: string;
}

/** Every message on the new side: its bytes' hash and its keywords. */
async function newSide(stack: MailStackHandle, user: string) {
  const p = stack.endpoints.providers.new;
  const client = new ImapFlow({
    host: p.host,
    port: p.imaps,
    secure: true,
    auth: { user, pass: password },
    tls: { ca: [fs.readFileSync(stack.endpoints.caCertPath)], servername: p.hostname },
    logger: false,
  });
  await client.connect();
  const found: { sha: string; keywords: number }[] = [];
  try {
    for (const box of await client.list()) {
      if (box.flags.has('\\Noselect')) continue;
      const opened = await client.mailboxOpen(box.path, { readOnly: true });
      if (opened.exists === 0) continue;
      for await (const m of client.fetch('1:*', { source: true, flags: true })) {
        const keywords = [...(m.flags ?? [])].filter((f) => !f.startsWith('\\')).length;
        found.push({ sha: sha(m.source ?? Buffer.alloc(0)), keywords });
      }
    }
  } finally {
    await client.logout();
  }
  return found;
}

async function main(): Promise<void> {
  const stack = await connectMailStack();
  const g = stack.endpoints.gmailLike;
  const gmailUser = `bench-gmail-${runId}@gmail.test`;
  const corpus = gmailLikeCorpus({ messages: count, seed: 1 });
  await createGmailUser(stack, gmailUser, password);
  await seedGmailLike(stack, gmailUser, password, corpus);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-bench-gmail-'));
  const cli = await bundleCli();
  const baseline = baselineRef
    ? await bundleBaseline(baselineRef, work, (t) => process.stderr.write(`${t}\n`))
    : undefined;
  const hashes = corpus.messages.map((m) => sha(m.raw));
  const labelFolders = (m: GmailLikeMessage) =>
    m.labels.filter((l) => ['\\Inbox', '\\Sent', '\\Draft'].includes(l) || !l.startsWith('\\'));
  const allBytes = corpus.messages.reduce((n, m) => n + m.raw.length, 0);
  const everyFolderBytes = corpus.messages.reduce(
    (n, m) => n + m.raw.length * (m.location === 'allMail' ? 1 + labelFolders(m).length : 1),
    0,
  );
  const expected = (how: string) =>
    how.includes('folders')
      ? corpus.messages.reduce(
          (n, m) => n + (m.location === 'allMail' ? Math.max(1, labelFolders(m).length) : 1),
          0,
        )
      : corpus.messages.length;
  const rows: Row[] = [];
  const modes: [string, string, string[]][] = [
    ['keywords (default)', cli, []],
    ['folders (--gmail-labels folders)', cli, ['--gmail-labels', 'folders']],
    ...(baseline
      ? ([[`before: ${baselineRef}`, baseline, []]] as [string, string, string[]][])
      : []),
  ];
  for (const [index, [how, bundle, extra]] of modes.entries()) {
    const local = `bench-gm${index}-${runId}`;
    await stack.createUser('new', local, 'new.test', password);
    const target = `${local}@new.test`;
    const p = stack.endpoints.providers.new;
    const args = [
      bundle,
      'copy',
      '--from',
      `imap://${encodeURIComponent(gmailUser)}@${g.host}:${g.imaps}`,
      '--to',
      `imap://${encodeURIComponent(target)}@${p.host}:${p.imaps}`,
      '--json',
      ...extra,
    ];
    const env = {
      ...process.env,
      ...stack.endpoints.env,
      SWITCHOVER_FROM_PASSWORD: password,
      SWITCHOVER_TO_PASSWORD: password,
      SWITCHOVER_DATA_DIR: fs.mkdtempSync(path.join(work, 'data-')),
    };
    const started = Date.now();
    const { out, exit } = await run(process.execPath, args, { env, maxBuffer: 1 << 28 }).then(
      (done) => ({ out: done.stdout, exit: 0 }),
      (error: unknown) => {
        const e = error as { code?: number; stdout?: string };
        return { out: e.stdout ?? '', exit: e.code ?? 1 };
      },
    );
    const seconds = (Date.now() - started) / 1000;
    const summary = out
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { type: string; summary?: string; bytes?: number })
      .find((l) => l.type === 'summary');
    const found = await newSide(stack, target);
    const have = new Map<string, number>();
    for (const f of found) have.set(f.sha, (have.get(f.sha) ?? 0) + 1);
    const missing = hashes.filter((h) => !have.has(h)).length;
    rows.push({
      how,
      exit,
      oldSide: corpus.messages.length,
      newSide: found.length,
      missing,
      doubled: found.length - (hashes.length - missing) - (expected(how) - hashes.length),
      keywords: found.reduce((n, f) => n + f.keywords, 0),
      bytes: summary?.bytes ?? 0,
      seconds: Math.round(seconds * 10) / 10,
      summary: summary?.summary ?? '',
    });
  }
  const allMail = corpus.messages.filter((m) => m.location === 'allMail');
  process.stdout.write(
    `Gmail-like corpus: ${corpus.messages.length} messages (All Mail ${allMail.length}, ` +
      `archived only ${allMail.filter((m) => labelFolders(m).length === 0).length}, ` +
      `2+ labels ${allMail.filter((m) => labelFolders(m).length > 1).length}, ` +
      `Spam + Trash ${corpus.messages.length - allMail.length}); ${allBytes} bytes once, ` +
      `${everyFolderBytes} bytes copying All Mail and every label folder.\n\n` +
      '| how | exit | old side | new side | missing | extra copies | keywords | bytes moved | s |\n' +
      '|---|---|---|---|---|---|---|---|---|\n' +
      rows
        .map(
          (r) =>
            `| ${r.how} | ${r.exit} | ${r.oldSide} | ${r.newSide} | ${r.missing} | ${r.doubled} | ` +
            `${r.keywords} | ${r.bytes} | ${r.seconds} |`,
        )
        .join('\n') +
      '\n\n' +
      rows.map((r) => `${r.how}: ${r.summary}`).join('\n') +
      '\n',
  );
  fs.rmSync(work, { recursive: true, force: true });
}

await main();
