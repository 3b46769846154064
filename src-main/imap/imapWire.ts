// Small pieces of IMAP syntax: what the append pipeline writes, and literal sizes it reads.

import { encodeModifiedUtf7 } from './modifiedUtf7';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** INTERNALDATE as date-time (RFC 3501), in UTC: the instant is what servers keep. */
export function formatInternalDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, ' ');
  const month = months[date.getUTCMonth()] ?? 'Jan';
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  return `"${day}-${month}-${date.getUTCFullYear()} ${time} +0000"`;
}

export function quoteString(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** A mailbox name as a command argument (modified UTF-7, quoted). */
export function formatMailbox(path: string): string {
  return quoteString(path.toUpperCase() === 'INBOX' ? 'INBOX' : encodeModifiedUtf7(path));
}

const systemFlags = new Set(['\\SEEN', '\\ANSWERED', '\\FLAGGED', '\\DRAFT']);
// An atom: printable ASCII without the specials (RFC 3501 atom-specials).
const atom = /^[!#$&'+-[^-z|}~]+$/;

/**
 * The flags a copy carries: the four system flags that make sense on a new server, plus keywords
 * the target folder accepts (PERMANENTFLAGS; `\*` means any). Never \Recent or \Deleted.
 */
export function copyableFlags(
  flags: Iterable<string>,
  permanentFlags: ReadonlySet<string> | undefined,
): string[] {
  const anyKeyword = permanentFlags === undefined || permanentFlags.has('\\*');
  const allowed = new Set([...(permanentFlags ?? [])].map((f) => f.toLowerCase()));
  const out: string[] = [];
  for (const flag of flags) {
    if (flag.startsWith('\\')) {
      if (systemFlags.has(flag.toUpperCase())) out.push(flag);
    } else if (atom.test(flag) && (anyKeyword || allowed.has(flag.toLowerCase()))) {
      out.push(flag);
    }
  }
  return out;
}

/**
 * The size a line announces with a literal at its end (`{123}`); undefined when it announces
 * none. Too many digits for an exact number reads as Infinity (a size past every bound).
 */
export function literalSize(part: string): number | undefined {
  if (!part.endsWith('}')) return undefined;
  const open = part.lastIndexOf('{');
  if (open < 0 || open === part.length - 2) return undefined;
  const digits = part.slice(open + 1, -1);
  if (!/^\d+$/.test(digits)) return undefined;
  const size = Number(digits);
  return Number.isSafeInteger(size) ? size : Infinity;
}
