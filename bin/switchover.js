#!/usr/bin/env node
// The `switchover` command: the built CLI when present, otherwise straight from the sources.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'dist', 'main', 'cli.js');
if (existsSync(built)) {
  await import(pathToFileURL(built).href);
} else {
  const tsx = createRequire(import.meta.url).resolve('tsx');
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      pathToFileURL(tsx).href,
      path.join(root, 'src-main', 'cli', 'main.ts'),
      ...process.argv.slice(2),
    ],
    { stdio: 'inherit' },
  );
  process.exitCode = result.status ?? 1;
}
