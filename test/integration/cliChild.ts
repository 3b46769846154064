// `switchover <command>` in a child process, as a helper at a terminal runs it, for the tests of
// every command: its exit code, its JSON lines (`--json`), and what it wrote to stderr.

import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../mailstack/layout';

export interface CliRun {
  code: number | null;
  out: string;
  err: string;
  /** Each line of stdout that is a JSON object (`--json`), parsed; a text line is left out. */
  lines: Record<string, unknown>[];
  ms: number;
  /** When stdout last arrived (ms from the start): `ms - lastOutputMs` is how long it lingered. */
  lastOutputMs: number;
}

/**
 * Runs the built command (bin/switchover.js, which `npm test` builds first) or, with
 * `sources`, src-main/cli/main.ts through tsx. `env` is the child's whole environment; stdin is
 * not a terminal, so no password prompt can appear. Killed after `timeoutMs`.
 */
export async function runSwitchover(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  options: { sources?: boolean; timeoutMs?: number } = {},
): Promise<CliRun> {
  const entry = options.sources
    ? ['--import', 'tsx', path.join(repoRoot, 'src-main', 'cli', 'main.ts')]
    : [path.join(repoRoot, 'bin', 'switchover.js')];
  const started = Date.now();
  const child = spawn(process.execPath, [...entry, ...args], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  let lastOutputMs = 0;
  child.stdout.on('data', (c: Buffer) => {
    out += c.toString();
    lastOutputMs = Date.now() - started;
  });
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 90_000);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  const lines = out
    .trim()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code, out, err, lines, ms: Date.now() - started, lastOutputMs };
}
