import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import packageJson from '../../package.json';
import { createBackend } from '../backend';
import { keepHeapSmall } from '../copy';
import { defaultDataDirectory } from '../paths';
import { findKitArgument } from '../kit';
import { openFileSettings } from '../store';
import { startBridge } from './bridgeServer';
import { openInBrowser } from './openBrowser';

/**
 * Entry point of browser mode (`npm start` where the Electron runtime cannot be fetched): the
 * same backend behind the bridge, the built renderer served beside it.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = process.env.SWITCHOVER_RENDERER_DIR ?? path.resolve(here, '../renderer');
// Before the backend allocates anything (why: copy/smallHeap.ts).
keepHeapSmall();

const backend = createBackend({
  name: packageJson.productName,
  version: packageJson.version,
  platform: process.platform,
  runtime: 'browser',
  systemLocale: Intl.DateTimeFormat().resolvedOptions().locale,
  settings: openFileSettings(),
});
const bridge = await startBridge({ ...backend, rendererDir });
// A kit given on the command line (`npm start -- kit.switchover`, a file association) comes from
// outside: it is offered in the window, used only once the person says yes.
const kitArgument = findKitArgument(process.argv.slice(2));
if (kitArgument !== undefined) {
  try {
    backend.kits.offer(kitArgument);
  } catch {
    console.log('That kit could not be read; open it from the Welcome screen to see why.');
  }
}

console.log(`Switchover is running at ${bridge.url}`);
console.log('Keep this window open while you use Switchover; press Ctrl+C to stop.');

let launchFile: string | undefined;
if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY || process.platform !== 'linux') {
  launchFile = openInBrowser(bridge.url, { dir: defaultDataDirectory(), spawn });
}

// Ctrl+C stops a running copy (its state saved) and backup first, bounded like the desktop app's
// quit; a second Ctrl+C does not wait.
let stopping = false;
const stop = () => {
  if (stopping) process.exit(130);
  stopping = true;
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, 5000);
  });
  void Promise.race([
    Promise.allSettled([backend.copyJobs.close(), backend.backups.close()]),
    bound,
  ])
    .then(() => clearTimeout(timer))
    .then(() => bridge.close())
    .then(() => launchFile && fs.rmSync(launchFile, { force: true }))
    .finally(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
