import fsp from 'node:fs/promises';

/**
 * Removing and renaming folders while something else still holds a file in them (an antivirus
 * scanner or the search indexer on Windows) fails for a moment with EPERM/EBUSY: a few tries,
 * a little apart, instead of giving up at once.
 */

const transient = new Set(['EPERM', 'EBUSY', 'EACCES']);

/** A folder and everything in it; gone already is fine. */
export function removeFolder(folder: string): Promise<void> {
  return fsp.rm(folder, { recursive: true, force: true, maxRetries: 3 });
}

export interface PatientRenameOptions {
  /** Tries in all (default 5). */
  tries?: number;
  /** Wait before the second try, doubled after each (default 100 ms). */
  firstDelayMs?: number;
  /** The rename itself (tests). */
  rename?: (from: string, to: string) => Promise<void>;
}

/** fs.rename, tried again on a transient Windows lock; other errors at once. */
export async function patientRename(
  from: string,
  to: string,
  options: PatientRenameOptions = {},
): Promise<void> {
  const tries = options.tries ?? 5;
  const rename = options.rename ?? fsp.rename;
  let delay = options.firstDelayMs ?? 100;
  for (let attempt = 1; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (attempt >= tries || !transient.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay *= 2;
    }
  }
}
