// Builds everything `npm start` and the tests run: the renderer (Vite), the Electron main
// process and preload, and browser mode (esbuild). Dependencies stay external (node_modules).
import { build as esbuild, type BuildOptions } from 'esbuild';
import { build as viteBuild } from 'vite';
import { buildCli } from './cliBuild';
import { oauthClientsDefine } from './oauthClientsDefine';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  define: oauthClientsDefine(),
} satisfies BuildOptions;

await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
await Promise.all([
  esbuild({
    ...common,
    entryPoints: { main: 'src-main/app/main.ts' },
    outdir: 'dist/main',
    format: 'esm',
  }),
  // A sandboxed preload cannot be an ES module.
  esbuild({
    ...common,
    entryPoints: { preload: 'src-main/app/preload.ts' },
    outdir: 'dist/main',
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
  }),
  esbuild({
    ...common,
    entryPoints: { browserMode: 'src-main/bridge/browserMode.ts' },
    outdir: 'dist/main',
    format: 'esm',
  }),
  buildCli('dist/main', common),
]);
console.log('Built dist/renderer and dist/main.');
