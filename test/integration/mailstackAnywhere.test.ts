// Regression: with the checkout below a directory the mail servers' own users (dovecot, dovenull,
// postfix) cannot enter — a 0700 `mktemp -d`, a 0750 home — Postfix failed with "open lock file
// …/master.lock: Permission denied" and the whole suite with it. Here a copy of test/mailstack
// below a 0700 directory starts a stack of its own and proves it delivers mail. It runs in its own
// network namespace (`unshare --net`): there the fixed loopback addresses and ports are free,
// although the suite's stack holds them out here.

import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isMailStackRunning } from '../mailstack';
import { repoRoot, stackDirFor, stackLayout } from '../mailstack/layout';
import type { SelfCheckReport } from '../mailstack/selfCheck';
import { resolveDir } from '../mailstack/stack';
import { readState } from '../mailstack/state';

const ipCommand = ['/usr/sbin/ip', '/sbin/ip', '/usr/bin/ip', '/bin/ip'].find((p) =>
  fs.existsSync(p),
);
/** A network namespace of its own needs root (CAP_SYS_ADMIN) and `ip` to bring its loopback up. */
const netnsWorks =
  ipCommand !== undefined &&
  spawnSync('unshare', ['--net', ipCommand, 'link', 'set', 'lo', 'up'], { timeout: 10_000 })
    .status === 0;

interface ChildRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the copy's `cli.ts <command>` (its own repoRoot, so its own stack dir); killed at the limit. */
function runCopiedCli(
  checkout: string,
  command: string,
  timeoutMs: number,
  netns: boolean,
): Promise<ChildRun> {
  const node = [process.execPath, '--import', 'tsx', 'test/mailstack/cli.ts', command];
  const [file, ...args] = netns
    ? ['unshare', '--net', 'sh', '-c', `${ipCommand} link set lo up && exec "$@"`, 'sh', ...node]
    : node;
  const env = { ...process.env };
  delete env.MAILSTACK_DIR;
  delete env.MAILSTACK_PORTS;
  return new Promise((resolve) => {
    execFile(
      file ?? 'false',
      args,
      { cwd: checkout, env, timeout: timeoutMs, killSignal: 'SIGKILL' },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe.skipIf(!netnsWorks)('the test mail stack, from a checkout anywhere', () => {
  let closed: string | undefined;
  let stackDir: string | undefined;

  afterAll(async () => {
    // Whatever happened: end the copy's daemons, then remove its stack dir and the copy.
    if (closed === undefined) return;
    const checkout = path.join(closed, 'checkout');
    if (fs.existsSync(path.join(checkout, 'test', 'mailstack', 'cli.ts'))) {
      await runCopiedCli(checkout, 'stop', 30_000, false);
    }
    if (stackDir !== undefined) fs.rmSync(stackDir, { recursive: true, force: true });
    fs.rmSync(closed, { recursive: true, force: true });
  }, 60_000);

  it('starts below a 0700 directory, delivers mail on both providers and leaves the suite’s stack alone', async () => {
    closed = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-closed-'));
    expect(fs.statSync(closed).mode & 0o777).toBe(0o700);
    const checkout = path.join(closed, 'checkout');
    fs.cpSync(path.join(repoRoot, 'test', 'mailstack'), path.join(checkout, 'test', 'mailstack'), {
      recursive: true,
    });
    fs.copyFileSync(path.join(repoRoot, 'package.json'), path.join(checkout, 'package.json'));
    fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(checkout, 'node_modules'));
    stackDir = stackDirFor(checkout);
    expect(stackDir).not.toBe(resolveDir());

    const suiteState = stackLayout(resolveDir()).stateFile;
    const suiteBefore = await readState(suiteState);
    const suiteRunning = await isMailStackRunning();

    const check = await runCopiedCli(checkout, 'check', 100_000, true);
    expect(check.code, `mailstack check failed:\n${check.stderr}`).toBe(0);
    const report = JSON.parse(check.stdout) as SelfCheckReport;
    expect(report.dir).toBe(stackDir);
    expect(report.startedHere).toBe(true);
    expect(report.providers.map((p) => [p.provider, p.smtpGreeting.split(' ')[0]])).toEqual([
      ['old', '220'],
      ['new', '220'],
    ]);
    expect(report.providers[0]?.smtpGreeting).toContain('mail.old.test');
    expect(fs.statSync(stackDir).mode & 0o777).toBe(0o755);
    expect(fs.readlinkSync(path.join(checkout, '.mailstack', 'stack'))).toBe(stackDir);

    // Another checkout's stack did not touch this one's.
    expect(await isMailStackRunning()).toBe(suiteRunning);
    expect((await readState(suiteState))?.startedAt).toBe(suiteBefore?.startedAt);
  }, 150_000);
});
