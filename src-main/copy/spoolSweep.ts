import fsp from 'node:fs/promises';
import path from 'node:path';

/**
 * A copy spools each big message into <dataDir>/spool and removes the file once the message is
 * appended. A copy that was killed (crash, power cut, Task Manager) leaves its files behind, each
 * as big as its message; every copy sweeps them away as it starts. A file is named for the
 * process that wrote it (`<pid>-<uuid>.eml`) and kept while that process lives, unless it is
 * this process and no copy runs in it. A file of the older name (`<uuid>.eml`, no process named)
 * goes once it is older than this process; any file a day old goes too: a spool file lives only
 * while its one message goes out.
 */

const spoolFile = /^(?:(\d+)-)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.eml$/;
const dayMs = 24 * 60 * 60 * 1000;

/** Copies running in this process (their spool files are not to be swept). */
let running = 0;
/** When this process started (ms since the epoch). */
const startedAt = Date.now() - process.uptime() * 1000;

/** The spool folder of a data directory. */
export function spoolDir(dataDir: string): string {
  return path.join(dataDir, 'spool');
}

/** A fresh spool file name of this process. */
export function spoolFileName(uuid: string): string {
  return `${process.pid}-${uuid}.eml`;
}

/** Is process `pid` alive (on this computer)? */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it just is not ours to signal.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Sweeps the spool of `dataDir`, then counts a copy as running until the returned function is
 * called. Best effort: what cannot be removed now is tried again by the next copy. Returns the
 * names removed.
 */
export async function sweepSpool(
  dataDir: string,
): Promise<{ removed: string[]; done: () => void }> {
  const dir = spoolDir(dataDir);
  // A copy already running here holds this process's files; without one they are leftovers.
  const busyHere = running > 0;
  running += 1;
  let ended = false;
  const done = () => {
    if (ended) return;
    ended = true;
    running -= 1;
  };
  const removed: string[] = [];
  const entries = await fsp.readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const match = spoolFile.exec(entry.name);
    // Only Switchover's own files, and never a link (whose target could be anything).
    if (!match || !entry.isFile()) continue;
    const file = path.join(dir, entry.name);
    const pid = match[1] === undefined ? undefined : Number(match[1]);
    const owned = pid === undefined || (pid === process.pid ? busyHere : isProcessAlive(pid));
    const stale =
      !owned || (await olderThan(file, pid === undefined ? startedAt : Date.now() - dayMs));
    if (!stale) continue;
    try {
      await fsp.rm(file, { force: true });
      removed.push(entry.name);
    } catch {
      // Left for the next copy.
    }
  }
  return { removed, done };
}

async function olderThan(file: string, when: number): Promise<boolean> {
  const stat = await fsp.stat(file).catch(() => undefined);
  return stat !== undefined && stat.mtimeMs < when;
}
