// `npm run bench [-- --quick] [-- --rtt 0,40] [-- --tools switchover,mbsync,dsync] [-- --engine]`
// (--engine, or --tuning: the copy engine alone in a process instead of the shipped CLI)
// [-- --reruns N] (re-runs with nothing new per tool; the median is reported)
// [-- --baseline REF] (also the `switchover` command as built from git REF, e.g. main or a
// commit: a change's before and after measured in the same run, on the same servers)
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
import { fullCorpus, generateCorpus, quickCorpus } from './corpus';
import { TcpProxy } from './tcpProxy';
import { bundleBaseline, bundleCli, bundleEngine } from './bundles';
import { medianRun, table, type Row, type Tool } from './report';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const option = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const rtts = (option('--rtt') ?? '0,40').split(',').map(Number);
const baselineRef = option('--baseline');
const tools = (
  option('--tools') ?? `mbsync,dsync,switchover${baselineRef ? ',baseline' : ''}`
).split(',') as Tool[];
/** Engine settings to try (lever measurements), e.g. --tuning '{"targetConnections":1}'. */
const tuning = JSON.parse(option('--tuning') ?? '{}') as Record<string, unknown>;
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
  }, runTimeoutMs);
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

async function seedSource(stack: MailStackHandle, user: string): Promise<number> {
  const corpus = generateCorpus(quick ? quickCorpus : fullCorpus);
  const byFolder = new Map<string, typeof corpus>();
  for (const m of corpus) byFolder.set(m.folder, [...(byFolder.get(m.folder) ?? []), m]);
  // Parents first: `INBOX.Archive` before `INBOX.Archive.2019`.
  for (const [folder, messages] of [...byFolder].sort(([a], [b]) => a.localeCompare(b))) {
    await stack.seedMessages('old', user, folder, messages);
  }
  const bytes = corpus.reduce((n, m) => n + m.raw.length, 0);
  log(`seeded ${corpus.length} messages, ${(bytes / 1048576).toFixed(1)} MiB, into ${user}`);
  return corpus.length;
}

interface Context {
  stack: MailStackHandle;
  endpoints: Endpoints;
  sourceUser: string;
  engine: string;
  cli: string;
  baselineCli: string | undefined;
}

interface Proxies {
  old: TcpProxy;
  new: TcpProxy;
}

async function startProxies(endpoints: Endpoints, rttMs: number): Promise<Proxies> {
  const make = async (provider: 'old' | 'new') => {
    const p = endpoints.providers[provider];
    // Listening on the provider's own address keeps its certificate's IP name valid.
    const proxy = await TcpProxy.start({
      listenHost: p.host,
      targetHost: p.host,
      targetPort: p.imaps,
      rttMs,
    });
    proxies.add(proxy);
    return proxy;
  };
  return { old: await make('old'), new: await make('new') };
}

async function stopProxies(p: Proxies): Promise<void> {
  for (const proxy of [p.old, p.new]) {
    await proxy.close();
    proxies.delete(proxy);
  }
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
      );
      // Only the final summary: the progress lines before it are many.
      result.stdout = result.stdout.trim().split('\n').at(-1) ?? '';
    }
  } else if (tool === 'mbsync') {
    const config = mbsyncConfig(ctx, dir, p, targetUser);
    result = await measured('mbsync', ['-q', '-c', config, 'move'], env);
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

async function benchTool(
  ctx: Context,
  tool: Tool,
  rttMs: number,
  messages: number,
): Promise<Row[]> {
  const local = `bench-${tool}-${rttMs}-${runId}`;
  const targetUser = `${local}@${ctx.endpoints.providers.new.domain}`;
  await ctx.stack.createUser('new', local, ctx.endpoints.providers.new.domain, password);
  createdUsers.push({ provider: 'new', local, domain: ctx.endpoints.providers.new.domain });
  const dir = fs.mkdtempSync(path.join(work, `${tool}-${rttMs}-`));
  const rows: Row[] = [];
  // The same proxies (ports) for both runs: a re-run reaches the servers at the same address.
  const p = await startProxies(ctx.endpoints, rttMs);
  try {
    for (const run of ['first', 're-run'] as const) {
      for (const proxy of [p.old, p.new]) {
        proxy.turns = 0;
        proxy.connections = 0;
      }
      const repeats = run === 'first' ? 1 : reruns;
      const tries: Awaited<ReturnType<typeof runTool>>[] = [];
      // Repeats only while they are short: a slow tool's re-run (dsync at 40 ms: ~80 s) is not noisy.
      const started = performance.now();
      for (let i = 0; i < repeats && (i === 0 || performance.now() - started < 10_000); i++) {
        tries.push(await runTool(ctx, tool, dir, p, targetUser));
      }
      const r = medianRun(tries);
      const destinationMessages = await destinationCount(ctx.endpoints, targetUser);
      const turns = (p.old.turns + p.new.turns) / tries.length;
      const row: Row = {
        tool,
        rttMs,
        run,
        runs: tries.length,
        seconds: Math.round(r.seconds * 100) / 100,
        ratioToMbsync: null,
        peakRssMb: Math.round(r.rssMb * 10) / 10,
        roundTripsPerMessage: Math.round((turns / messages) * 100) / 100,
        connections: Math.round((p.old.connections + p.new.connections) / tries.length),
        destinationMessages,
        ok: r.ok && destinationMessages >= messages,
      };
      if (r.note) row.note = r.note;
      else if (destinationMessages < messages)
        row.note = `only ${destinationMessages} of ${messages} messages on the destination`;
      log(
        `${tool} ${rttMs} ms ${run}: ${row.seconds} s, ${row.peakRssMb} MB, ` +
          `${row.roundTripsPerMessage} rt/msg${row.note ? ` — ${row.note}` : ''}`,
      );
      rows.push(row);
    }
  } finally {
    await stopProxies(p);
  }
  return rows;
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
  if (endpoints) {
    const layout = stackLayout(endpoints.dir);
    for (const u of createdUsers) {
      const home = path.join(layout.providers[u.provider].mailRoot, u.domain, u.local);
      if (u.local.startsWith('bench-')) fs.rmSync(home, { recursive: true, force: true });
    }
  }
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
    const srcLocal = `bench-src-${runId}`;
    const sourceUser = `${srcLocal}@${endpoints.providers.old.domain}`;
    await stack.createUser('old', srcLocal, endpoints.providers.old.domain, password);
    createdUsers.push({ provider: 'old', local: srcLocal, domain: endpoints.providers.old.domain });
    const messages = await seedSource(stack, sourceUser);
    const ctx: Context = { stack, endpoints, sourceUser, engine, cli, baselineCli };
    const rows: Row[] = [];
    for (const rttMs of rtts) {
      for (const tool of tools) rows.push(...(await benchTool(ctx, tool, rttMs, messages)));
    }
    for (const row of rows) {
      const base = rows.find(
        (r) => r.tool === 'mbsync' && r.rttMs === row.rttMs && r.run === row.run,
      );
      row.ratioToMbsync = base ? Math.round((row.seconds / base.seconds) * 100) / 100 : null;
    }
    const out = table(rows, baselineRef);
    process.stdout.write(`${out}\n`);
    const file = path.join(repoRoot, 'test-results', 'bench.json');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(
      file,
      `${JSON.stringify(
        {
          at: new Date().toISOString(),
          quick,
          corpus: { messages },
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
