// `npm start`: build if needed, then the desktop app; where the Electron runtime cannot be
// fetched, the same UI in the browser through the bridge.
import { spawn, spawnSync } from 'node:child_process';
import { isBuildFresh } from './buildFreshness';
import { fetchElectronBinary, findElectronBinary } from './electronRuntime';

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function launch(command: string, args: string[]): void {
  const child = spawn(command, args, { stdio: 'inherit' });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code) => process.exit(code ?? 0));
}

if (!isBuildFresh()) run(process.execPath, ['--import', 'tsx', 'scripts/build.ts']);

const electron = findElectronBinary() ?? fetchElectronBinary();
if (electron) {
  launch(electron, ['.']);
} else {
  console.log(
    'The Electron runtime is not installed and could not be downloaded here, so Switchover opens in your browser instead.',
  );
  launch(process.execPath, ['dist/main/browserMode.js']);
}
