// `npm run bench [-- --quick] [-- --rtt 0,40] [-- --tools switchover,mbsync,dsync] [-- --engine]`
// (--engine, or --tuning: the copy engine alone in a process instead of the shipped CLI)
// [-- --reruns N] (re-runs with nothing new per tool; the median is reported)
// [-- --baseline REF] (also the `switchover` command as built from git REF, e.g. main or a
// commit: a change's before and after measured in the same run, on the same servers)
// [-- --workload w1,seed,100k] (default w1; --tools:NAME LIST sets one workload's tools)
// [-- --link none,10/50] (each RTT unlimited and/or with a home link: UP/DOWN Mbit/s, each rate
// shared by all connections of its direction) [-- --minimal-caps] (the new provider without
// LITERAL+, MULTIAPPEND, UIDPLUS…) [-- --max-minutes 12] (skip a tool projected to take longer)
// [-- --no-cache] (seed again rather than copy the seeded corpus from test-results/bench/)
// Seeds a deterministic corpus into a fresh old-provider user, then copies it with Switchover,
// mbsync and dsync into fresh new-provider users, through a latency proxy in front of each
// provider, and once more with nothing new. Prints a table and writes test-results/bench.json.

import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ImapFlow } from 'imapflow';
import { connectMailStack } from '../mailstack';
import type { Endpoints, MailStackHandle } from '../mailstack';
import { repoRoot, stackLayout } from '../mailstack/layout';
import { TcpProxy } from './tcpProxy';
import { bundleBaseline, bundleCli, bundleEngine } from './bundles';
import { medianRun, table, type Row, type Tool } from './report';
import { parseLink, SharedLink } from './link';
import { seedCorpus } from './seed';
import type { Seeded } from './seed';
import { linkLimitSeconds, parseWorkloads, projectedSeconds, workload } from './workloads';
import type { LinkSpec, Workload } from './workloads';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const option = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
/** Every value of a repeatable option (`--workload w1 --workload seed` or `--workload w1,seed`). */
const options = (name: string): string[] =>
  argv.flatMap((a, i) => (a === name && argv[i + 1] !== undefined ? [argv[i + 1] as string] : []));
const rtts = (option('--rtt') ?? '0,40').split(',').map(Number);
const baselineRef = option('--baseline');
const workloads = parseWorkloads(options('--workload').join(',') || 'w1').map((w) =>
  workload(w, quick),
);
const links: LinkSpec[] = rtts.flatMap((rttMs) =>
  (options('--link').join(',') || 'none')
    .split(',')
    .map((l) => (l.trim() === 'none' ? { rttMs } : { rttMs, ...parseLink(l) })),
);
const minimalCaps = argv.includes('--minimal-caps');
const maxMinutes = Number(option('--max-minutes') ?? 12);
const useCache = !argv.includes('--no-cache');
/** The tools for a workload: --tools:NAME, else --tools, else the workload's own list. */
function toolsFor(w: Workload): Tool[] {
  const list = option(`--tools:${w.name}`) ?? option('--tools');
  const tools = list ? (list.split(',') as Tool[]) : w.tools;
  return baselineRef && !list ? [...tools, 'baseline'] : tools;
}
const linkLabel = (l: LinkSpec) =>
  l.upMbit === undefined ? 'unlimited' : `${l.upMbit}/${l.downMbit ?? '∞'}`;
/** Engine settings to try (lever measurements), e.g. --tuning '{"targetConnections":1}'. */
const tuning = JSON.parse(option('--tuning') ?? '{}') as Record<string, unknown>;
/** A run's limit: this, or three times its projection when that is longer. */
const runTimeoutMs = quick ? 180_000 : 900_000;
/**
 * A re-run with nothing new takes ~0.1 s at 0 ms, where one process start or one scheduling
 * hiccup on a busy machine is a third of it: each tool's re-run is repeated and the median kept.
 */
const reruns = Number(option('--reruns') ?? (quick ? 3 : 7));
const password = `bench-${crypto.randomBytes(6).toString('hex')}`;
const runId = `${Date.now().toString(36)}${crypto.randomBytes(2).toString('hex')}`;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-bench-'));
const children = new Set<number>();
const proxies = new Set<TcpProxy>();
const createdUsers: { provider: 'old' | 'new'; local: string; domain: string }[] = [];

function log(text: string): void {
  process.stderr.write(`${text}\n`);
}

/** Runs a command under /usr/bin/time (peak RSS of the process tree's largest member). */
async function measured(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<{ code: number; seconds: number; rssMb: number; stdout: string; stderr: string }> {
  const timeFile = path.join(work, `time-${crypto.randomBytes(4).toString('hex')}`);
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-f', '%M', '-o', timeFile, command, ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  if (child.pid !== undefined) children.add(child.pid);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  }, timeoutMs);
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  clearTimeout(timer);
  if (child.pid !== undefined) children.delete(child.pid);
  const seconds = (performance.now() - started) / 1000;
  const kb = Number(fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop());
  return { code, seconds, rssMb: kb / 1024, stdout, stderr };
}

async function destinationCount(endpoints: Endpoints, user: string): Promise<number> {
  const p = endpoints.providers.new;
  const client = new ImapFlow({
    host: p.host,
    port: p.imaps,
    secure: true,
    auth: { user, pass: password },
    tls: { ca: [fs.readFileSync(endpoints.caCertPath)] },
    logger: false,
  });
  await client.connect();
  try {
    let total = 0;
    for (const box of await client.list({ statusQuery: { messages: true } })) {
      total += box.status?.messages ?? 0;
    }
    return total;
  } finally {
    await client.logout();
  }
}

interface Context {
  stack: MailStackHandle;
  endpoints: Endpoints;
  sourceUser: string;
  engine: string;
  cli: string;
  baselineCli: string | undefined;
  workload: Workload;
  seeded: Seeded;
}

interface Proxies {
  old: TcpProxy;
  new: TcpProxy;
  links: SharedLink[];
}

/**
 * One proxy per provider. A home link is one rate per direction for every connection to either
 * provider: the upload carries the new provider's APPENDs, the download the old one's FETCHes.
 */
async function startProxies(endpoints: Endpoints, link: LinkSpec): Promise<Proxies> {
  const up = link.upMbit === undefined ? undefined : new SharedLink(link.upMbit);
  const down = link.downMbit === undefined ? undefined : new SharedLink(link.downMbit);
  const certDir = path.dirname(endpoints.caCertPath);
  const make = async (provider: 'old' | 'new') => {
    const p = endpoints.providers[provider];
    // Listening on the provider's own address keeps its certificate's IP name valid.
    const proxy = await TcpProxy.start({
      listenHost: p.host,
      targetHost: p.host,
      targetPort: p.imaps,
      rttMs: link.rttMs,
      up,
      down,
      minimalCaps:
        minimalCaps && provider === 'new'
          ? {
              cert: fs.readFileSync(path.join(certDir, 'new.pem')),
              key: fs.readFileSync(path.join(certDir, 'new.key')),
              ca: fs.readFileSync(endpoints.caCertPath),
              servername: p.hostname,
            }
          : undefined,
    });
    proxies.add(proxy);
    return proxy;
  };
  return {
    old: await make('old'),
    new: await make('new'),
    links: [up, down].filter((l): l is SharedLink => l !== undefined),
  };
}

async function stopProxies(p: Proxies): Promise<void> {
  for (const proxy of [p.old, p.new]) {
    await proxy.close();
    proxies.delete(proxy);
  }
  for (const l of p.links) l.close();
}

function mbsyncConfig(ctx: Context, dir: string, p: Proxies, targetUser: string): string {
  const certs = path.join(dir, 'certs.pem');
  // The CA, plus the leaf certificates: isync accepts an explicitly trusted leaf without a
  // host-name match (it checks DNS names only, and the proxies are reached by IP).
  const certDir = path.dirname(ctx.endpoints.caCertPath);
  fs.writeFileSync(
    certs,
    ['ca.pem', 'old.pem', 'new.pem'].map((f) => fs.readFileSync(path.join(certDir, f))).join('\n'),
  );
  fs.mkdirSync(path.join(dir, 'state'), { recursive: true });
  const account = (name: string, host: string, port: number, user: string, env: string) => [
    `IMAPAccount ${name}`,
    `Host ${host}`,
    `Port ${port}`,
    `User ${user}`,
    `PassCmd "printenv ${env}"`,
    'SSLType IMAPS',
    `CertificateFile ${certs}`,
    '',
    `IMAPStore ${name}-store`,
    `Account ${name}`,
    '',
  ];
  const file = path.join(dir, 'mbsyncrc');
  const { old: o, new: n } = ctx.endpoints.providers;
  fs.writeFileSync(
    file,
    [
      ...account('far', o.host, p.old.port, ctx.sourceUser, 'BENCH_FROM_PASSWORD'),
      ...account('near', n.host, p.new.port, targetUser, 'BENCH_TO_PASSWORD'),
      'Channel move',
      'Far :far-store:',
      'Near :near-store:',
      // The new provider's own Junk has no counterpart on the old one (and must not be created there).
      'Patterns * !Junk',
      'Create Near',
      'Sync Pull',
      'Expunge None',
      'CopyArrivalDate yes',
      `SyncState ${path.join(dir, 'state')}/`,
      '',
    ].join('\n'),
  );
  return file;
}

async function runTool(
  ctx: Context,
  tool: Tool,
  dir: string,
  p: Proxies,
  targetUser: string,
  timeoutMs: number,
): Promise<{ ok: boolean; seconds: number; rssMb: number; note?: string }> {
  const env = {
    ...process.env,
    BENCH_FROM_PASSWORD: password,
    BENCH_TO_PASSWORD: password,
  };
  const oldP = ctx.endpoints.providers.old;
  const newP = ctx.endpoints.providers.new;
  let result: Awaited<ReturnType<typeof measured>>;
  if (tool === 'switchover' || tool === 'baseline') {
    // BENCH_NODE_ARGS: V8/Node flags for the engine's process (measuring, e.g. --trace-gc).
    const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
    if (tool === 'switchover' && (Object.keys(tuning).length > 0 || argv.includes('--engine'))) {
      const args = {
        source: { host: oldP.host, port: p.old.port, security: 'tls', username: ctx.sourceUser },
        target: { host: newP.host, port: p.new.port, security: 'tls', username: targetUser },
        caPath: ctx.endpoints.caCertPath,
        dataDir: dir,
        tuning,
      };
      result = await measured(
        process.execPath,
        [...nodeArgs, ctx.engine, JSON.stringify(args)],
        env,
        timeoutMs,
      );
    } else {
      // What ships: `switchover copy`, its own start-up included.
      const url = (user: string, host: string, port: number) =>
        `imap://${encodeURIComponent(user)}@${host}:${port}?tls=implicit`;
      result = await measured(
        process.execPath,
        [
          ...nodeArgs,
          tool === 'baseline' ? (ctx.baselineCli ?? '') : ctx.cli,
          'copy',
          '--from',
          url(ctx.sourceUser, oldP.host, p.old.port),
          '--to',
          url(targetUser, newP.host, p.new.port),
          '--json',
        ],
        {
          ...env,
          SWITCHOVER_FROM_PASSWORD: password,
          SWITCHOVER_TO_PASSWORD: password,
          SWITCHOVER_DATA_DIR: dir,
          NODE_EXTRA_CA_CERTS: ctx.endpoints.caCertPath,
        },
        timeoutMs,
      );
      // Only the final summary: the progress lines before it are many. A retry is worth seeing.
      const lines = result.stdout.trim().split('\n');
      for (const line of lines.filter((l) => l.includes('"type":"retry"'))) log(`  ${line}`);
      result.stdout = lines.at(-1) ?? '';
    }
  } else if (tool === 'mbsync') {
    const config = mbsyncConfig(ctx, dir, p, targetUser);
    result = await measured('mbsync', ['-q', '-c', config, 'move'], env, timeoutMs);
  } else {
    const conf = stackLayout(ctx.endpoints.dir).providers.new.dovecotConf;
    result = await measured(
      'doveadm',
      [
        '-c',
        conf,
        '-o',
        `imapc_host=${oldP.host}`,
        '-o',
        `imapc_port=${p.old.port}`,
        '-o',
        `imapc_user=${ctx.sourceUser}`,
        '-o',
        `imapc_password=${password}`,
        '-o',
        'imapc_ssl=imaps',
        '-o',
        `ssl_client_ca_file=${ctx.endpoints.caCertPath}`,
        '-o',
        'imapc_features=rfc822.size fetch-headers',
        'backup',
        '-R',
        '-u',
        targetUser,
        'imapc:',
      ],
      env,
      timeoutMs,
    );
  }
  const ok = result.code === 0;
  const note = ok
    ? undefined
    : `exit ${result.code}: ${(result.stderr || result.stdout).trim().slice(0, 300)}`;
  if ((tool === 'switchover' || tool === 'baseline') && ok)
    log(
      `  engine: ${result.stdout.trim()}${result.stderr.trim() ? `\n${result.stderr.trim()}` : ''}`,
    );
  return { ok, seconds: result.seconds, rssMb: result.rssMb, ...(note ? { note } : {}) };
}

/** A row for a tool not run, saying why (never a silent gap in the table). */
function skippedRows(ctx: Context, tool: Tool, link: LinkSpec, note: string): Row[] {
  return (['first', 're-run'] as const).map((run) => ({
    ...rowBase(ctx, tool, link, run),
    runs: 0,
    seconds: 0,
    peakRssMb: 0,
    roundTripsPerMessage: 0,
    connections: 0,
    wireBytesUp: 0,
    wireBytesDown: 0,
    destinationMessages: 0,
    ok: true,
    skipped: true,
    note,
  }));
}

function rowBase(ctx: Context, tool: Tool, link: LinkSpec, run: 'first' | 're-run') {
  const limit = linkLimitSeconds(tool, ctx.seeded.bytes, link);
  return {
    workload: ctx.workload.name,
    tool,
    rttMs: link.rttMs,
    link: linkLabel(link),
    upMbit: link.upMbit ?? null,
    downMbit: link.downMbit ?? null,
    minimalCaps: minimalCaps && tool !== 'dsync',
    run,
    ratioToMbsync: null,
    // Only a first run moves the corpus; a re-run moves next to nothing.
    linkLimitSeconds: run === 'first' && limit > 0 ? Math.round(limit * 10) / 10 : null,
    ratioToLinkLimit: null,
  };
}

async function benchTool(ctx: Context, tool: Tool, link: LinkSpec, index: number): Promise<Row[]> {
  const messages = ctx.seeded.messages;
  const projected = projectedSeconds(tool, messages, ctx.seeded.bytes, link);
  if (projected > maxMinutes * 60) {
    const note = `projected ~${Math.round(projected / 60)} min > --max-minutes ${maxMinutes}`;
    log(`${ctx.workload.name} ${tool} ${link.rttMs} ms ${linkLabel(link)}: skipped, ${note}`);
    return skippedRows(ctx, tool, link, note);
  }
  const timeoutMs = Math.max(runTimeoutMs, projected * 3000);
  const local = `bench-${tool}-${ctx.workload.name}-${link.rttMs}-${index}-${runId}`;
  const targetUser = `${local}@${ctx.endpoints.providers.new.domain}`;
  await ctx.stack.createUser('new', local, ctx.endpoints.providers.new.domain, password);
  createdUsers.push({ provider: 'new', local, domain: ctx.endpoints.providers.new.domain });
  const dir = fs.mkdtempSync(path.join(work, `${tool}-${link.rttMs}-`));
  const rows: Row[] = [];
  // The same proxies (ports) for both runs: a re-run reaches the servers at the same address.
  const p = await startProxies(ctx.endpoints, link);
  try {
    for (const run of ['first', 're-run'] as const) {
      for (const proxy of [p.old, p.new]) {
        proxy.turns = 0;
        proxy.connections = 0;
        proxy.bytesUp = 0;
        proxy.bytesDown = 0;
      }
      const repeats = run === 'first' ? 1 : reruns;
      const tries: Awaited<ReturnType<typeof runTool>>[] = [];
      // Repeats only while they are short: a slow tool's re-run (dsync at 40 ms: ~80 s) is not noisy.
      const started = performance.now();
      for (let i = 0; i < repeats && (i === 0 || performance.now() - started < 10_000); i++) {
        tries.push(await runTool(ctx, tool, dir, p, targetUser, timeoutMs));
      }
      const r = medianRun(tries);
      const destinationMessages = await destinationCount(ctx.endpoints, targetUser);
      const turns = (p.old.turns + p.new.turns) / tries.length;
      const base = rowBase(ctx, tool, link, run);
      const row: Row = {
        ...base,
        runs: tries.length,
        seconds: Math.round(r.seconds * 100) / 100,
        ratioToLinkLimit:
          base.linkLimitSeconds === null
            ? null
            : Math.round((r.seconds / base.linkLimitSeconds) * 100) / 100,
        peakRssMb: Math.round(r.rssMb * 10) / 10,
        roundTripsPerMessage: Math.round((turns / messages) * 100) / 100,
        connections: Math.round((p.old.connections + p.new.connections) / tries.length),
        wireBytesUp: Math.round((p.old.bytesUp + p.new.bytesUp) / tries.length),
        wireBytesDown: Math.round((p.old.bytesDown + p.new.bytesDown) / tries.length),
        destinationMessages,
        ok: r.ok && destinationMessages >= messages,
      };
      if (r.note) row.note = r.note;
      else if (destinationMessages < messages)
        row.note = `only ${destinationMessages} of ${messages} messages on the destination`;
      if (minimalCaps && p.new.clientNonSyncLiterals > 0 && !row.note)
        row.note = `sent ${p.new.clientNonSyncLiterals} LITERAL+ literals it was not offered`;
      log(
        `${ctx.workload.name} ${tool} ${link.rttMs} ms ${linkLabel(link)} ${run}: ${row.seconds} s, ` +
          `${row.peakRssMb} MB, ${row.roundTripsPerMessage} rt/msg` +
          `${row.ratioToLinkLimit === null ? '' : `, ${row.ratioToLinkLimit} × link limit`}` +
          `${row.note ? ` — ${row.note}` : ''}`,
      );
      rows.push(row);
    }
  } finally {
    await stopProxies(p);
  }
  // This tool's copy is measured: its mail would only fill the disk (400 MB a copy for seed).
  removeHome('new', local, ctx.endpoints);
  return rows;
}

function removeHome(provider: 'old' | 'new', local: string, endpoints: Endpoints): void {
  const layout = stackLayout(endpoints.dir);
  const domain = endpoints.providers[provider].domain;
  if (local.startsWith('bench-'))
    fs.rmSync(path.join(layout.providers[provider].mailRoot, domain, local), {
      recursive: true,
      force: true,
    });
}

/** What × link limit divides by, said once per workload under the table. */
function footnotes(seeded: Map<string, Seeded>): string {
  const lines = workloads.map((w) => {
    const s = seeded.get(w.name);
    if (!s) return '';
    return (
      `${w.title}: ${s.messages} messages, ${(s.bytes / 1e6).toFixed(1)} MB of messages ` +
      `(seeded in ${s.seconds.toFixed(1)} s${s.cached ? ', from the cache' : ''}).`
    );
  });
  return [
    ...lines.filter(Boolean),
    '× link limit = wall time ÷ (the message bytes above × 8 ÷ the slower link direction the tool',
    'crosses): every byte of every message must go down from the old provider and up to the new',
    "one, so with 10/50 that is the 10 Mbit/s upload — except dsync, which runs on the new provider's",
    'own server (doveadm backup -R) and crosses only the download. IMAP and TLS overhead are on top',
    '(bench.json: wireBytesUp / wireBytesDown as measured at the proxies).',
    ...(minimalCaps
      ? [
          '(min caps): the new provider seen without LITERAL+, LITERAL-, MULTIAPPEND, UIDPLUS and every',
          'other extension but IMAP4rev1, AUTH=, SASL-IR, ID, IDLE, NAMESPACE, CHILDREN (dsync: n/a).',
        ]
      : []),
  ].join('\n');
}

function cleanUp(endpoints: Endpoints | undefined): void {
  for (const pid of children) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  for (const proxy of proxies) void proxy.close();
  fs.rmSync(work, { recursive: true, force: true });
  // Mail the bench wrote: each user's home under the provider's mail root.
  if (endpoints) for (const u of createdUsers) removeHome(u.provider, u.local, endpoints);
}

async function main(): Promise<void> {
  const stack = await connectMailStack();
  const endpoints = stack.endpoints;
  process.once('SIGINT', () => {
    cleanUp(endpoints);
    process.exit(130);
  });
  try {
    const [engine, cli] = await Promise.all([bundleEngine(), bundleCli()]);
    const baselineCli = baselineRef ? await bundleBaseline(baselineRef, work, log) : undefined;
    const rows: Row[] = [];
    const seeded = new Map<string, Seeded>();
    for (const w of workloads) {
      const domain = endpoints.providers.old.domain;
      const srcLocal = `bench-src-${w.name}-${runId}`;
      await stack.createUser('old', srcLocal, domain, password);
      createdUsers.push({ provider: 'old', local: srcLocal, domain });
      log(`${w.name}: seeding ${w.corpus.messages} messages…`);
      const s = await seedCorpus({
        endpoints,
        local: srcLocal,
        domain,
        password,
        name: w.name,
        corpus: w.corpus,
        useCache,
      });
      seeded.set(w.name, s);
      log(
        `${w.name}: ${s.messages} messages, ${(s.bytes / 1e6).toFixed(1)} MB, ` +
          `${s.cached ? 'copied from the cache' : 'seeded'} in ${s.seconds.toFixed(1)} s`,
      );
      const ctx: Context = {
        stack,
        endpoints,
        sourceUser: `${srcLocal}@${domain}`,
        engine,
        cli,
        baselineCli,
        workload: w,
        seeded: s,
      };
      for (const [index, link] of links.entries()) {
        for (const tool of toolsFor(w)) rows.push(...(await benchTool(ctx, tool, link, index)));
      }
      removeHome('old', srcLocal, endpoints);
    }
    for (const row of rows) {
      const base = rows.find(
        (r) =>
          r.tool === 'mbsync' &&
          !r.skipped &&
          r.workload === row.workload &&
          r.rttMs === row.rttMs &&
          r.link === row.link &&
          r.run === row.run,
      );
      row.ratioToMbsync =
        base && !row.skipped ? Math.round((row.seconds / base.seconds) * 100) / 100 : null;
    }
    const out = `${table(rows, baselineRef)}\n${footnotes(seeded)}`;
    process.stdout.write(`${out}\n`);
    const file = path.join(repoRoot, 'test-results', 'bench.json');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(
      file,
      `${JSON.stringify(
        {
          at: new Date().toISOString(),
          quick,
          workloads: Object.fromEntries(
            workloads.map((w) => [
              w.name,
              { title: w.title, options: w.corpus, ...seeded.get(w.name) },
            ]),
          ),
          links: links.map((l) => ({ ...l, label: linkLabel(l) })),
          minimalCaps,
          maxMinutes,
          linkLimit:
            'wall ÷ (message bytes × 8 ÷ the slower rate the tool crosses; dsync: download only)',
          host: { cpus: os.cpus().length, node: process.version },
          tuning,
          rows,
        },
        null,
        2,
      )}\n`,
    );
    log(`wrote ${path.relative(repoRoot, file)}`);
    if (rows.some((r) => !r.ok)) process.exitCode = 1;
  } finally {
    cleanUp(endpoints);
  }
}

await main();
