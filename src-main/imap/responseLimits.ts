import { SwitchoverError } from '../errors';

/**
 * How much a server may send before Switchover stops believing it. A broken or hostile server
 * can announce any literal size and send bytes without end; these bounds keep memory, disk and
 * the event loop safe, far above anything a real provider sends.
 */

const MiB = 1024 * 1024;

/**
 * No literal, in any response, is read past this. The biggest messages any major provider takes
 * are 150 MB (Exchange Online's highest setting; Gmail, iCloud, Yahoo and Proton stop at 20-50
 * MB), and a body can come back somewhat larger than its RFC822.SIZE (see bodyAllowance), so 256
 * MiB leaves room above every real message while a `{99999999999999999999}` or `{4000000000}`
 * fails at once, before one byte of it is read.
 */
export const maxLiteralBytes = 256 * MiB;

/**
 * One response held in memory, its lines and the literals not streamed elsewhere together. RFC
 * 7162 (section 4) advises clients to accept lines of 8192 octets; 1 MiB is 128 times that
 * (a FLAGS list of thousands of keywords, a LIST line with a long name) and still small memory.
 * imapflow's own default is 1 GB, meant for huge SEARCH answers, which these connections never
 * ask for; its sessions get this bound too (see sessionLimits).
 */
export const maxHeldResponseBytes = 1 * MiB;

/**
 * The most a message's body may exceed its RFC822.SIZE: half again, plus 1 MiB. Servers compute
 * the size in ways that can fall short of the bytes they then send: Exchange regenerates MIME
 * from its own store (re-encoding a binary part as base64 adds a third, headers are rewritten),
 * and a store that keeps bare LF adds a CR per line on the way out. Half again plus 1 MiB covers
 * those with room, and still refuses a body many times what the index said, before it is read.
 */
export function bodyAllowance(size: number): number {
  const known = Number.isSafeInteger(size) && size > 0 ? size : 0;
  return Math.min(maxLiteralBytes, known + Math.ceil(known / 2) + MiB);
}

/** What imapflow sessions are told (its ImapFlow options of the same names). */
export function sessionLimits(maxLiteral = maxLiteralBytes): {
  maxLiteralSize: number;
  maxLineLength: number;
  maxResponseSize: number;
} {
  return {
    maxLiteralSize: maxLiteral,
    maxLineLength: maxHeldResponseBytes,
    // Above the literal bound: the response also carries its lines (imapflow's advice).
    maxResponseSize: maxLiteral + maxHeldResponseBytes,
  };
}

/** The server sent more than a bound allows: the connection is failed with this. */
export function responseTooLarge(what: string, details: Record<string, unknown> = {}) {
  return new SwitchoverError(
    'imap.response-too-large',
    `The server sent ${what}, more than any mail server should.`,
    details,
  );
}

/** Anything else that went wrong reading a server's answer (never a crash of the process). */
export function protocolViolation(error: unknown): SwitchoverError {
  if (error instanceof SwitchoverError) return error;
  const cause = error instanceof Error ? error.message : String(error);
  return new SwitchoverError(
    'imap.protocol-violation',
    'The server sent something that is not IMAP.',
    { cause: cause.slice(0, 200) },
  );
}
