import crypto from 'node:crypto';

/** The header fields the index asks for: enough to recognise a message on either side. */
export const keyHeaderFields = ['message-id', 'date', 'from', 'subject'];

/** Raw header values (unfolded, trimmed) from a HEADER.FIELDS answer. */
export function parseHeaderFields(raw: Buffer | undefined): Map<string, string> {
  const fields = new Map<string, string>();
  if (!raw) return fields;
  const text = raw.toString('latin1').replace(/\r?\n[ \t]+/g, ' ');
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!fields.has(name)) fields.set(name, line.slice(colon + 1).trim());
  }
  return fields;
}

/**
 * A message's identity for "is it already there?": its Message-ID, or, when it has none, a hash
 * of Date, From, Subject and size. Both sides hold byte-identical copies, so raw header text is
 * compared (no decoding that two servers might do differently).
 */
export function messageKey(fields: Map<string, string>, size: number): string {
  const id = /<[^<>]+>/.exec(fields.get('message-id') ?? '')?.[0];
  if (id) return `id:${id}`;
  const hash = crypto
    .createHash('sha256')
    .update(
      [fields.get('date') ?? '', fields.get('from') ?? '', fields.get('subject') ?? '', size].join(
        '\0',
      ),
    )
    .digest('base64url')
    .slice(0, 24);
  return `h:${hash}`;
}

/**
 * A key as the copy's index holds it: 20 base64url characters (120 bits) of its SHA-256. A
 * Message-ID is often 60–90 characters; a hundred thousand readable keys were 10 MB of a 30 MB
 * live heap, these take a third of that. Two different messages share one with a chance far
 * below a disk's own error rate. Deterministic, so both sides and every run agree.
 */
export function indexKey(fields: Map<string, string>, size: number): string {
  // From the digest's bytes: a fresh flat string (a slice of a longer one would keep it alive).
  return crypto.hash('sha256', messageKey(fields, size), 'buffer').toString('base64url', 0, 15);
}
