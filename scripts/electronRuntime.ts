import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Electron ≥ 42 downloads its binary the first time `require('electron')` runs. Start-up and
 * tests must not trigger that by accident, so the binary is looked up without requiring it.
 */
const electronPackageDir = path.dirname(
  createRequire(import.meta.url).resolve('electron/package.json'),
);

export function findElectronBinary(): string | null {
  try {
    const relative = fs.readFileSync(path.join(electronPackageDir, 'path.txt'), 'utf8').trim();
    const binary = path.join(electronPackageDir, 'dist', relative);
    return fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** Tries Electron's own installer once, quietly; returns the binary or null when it can't. */
export function fetchElectronBinary(timeoutMs = 180_000): string | null {
  const result = spawnSync(process.execPath, [path.join(electronPackageDir, 'install.js')], {
    stdio: 'ignore',
    timeout: timeoutMs,
  });
  return result.status === 0 ? findElectronBinary() : null;
}
