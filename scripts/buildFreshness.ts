import fs from 'node:fs';
import path from 'node:path';

const sources = ['src-main', 'src-renderer', 'vite.config.ts', 'package.json'];
const outputs = [
  'dist/main/main.js',
  'dist/main/preload.cjs',
  'dist/main/browserMode.js',
  'dist/main/cli.js',
  'dist/renderer/index.html',
];

function newestMtime(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...fs.readdirSync(entry).map((name) => newestMtime(path.join(entry, name))),
  );
}

/** True when every output exists and is newer than every source. */
export function isBuildFresh(root = process.cwd()): boolean {
  const built = outputs.map((file) =>
    fs.statSync(path.join(root, file), { throwIfNoEntry: false }),
  );
  if (built.some((stat) => !stat)) return false;
  const oldestOutput = Math.min(...built.map((stat) => stat?.mtimeMs ?? 0));
  return sources.every((source) => newestMtime(path.join(root, source)) < oldestOutput);
}
