import type { spawn as spawnType } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeFileAtomicSync } from '../files';

/**
 * The page that carries the bridge's token to the browser, the way notebook servers do it: a
 * file only this person can read, which forwards to the address with the token. The browser's
 * command line — visible to every user of the computer in the process list — then holds only
 * the file's name, never the token.
 */
export function writeLaunchFile(bridgeUrl: string, dir: string): string {
  const file = path.join(dir, 'open-switchover.html');
  const target = JSON.stringify(bridgeUrl).replace(/</g, '\\u003c');
  const attribute = bridgeUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const page = [
    '<!doctype html>',
    '<meta charset="utf-8">',
    `<meta http-equiv="refresh" content="0;url=${attribute}">`,
    '<title>Switchover</title>',
    `<script>location.replace(${target});</script>`,
    `<p><a href="${attribute}">Open Switchover</a></p>`,
    '',
  ].join('\n');
  // Private: the folder is made 0700 and the file 0600 if they do not exist yet.
  writeFileAtomicSync(file, page, { private: true });
  return file;
}

export interface OpenBrowserOptions {
  /** Where the launch file goes (a private folder of the person's). */
  dir: string;
  platform?: NodeJS.Platform;
  spawn: typeof spawnType;
}

/** Opens the app in the default browser through the launch file; the file's path is returned. */
export function openInBrowser(bridgeUrl: string, options: OpenBrowserOptions): string {
  const file = writeLaunchFile(bridgeUrl, options.dir);
  const platform = options.platform ?? process.platform;
  const opener = platform === 'darwin' ? 'open' : platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = options.spawn(opener, [pathToFileURL(file).href], {
    stdio: 'ignore',
    detached: true,
  });
  child.on('error', () => console.log('Open the address above in your browser.'));
  child.unref();
  return file;
}
