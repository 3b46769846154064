import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { isProcessAlive } from '../copy';
import { claimPartialFolder } from './backupFileNames';
import { removeFolder } from './patientFs';

/**
 * Unfinished backup folders of runs that were killed (crash, power cut, Task Manager) hold a
 * whole copy of the mail that nobody will ever use. Each run removes them as it starts, except
 * those of running backups: this process's own (kept here) and another Switchover process's
 * (the command line next to the app), recognised by the owner file holding a live process id.
 */

/** Only these are ever removed: exactly what claimPartialFolder makes, nothing else. */
const stalePattern = /^Old mail backup .+\.partial$/;

/** Inside each unfinished folder: the id of the process writing it. Removed before the rename. */
export const ownerFileName = '.switchover-owner';

/** Unfinished folders of backups running in this process (absolute paths). */
const owned = new Set<string>();

/** Claims a fresh unfinished folder, marked as this process's and remembered as running. */
export function claimOwnedPartial(dir: string, base: string): { name: string; partial: string } {
  const claimed = claimPartialFolder(dir, base);
  owned.add(path.resolve(claimed.partial));
  try {
    fs.writeFileSync(path.join(claimed.partial, ownerFileName), String(process.pid), {
      mode: 0o600,
    });
  } catch (error) {
    fs.rmSync(claimed.partial, { recursive: true, force: true });
    releaseOwnedPartial(claimed.partial);
    throw error;
  }
  return claimed;
}

/** The folder was renamed or removed: no longer this process's running backup. */
export function releaseOwnedPartial(partial: string): void {
  owned.delete(path.resolve(partial));
}

/** Before the rename: a finished backup holds only mbox files. */
export async function dropOwnerFile(partial: string): Promise<void> {
  await fsp.rm(path.join(partial, ownerFileName), { force: true });
}

/** Is another live process writing this folder? (This process's own are in `owned`.) */
async function ownedElsewhere(folder: string): Promise<boolean> {
  const text = await fsp.readFile(path.join(folder, ownerFileName), 'utf8').catch(() => '');
  const pid = Number.parseInt(text.trim(), 10);
  if (!Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid) return false;
  return isProcessAlive(pid);
}

/**
 * Removes every `Old mail backup *.partial` folder in `dir` that no running backup owns.
 * Best effort: a folder that cannot be removed now is tried again next time. Returns the names
 * removed.
 */
export async function removeStalePartials(dir: string): Promise<string[]> {
  const entries = await fsp.readdir(dir, { withFileTypes: true }).catch(() => []);
  const removed: string[] = [];
  for (const entry of entries) {
    // A real folder only: never a file, never a link (whose target could be anything).
    if (!entry.isDirectory() || !stalePattern.test(entry.name)) continue;
    const folder = path.resolve(dir, entry.name);
    if (owned.has(folder) || (await ownedElsewhere(folder))) continue;
    // Checked again right before: a backup of this process may have claimed it meanwhile.
    if (owned.has(folder)) continue;
    try {
      await removeFolder(folder);
      removed.push(entry.name);
    } catch {
      // Left for the next run.
    }
  }
  return removed;
}
