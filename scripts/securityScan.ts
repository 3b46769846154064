// Electronegativity (Doyensec's Electron security linter) over the code that ships: the main
// process and preload (src-main), the renderer with its index.html and CSP (src-renderer) and
// package.json. Fails on any finding of medium severity or above, and on any file it cannot parse
// (an unparsed file is an unscanned file). A finding judged safe is silenced only by an
// `eng-disable` comment on its line, next to the reason.
//
// The TypeScript sources are scanned rather than dist/: the tool's parser cannot read the bundled
// output (private class fields), and would then report the app's navigation lock as missing.
// Offline by design: the tool's translation and Electron-release downloads are replaced with an
// immediate failure (its got client otherwise crashes the process when there is no network), and
// AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK, which only compares against that release list, is off:
// the Electron version is pinned and updated through package.json instead.
import fs from 'node:fs';
import { createRequire, type Module } from 'node:module';
import os from 'node:os';
import path from 'node:path';

interface Issue {
  id: string;
  file: string;
  location: { line: number; column: number };
  sample?: string;
  description: string;
  severity: { value: number; name: string };
  confidence: { name: string };
}
type Run = (options: Record<string, unknown>) => Promise<{
  globalChecks: number;
  atomicChecks: number;
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: Issue[];
}>;

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const runnerPath = require.resolve('@doyensec/electronegativity');

function stubNetwork(): void {
  const offline = Object.assign(() => Promise.reject(new Error('offline scan')), {
    head: () => Promise.reject(new Error('offline scan')),
  });
  const requirers = [
    path.join(path.dirname(runnerPath), 'locales/i18n.js'),
    path.join(
      path.dirname(runnerPath),
      'finder/checks/GlobalChecks/AvailableSecurityFixesGlobalCheck.js',
    ),
  ];
  for (const requirer of requirers) {
    const gotPath = createRequire(requirer).resolve('got');
    require.cache[gotPath] = {
      id: gotPath,
      filename: gotPath,
      loaded: true,
      exports: offline,
    } as unknown as Module;
  }
}

function stage(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-electronegativity-'));
  for (const part of ['src-main', 'src-renderer']) {
    fs.cpSync(path.join(root, part), path.join(dir, part), { recursive: true });
  }
  fs.copyFileSync(path.join(root, 'package.json'), path.join(dir, 'package.json'));
  return dir;
}

async function main(): Promise<number> {
  stubNetwork();
  const run = require(runnerPath) as Run;
  const electronVersion = (require('electron/package.json') as { version: string }).version;
  const input = stage();
  // Its rule texts are global and printed through console.log; keep only our summary.
  const log = console.log;
  console.log = () => undefined;
  let result: Awaited<ReturnType<Run>>;
  try {
    result = await run({
      input,
      isRelative: true,
      customScan: [],
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    });
  } finally {
    console.log = log;
    fs.rmSync(input, { recursive: true, force: true });
  }
  const medium = 2; // severity values: INFORMATIONAL 0, LOW 1, MEDIUM 2, HIGH 3
  const relevant = result.issues.filter((issue) => issue.severity.value >= medium);
  const unparsed = result.errors.filter((error) => !error.tolerable);
  const bySeverity = new Map<string, number>();
  for (const issue of result.issues) {
    bySeverity.set(issue.severity.name, (bySeverity.get(issue.severity.name) ?? 0) + 1);
  }
  console.log(
    `Electronegativity (Electron ${electronVersion}): ${result.globalChecks + result.atomicChecks} checks; ` +
      `findings by severity ${JSON.stringify(Object.fromEntries(bySeverity))}; ` +
      `${relevant.length} medium or above; ${unparsed.length} unparsed files.`,
  );
  for (const issue of relevant) {
    console.log(
      `  ${issue.severity.name} ${issue.id} ${issue.file}:` +
        `${issue.location.line}:${issue.location.column} ${issue.description}` +
        (issue.sample ? `\n    ${issue.sample.trim()}` : ''),
    );
  }
  for (const error of unparsed) console.log(`  could not parse ${error.file}: ${error.message}`);
  return relevant.length === 0 && unparsed.length === 0 ? 0 : 1;
}

process.exitCode = await main();
