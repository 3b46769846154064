// What the bench runs of Switchover: the shipped command (also as built from another commit,
// --baseline) and the engine alone (lever measurements).

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { repoRoot } from '../mailstack/layout';
import { buildCli } from '../../scripts/cliBuild';

/** The shipped `switchover` command, bundled exactly as `npm run build` bundles it. */
export function bundleCli(): Promise<string> {
  return buildCli(path.join(repoRoot, 'test-results', 'bench', 'cli'));
}

/**
 * The `switchover` command of another commit, bundled the same way (its src-main from git, the
 * bundle beside this one so its packages resolve from this checkout's node_modules).
 */
export async function bundleBaseline(
  ref: string,
  work: string,
  log: (text: string) => void,
): Promise<string> {
  const commit = execFileSync('git', ['-C', repoRoot, 'rev-parse', '--verify', `${ref}^{commit}`], {
    encoding: 'utf8',
  }).trim();
  const tree = fs.mkdtempSync(path.join(work, 'baseline-'));
  const archive = execFileSync('git', [
    '-C',
    repoRoot,
    'archive',
    '--format=tar',
    commit,
    'src-main',
  ]);
  execFileSync('tar', ['-x', '-C', tree], { input: archive });
  log(`baseline: ${ref} = ${commit.slice(0, 10)}`);
  return buildCli(path.join(repoRoot, 'test-results', 'bench', 'baseline'), {
    absWorkingDir: tree,
  });
}

/** The engine alone in a process (lever measurements: --tuning, BENCH_NODE_ARGS, memory by kind). */
export async function bundleEngine(): Promise<string> {
  // Inside the repo so the bundle's bare imports (imapflow…) resolve from node_modules.
  const outfile = path.join(repoRoot, 'test-results', 'bench', 'copyChild.mjs');
  await build({
    entryPoints: [path.join(repoRoot, 'test', 'bench', 'copyChild.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  return outfile;
}
