import type { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openInBrowser, writeLaunchFile } from '../../src-main/bridge';

// Browser mode hands the bridge's token to the browser through a file only the person can read:
// the browser's command line (in every user's process list) never carries the token.

const url = 'http://127.0.0.1:41234/#token=s3cr3t-T0ken_abc';
let dir: string;
beforeEach(() => {
  dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-launch-')), 'data');
});
afterEach(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));

describe('the launch file', () => {
  it('is private and forwards to the address with the token', () => {
    const file = writeLaunchFile(url, dir);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    const page = fs.readFileSync(file, 'utf8');
    expect(page).toContain(`<meta http-equiv="refresh" content="0;url=${url}">`);
    expect(page).toContain(`location.replace(${JSON.stringify(url)})`);
  });

  it('cannot be broken out of by an address with markup in it', () => {
    const page = fs.readFileSync(
      writeLaunchFile('http://127.0.0.1:1/#token="><script>x</script>', dir),
      'utf8',
    );
    expect(page).not.toContain('"><script>x');
    expect(page.match(/<script>/g)).toHaveLength(1);
  });

  it('is what the browser is given: its command line holds no token', () => {
    const calls: { command: string; args: readonly string[] }[] = [];
    const fakeSpawn = ((command: string, args: readonly string[]) => {
      calls.push({ command, args });
      return Object.assign(new EventEmitter(), { unref: () => undefined });
    }) as unknown as typeof spawn;
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const file = openInBrowser(url, { dir, platform, spawn: fakeSpawn });
      const call = calls.at(-1);
      expect(call?.command).toBe(
        { linux: 'xdg-open', darwin: 'open', win32: 'explorer' }[platform],
      );
      expect(call?.args.join(' ')).not.toContain('s3cr3t');
      expect(fileURLToPath(call?.args[0] ?? '')).toBe(file);
    }
  });
});
