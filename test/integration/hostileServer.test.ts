// A hostile or broken old provider must not crash Switchover nor exhaust its memory: the built
// `switchover copy` and `switchover backup` run as child processes (under /usr/bin/time, for
// their peak RSS) against a fake IMAP server on loopback whose answer to one message's body is
// a literal no buffer can hold, a 4 GB literal with bytes without end, a line without end, or a
// literal far larger than the message's RFC822.SIZE. Each ends in bounded time with a clear
// code, copies everything else exactly once, and leaves no spool file behind.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startCopy } from '../../src-main/copy';
import { useMailStack } from '../mailstack/forTests';
import { repoRoot } from '../mailstack/layout';
import { caOf, endpointOf, makeMessage, run, snapshotMailbox } from './copyFixtures';
import { startHostileServer } from './hostileImapServer';
import type { FakeMessage, HostileCase, HostileServer } from './hostileImapServer';

const stack = useMailStack();
const password = 'hostile test password';
const id = run();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-hostile-'));
const hostileUid = 4;
const MiB = 1024 * 1024;

interface Measured {
  code: number | null;
  lines: Record<string, unknown>[];
  err: string;
  seconds: number;
  peakRssMb: number;
}

/** The built command under /usr/bin/time (its own process group, killed whole on timeout). */
async function switchover(args: string[], env: NodeJS.ProcessEnv, timeoutMs: number) {
  const started = Date.now();
  const child = spawn(
    '/usr/bin/time',
    [
      '-f',
      'peak-rss-kb %M',
      process.execPath,
      path.join(repoRoot, 'bin', 'switchover.js'),
      ...args,
    ],
    { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  // On timeout the command itself is killed, so that /usr/bin/time still reports its peak.
  const timer = setTimeout(() => {
    const kids = child.pid ? `/proc/${child.pid}/task/${child.pid}/children` : '';
    const pids = kids && fs.existsSync(kids) ? fs.readFileSync(kids, 'utf8').trim().split(' ') : [];
    for (const pid of pids.filter(Boolean)) process.kill(Number(pid), 'SIGKILL');
  }, timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  const peak = /peak-rss-kb (\d+)/.exec(err);
  const measured: Measured = {
    code,
    lines: out
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>),
    err,
    seconds: (Date.now() - started) / 1000,
    peakRssMb: peak ? Math.round(Number(peak[1]) / 102.4) / 10 : NaN,
  };
  return measured;
}

/** Three ordinary messages and the hostile one (its RFC822.SIZE as given). */
function mailbox(hostileSize: number): FakeMessage[] {
  const at = (i: number) => new Date(Date.UTC(2022, 0, i));
  const normal = [1, 2, 3].map((uid) => ({
    uid,
    raw: makeMessage({ seed: `hostile-${uid}-${id}`, bodyBytes: 1500 * uid }),
    internalDate: at(uid),
  }));
  const hostile = {
    uid: hostileUid,
    raw: makeMessage({ seed: `hostile-bad-${id}` }),
    internalDate: at(4),
    size: hostileSize,
  };
  return [...normal, hostile];
}

const results: string[] = [];

describe('a hostile old server cannot crash Switchover nor exhaust its memory', () => {
  let baselineRss = 0;

  afterAll(() => {
    // The numbers the report gives, one line a case.
    process.stdout.write(`\n${results.join('\n')}\n`);
    fs.rmSync(work, { recursive: true, force: true });
  });

  async function copyFrom(
    label: string,
    hostile: HostileCase,
    hostileSize: number,
    uid = hostileUid,
  ) {
    const server: HostileServer = await startHostileServer({
      hostile,
      hostileUid: uid,
      messages: mailbox(hostileSize),
    });
    const local = `hostile-${label}-${id}`;
    await stack().createUser('new', local, 'new.test', password);
    const e = stack().endpoints;
    const dataDir = path.join(work, label);
    try {
      const result = await switchover(
        [
          'copy',
          '--from',
          `imap://old-user@${server.host}:${server.port}?tls=none`,
          '--to',
          `imap://${encodeURIComponent(`${local}@new.test`)}@${e.providers.new.host}:${e.providers.new.imaps}?tls=implicit`,
          '--json',
        ],
        {
          ...process.env,
          NODE_EXTRA_CA_CERTS: e.caCertPath,
          SWITCHOVER_FROM_PASSWORD: password,
          SWITCHOVER_TO_PASSWORD: password,
          SWITCHOVER_DATA_DIR: dataDir,
        },
        60_000,
      );
      const target = endpointOf(e, 'new', `${local}@new.test`, password);
      const after = await snapshotMailbox(target, caOf(e));
      const summary = result.lines.at(-1) ?? {};
      results.push(
        `copy ${label}: exit ${String(result.code)}, ${String(summary.status)}, ` +
          `${JSON.stringify((summary.folders as { failed?: unknown[] }[] | undefined)?.[0]?.failed ?? [])}, ` +
          `${result.seconds.toFixed(1)} s, peak RSS ${result.peakRssMb} MB, ` +
          `hostile answers ${server.stats.hostileAnswers}, connections ${server.stats.connections}` +
          (result.lines.length === 0 ? `\n${result.err}` : ''),
      );
      const spool = path.join(dataDir, 'spool');
      const leftover = fs.existsSync(spool) ? fs.readdirSync(spool) : [];
      return { result, summary, after, server, leftover };
    } finally {
      await server.close();
    }
  }

  it('copies everything from a well-behaved fake server (the baseline), sweeping old spool files', async () => {
    // What killed copies left: a spool file of a process that is gone, and one of the old name.
    const spool = path.join(work, 'baseline', 'spool');
    fs.mkdirSync(spool, { recursive: true });
    const uuid = '0000000a-aaaa-4bbb-8ccc-dddddddddddd';
    fs.writeFileSync(path.join(spool, `4194999-${uuid}.eml`), 'left by a killed copy');
    fs.writeFileSync(path.join(spool, `${uuid}.eml`), 'left by an older version');
    fs.utimesSync(path.join(spool, `${uuid}.eml`), new Date(2020, 0, 1), new Date(2020, 0, 1));
    const { result, summary, after, leftover } = await copyFrom(
      'baseline',
      'huge-number',
      3000,
      99,
    );
    expect(result.code).toBe(0);
    expect(summary).toMatchObject({ type: 'summary', status: 'complete', copied: 4, failed: 0 });
    expect(after.INBOX?.messages.length).toBe(4);
    expect(leftover).toEqual([]);
    baselineRss = result.peakRssMb;
  }, 120_000);

  const cases: [string, HostileCase, number][] = [
    ['huge-number', 'huge-number', 3000],
    ['endless-literal', 'endless-literal', 3000],
    ['endless-literal-spooled', 'endless-literal', 6 * MiB],
    ['endless-line', 'endless-line', 3000],
    ['oversize-literal', 'oversize-literal', 3000],
  ];

  it.each(cases)(
    'copy, %s: the message is reported not copied (imap.response-too-large), the rest copied once',
    async (label, hostile, size) => {
      const { result, summary, after, server, leftover } = await copyFrom(label, hostile, size);
      expect(result.err).not.toMatch(/RangeError|Uncaught|FATAL|heap out of memory/);
      expect(result.code).toBe(1);
      expect(summary).toMatchObject({ type: 'summary', copied: 3, failed: 1 });
      const folders = summary.folders as { failed: { uid: number; reason: string }[] }[];
      expect(folders[0]?.failed).toEqual([
        expect.objectContaining({ uid: hostileUid, reason: 'imap.response-too-large' }),
      ]);
      // Exactly the three ordinary messages, once each.
      expect(after.INBOX?.messages.length).toBe(3);
      expect(server.stats.hostileAnswers).toBeGreaterThanOrEqual(1);
      expect(server.stats.hostileAnswers).toBeLessThanOrEqual(3);
      expect(result.seconds).toBeLessThan(45);
      expect(result.peakRssMb).toBeLessThan(baselineRss + 64);
      expect(leftover).toEqual([]);
    },
    120_000,
  );

  it.each([
    ['endless-literal-in-pieces', 'endless-literal', 6 * MiB],
    ['endless-line', 'endless-line', 3000],
    ['oversize-literal', 'oversize-literal', 3000],
  ] as [string, HostileCase, number][])(
    'copy through imapflow alone (no raw fetchers), %s: reported not copied, this worker unharmed',
    async (label, hostile, size) => {
      const server = await startHostileServer({ hostile, hostileUid, messages: mailbox(size) });
      const local = `hostile-flow-${label}-${id}`;
      await stack().createUser('new', local, 'new.test', password);
      const e = stack().endpoints;
      const target = endpointOf(e, 'new', `${local}@new.test`, password);
      // This worker's RSS, sampled while the copy runs (its high-water mark may predate it).
      const rssBefore = process.memoryUsage.rss();
      let rssPeak = rssBefore;
      const sampler = setInterval(() => {
        rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
      }, 20);
      const started = Date.now();
      try {
        const report = await startCopy({
          source: {
            settings: { host: server.host, port: server.port, security: 'plain', username: 'u' },
            password,
          },
          target,
          ca: caOf(e),
          dataDir: path.join(work, `flow-${label}`),
          spoolConnections: 0,
        }).done;
        const seconds = (Date.now() - started) / 1000;
        clearInterval(sampler);
        const growthMb = Math.round((rssPeak - rssBefore) / 104857.6) / 10;
        results.push(
          `in-process copy via imapflow ${label}: ${report.status}, ` +
            `${JSON.stringify(report.folders[0]?.failed.map((f) => [f.uid, f.reason]))}, ` +
            `${seconds.toFixed(1)} s, worker RSS ${Math.round(rssBefore / 1048576)} MB, ` +
            `peak growth during the copy ${growthMb} MB`,
        );
        expect(report.copied).toBe(3);
        expect(report.folders[0]?.failed).toEqual([
          expect.objectContaining({ uid: hostileUid, reason: 'imap.response-too-large' }),
        ]);
        expect(seconds).toBeLessThan(45);
        expect(growthMb).toBeLessThan(64);
        const after = await snapshotMailbox(target, caOf(e));
        expect(after.INBOX?.messages.length).toBe(3);
      } finally {
        clearInterval(sampler);
        await server.close();
      }
    },
    120_000,
  );

  it.each([
    ['endless-literal-spooled', 'endless-literal', 12 * MiB],
    ['huge-number', 'huge-number', 3000],
  ] as [string, HostileCase, number][])(
    'backup, %s: fails with imap.response-too-large, leaving no unfinished folder, not even an old one',
    async (label, hostile, size) => {
      const server = await startHostileServer({ hostile, hostileUid, messages: mailbox(size) });
      const out = path.join(work, `backup-${label}`);
      // A killed backup's unfinished folder, with the spool file of the message it was fetching.
      const stale = path.join(out, 'Old mail backup 2026-01-01.partial');
      fs.mkdirSync(stale, { recursive: true });
      fs.writeFileSync(path.join(stale, '.spool-0000000b-aaaa-4bbb-8ccc-dddddddddddd.eml'), 'x');
      try {
        const result = await switchover(
          [
            'backup',
            '--from',
            `imap://old-user@${server.host}:${server.port}?tls=none`,
            '--out',
            out,
            '--json',
          ],
          { ...process.env, SWITCHOVER_FROM_PASSWORD: password },
          60_000,
        );
        const last = result.lines.at(-1) ?? {};
        results.push(
          `backup ${label}: exit ${String(result.code)}, ${JSON.stringify(last.error ?? last.phase)}, ` +
            `${result.seconds.toFixed(1)} s, peak RSS ${result.peakRssMb} MB`,
        );
        expect(result.err).not.toMatch(/RangeError|Uncaught|FATAL|heap out of memory/);
        expect(result.code).toBe(1);
        expect(JSON.stringify(last)).toContain('imap.response-too-large');
        expect(result.seconds).toBeLessThan(45);
        expect(result.peakRssMb).toBeLessThan(baselineRss + 64);
        expect(fs.existsSync(out) ? fs.readdirSync(out) : []).toEqual([]);
      } finally {
        await server.close();
      }
    },
    120_000,
  );
});
