import fs from 'node:fs';
import path from 'node:path';

/**
 * Names on disk for a backup. Folder names come from the server, so they are only ever used as
 * one file name each: no separators, no "..", nothing Windows or macOS would refuse, and two
 * folders never share a file (compared case-insensitively, as those file systems do).
 */

/**
 * Windows device names: a file named "CON", "nul.tar" or "LPT1 .old.mbox" is the device, not a
 * file, whatever follows the first dot (and spaces before it), so that folder's backup would be
 * lost while the backup says "finished".
 */
const reserved = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])\s*(\..*)?$/i;
const maxNameBytes = 180;

/** One safe file-name part: forbidden characters become "_", trailing dots/spaces go. */
export function safeNamePart(text: string): string {
  let name = text
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_')
    .replace(/^[\s.]+/, '')
    .replace(/[\s.]+$/, '');
  if (reserved.test(name)) name = `_${name}`;
  return shortened(name);
}

/** At most maxNameBytes of UTF-8 (file systems count bytes), cut between characters. */
function shortened(name: string): string {
  if (Buffer.byteLength(name) <= maxNameBytes) return name;
  let out = '';
  for (const char of name) {
    if (Buffer.byteLength(out + char) > maxNameBytes) break;
    out += char;
  }
  return out.replace(/[\s.]+$/, '');
}

/** "INBOX", "Sent", "Archive - 2019": the folder's path below the namespace, joined by " - ". */
export function mboxBaseName(segments: readonly string[]): string {
  const parts = segments.map(safeNamePart).filter((part) => part !== '');
  const name = shortened(parts.join(' - ')) || 'Folder';
  // The joined name is what Windows sees first: "CON - x" is fine, "nul.tar" was one part.
  return reserved.test(name) ? `_${name}` : name;
}

/** Hands out mbox file names, never the same one twice (ignoring case). */
export class MboxFileNames {
  readonly #taken = new Set<string>();

  next(segments: readonly string[]): string {
    const base = mboxBaseName(segments);
    for (let n = 1; ; n++) {
      const name = `${n === 1 ? base : `${base} (${n})`}.mbox`;
      const key = name.toLowerCase();
      if (!this.#taken.has(key)) {
        this.#taken.add(key);
        return name;
      }
    }
  }
}

/** "Old mail backup 2026-11-25", in the person's own calendar (local time). */
export function backupFolderBaseName(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `Old mail backup ${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** The unfinished folder's name: never taken for a finished backup. */
export function partialName(name: string): string {
  return `${name}.partial`;
}

function numbered(base: string, n: number): string {
  return n === 1 ? base : `${base} (${n})`;
}

/**
 * Claims a fresh `<base>[ (n)].partial` folder in `dir` (mkdir fails if it exists, so two
 * backups never share one) whose finished name is free as well.
 */
export function claimPartialFolder(dir: string, base: string): { name: string; partial: string } {
  for (let n = 1; n < 10_000; n++) {
    const name = numbered(base, n);
    if (fs.existsSync(path.join(dir, name))) continue;
    const partial = path.join(dir, partialName(name));
    try {
      fs.mkdirSync(partial, { mode: 0o700 });
      return { name, partial };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new Error('no free backup folder name');
}

/** The first `<base>[ (n)]` not in `dir`, for the finished backup. */
export function freeFinishedName(dir: string, base: string): string {
  for (let n = 1; ; n++) {
    const name = numbered(base, n);
    if (!fs.existsSync(path.join(dir, name)) && !fs.existsSync(path.join(dir, partialName(name))))
      return name;
  }
}
