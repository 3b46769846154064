import crypto from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';

export interface AtomicWriteOptions {
  /**
   * Private files (state, encrypted blobs): 0600 in a 0700 folder. Files saved for the person
   * (the phone profile, the report) take the usual permissions.
   */
  private?: boolean;
}

/**
 * Beside the final name, so the rename stays on one file system; unique per write, so two
 * processes (the app and the CLI) never write into the same temporary file.
 */
function temporaryName(file: string): string {
  return `${file}.${process.pid}-${crypto.randomBytes(4).toString('hex')}.tmp`;
}

const modes = (options: AtomicWriteOptions) =>
  options.private ? { file: 0o600, dir: 0o700 } : { file: undefined, dir: undefined };

/**
 * Writes the whole file or nothing: the data goes to a temporary file, is flushed to the disk,
 * then renamed over the old one; the folder is flushed too where the OS allows it, so after a
 * crash or power cut the file holds either the old or the new content, never half of either.
 */
export function writeFileAtomicSync(
  file: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): void {
  const mode = modes(options);
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: mode.dir });
  const temporary = temporaryName(file);
  try {
    const fd = fs.openSync(temporary, 'w', mode.file);
    try {
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
  syncFolderSync(path.dirname(file));
}

/** The same as writeFileAtomicSync, without blocking the event loop. */
export async function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const mode = modes(options);
  await fsp.mkdir(path.dirname(file), { recursive: true, mode: mode.dir });
  const temporary = temporaryName(file);
  try {
    const handle = await fsp.open(temporary, 'w', mode.file);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fsp.rename(temporary, file);
  } catch (error) {
    await fsp.rm(temporary, { force: true });
    throw error;
  }
  syncFolderSync(path.dirname(file));
}

/** The rename itself is durable only once the folder is flushed (not possible on Windows). */
function syncFolderSync(folder: string): void {
  if (process.platform === 'win32') return;
  try {
    const fd = fs.openSync(folder, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Some file systems refuse to flush a folder; the data itself is already on the disk.
  }
}
