// The `switchover` command's bundle, shared by the build and the benchmark (which must measure
// exactly what ships). Split per command: `switchover copy` loads the copy engine's chunk only,
// not every command's dependencies (zod, imapflow, conf: ~0.2 s of start-up together).
import fs from 'node:fs';
import path from 'node:path';
import { build, type BuildOptions } from 'esbuild';

export async function buildCli(outdir: string, common: BuildOptions = {}): Promise<string> {
  // Chunk names change with their contents: old ones would pile up.
  fs.rmSync(path.join(outdir, 'cli-chunks'), { recursive: true, force: true });
  await build({
    bundle: true,
    platform: 'node',
    target: 'node22',
    packages: 'external',
    logLevel: 'warning',
    ...common,
    entryPoints: { cli: 'src-main/cli/main.ts' },
    outdir,
    chunkNames: 'cli-chunks/[name]-[hash]',
    splitting: true,
    format: 'esm',
  });
  return path.join(outdir, 'cli.js');
}
