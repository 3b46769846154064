// Quitting with a copy and a backup running: both are told to stop at once, and a stalled one
// cannot keep Switchover from quitting.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeJobs } from '../../src-main/app/closeJobs';

const source = (file: string) => fs.readFileSync(path.join(__dirname, '../../', file), 'utf8');

describe('closing the jobs on quit', () => {
  it('the desktop app and browser mode close the copy and the backup together', () => {
    expect(source('src-main/app/main.ts')).toMatch(
      /app\.on\('before-quit'[\s\S]*closeJobs\(\[backend\.copyJobs\.close\(\), backend\.backups\.close\(\)\]\)/,
    );
    expect(source('src-main/bridge/browserMode.ts')).toMatch(
      /Promise\.allSettled\(\[backend\.copyJobs\.close\(\), backend\.backups\.close\(\)\]\)[\s\S]*bridge\.close\(\)/,
    );
  });

  it('waits for every close to finish', async () => {
    const done: string[] = [];
    const slow = (name: string, ms: number) =>
      new Promise<void>((r) => setTimeout(r, ms)).then(() => void done.push(name));
    const started = Date.now();
    await closeJobs([slow('copy', 150), slow('backup', 300)], 5000);
    expect(done).toEqual(['copy', 'backup']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('a close that never ends is cut off at the bound; one that fails does not stop the wait', async () => {
    const started = Date.now();
    await expect(closeJobs([new Promise(() => undefined)], 200)).resolves.toBeUndefined();
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(190);
    expect(took).toBeLessThan(3000);
    let backupClosed = false;
    const backup = new Promise<void>((r) => setTimeout(r, 100)).then(() => {
      backupClosed = true;
    });
    await expect(
      closeJobs([Promise.reject(new Error('stalled server')), backup], 5000),
    ).resolves.toBeUndefined();
    expect(backupClosed).toBe(true);
  });
});
