// Starting, watching and ending the daemons. Pids come from state.json and pid files, so before
// signalling anything we check /proc that the pid still runs the program we started (pid reuse).

import { execFile, spawn } from 'node:child_process';
import type { SpawnOptions } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';

/** Our environment, with the sbin directories (dovecot, postfix, dnsmasq) on PATH. */
export function commandEnv(): NodeJS.ProcessEnv {
  const parts = (process.env.PATH ?? '/usr/bin:/bin').split(':');
  for (const dir of ['/usr/sbin', '/sbin']) if (!parts.includes(dir)) parts.push(dir);
  return { ...process.env, PATH: parts.join(':') };
}

export interface RunResult {
  stdout: string;
  stderr: string;
}

/** Runs a command to completion; a non-zero exit becomes an Error carrying its output. */
export function run(
  command: string,
  args: readonly string[],
  options: { input?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      command,
      args,
      {
        env: options.env ?? commandEnv(),
        timeout: options.timeoutMs ?? 30_000,
        maxBuffer: 16 << 20,
      },
      (error, stdout, stderr) => {
        if (error) {
          const output = `${stdout}${stderr}`.trim();
          const how = error.code === undefined ? error.message : `exit ${String(error.code)}`;
          reject(new Error(`${command} ${args.join(' ')} failed (${how})\n${output}`));
        } else {
          resolve({ stdout, stderr });
        }
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

/**
 * Runs a command that daemonises (dovecot, postfix start, dnsmasq, dbus-daemon --fork). Its output
 * goes to a log file, not to pipes: the daemon inherits them and would keep a pipe open forever.
 */
export function runDaemonizer(
  command: string,
  args: readonly string[],
  logPath: string,
  options: { env?: NodeJS.ProcessEnv } = {},
): Promise<void> {
  const log = fs.openSync(logPath, 'a');
  const child = spawn(command, args, {
    stdio: ['ignore', log, log],
    env: options.env ?? commandEnv(),
  });
  fs.closeSync(log);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, sig) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} exited with ${String(code ?? sig)}`));
    });
  });
}

/**
 * Starts a long-lived process detached from us (own session, output to a log file), so it survives
 * the CLI that started it. Resolves with its pid once spawned.
 */
export function spawnDetached(
  command: string,
  args: readonly string[],
  logPath: string,
  options: { env?: NodeJS.ProcessEnv; cwd?: string; input?: string } = {},
): Promise<number> {
  const log = fs.openSync(logPath, 'a');
  const spawnOptions: SpawnOptions = {
    detached: true,
    stdio: [options.input === undefined ? 'ignore' : 'pipe', log, log],
    env: options.env ?? commandEnv(),
    cwd: options.cwd,
  };
  const child = spawn(command, args, spawnOptions);
  fs.closeSync(log);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('spawn', () => {
      if (options.input !== undefined) child.stdin?.end(options.input);
      child.unref();
      if (child.pid === undefined) reject(new Error(`${command}: no pid`));
      else resolve(child.pid);
    });
  });
}

/** The program name of a live pid, or undefined if it is gone (zombies count as gone). */
function programOf(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    if (state === 'Z' || state === 'X') return undefined;
    return stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
  } catch {
    return undefined;
  }
}

/**
 * True when pid is alive and (if given) runs `program`: its /proc comm (≤ 15 chars) is a prefix
 * of it, or its command line mentions it (Node names its main thread "MainThread").
 */
export function isRunning(pid: number, program?: string): boolean {
  const comm = programOf(pid);
  if (comm === undefined) return false;
  if (program === undefined || program.startsWith(comm)) return true;
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(program);
  } catch {
    return false;
  }
}

function parentOf(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[1]);
  } catch {
    return undefined;
  }
}

/** All live descendants of pid (Dovecot and Postfix masters fork workers we must also see gone). */
export function descendantsOf(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const child = Number(entry);
    const parent = parentOf(child);
    if (parent === undefined) continue;
    const list = children.get(parent) ?? [];
    list.push(child);
    children.set(parent, list);
  }
  const result: number[] = [];
  const queue = [pid];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const child of children.get(next) ?? []) {
      result.push(child);
      queue.push(child);
    }
  }
  return result;
}

export async function waitUntilGone(pids: readonly number[], limitMs: number): Promise<number[]> {
  const deadline = Date.now() + limitMs;
  let alive = pids.filter((pid) => isRunning(pid));
  while (alive.length > 0 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 25));
    alive = alive.filter((pid) => isRunning(pid));
  }
  return alive;
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // Already gone.
  }
}

/**
 * Ends a daemon and everything it forked: SIGTERM (its own clean shutdown), then SIGKILL for
 * whatever is left after the grace period. Returns once none of them exist.
 */
export async function terminateTree(
  pid: number,
  program: string,
  graceMs = 5000,
): Promise<number[]> {
  if (!isRunning(pid, program)) return [];
  const family = [pid, ...descendantsOf(pid)];
  signal(pid, 'SIGTERM');
  const survivors = await waitUntilGone(family, graceMs);
  if (survivors.length === 0) return family;
  for (const survivor of survivors) signal(survivor, 'SIGKILL');
  const stubborn = await waitUntilGone(survivors, 2000);
  if (stubborn.length > 0) {
    throw new Error(`mailstack: processes ${stubborn.join(', ')} (${program}) would not exit`);
  }
  return family;
}

/**
 * Daemons are children of pid 1, which here reaps them lazily; until it does they show up in
 * `ps` as <defunct>. Give it a moment (best effort) so a stopped stack leaves nothing visible.
 */
export async function waitUntilReaped(pids: readonly number[], limitMs = 3000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (pids.some((pid) => fs.existsSync(`/proc/${pid}`)) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function readPidFile(path: string): Promise<number | undefined> {
  try {
    const pid = Number((await fsp.readFile(path, 'utf8')).trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Polls for a pid file written by a daemonising program. */
export async function waitForPidFile(
  path: string,
  describeFailure: () => Promise<string>,
  limitMs = 10_000,
): Promise<number> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const pid = await readPidFile(path);
    if (pid !== undefined && isRunning(pid)) return pid;
    if (Date.now() > deadline) {
      throw new Error(
        `mailstack: no live pid in ${path} after ${limitMs} ms\n${await describeFailure()}`,
      );
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The last lines of a log file, for error messages that say why something did not come up. */
export async function tailOfFile(path: string, lines = 20): Promise<string> {
  try {
    const text = await fsp.readFile(path, 'utf8');
    const tail = text.trimEnd().split('\n').slice(-lines).join('\n');
    return `--- last lines of ${path} ---\n${tail}`;
  } catch {
    return `(no log at ${path})`;
  }
}
