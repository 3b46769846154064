import type { ReadOnlyImapSession, WritableImapSession } from '../imap';
import { indexKey, keyHeaderFields, parseHeaderFields } from './messageKey';

export interface IndexedMessage {
  uid: number;
  size: number;
  /** Shared by every message with the same flags (the index holds one array per set). */
  flags: readonly string[];
  /**
   * INTERNALDATE in seconds since 1970 (its own resolution). Not a Date (100,000 were 9 MB of the
   * heap), nor milliseconds: in Node's V8 (the CLI) seconds are a small integer until 2038, kept
   * in the object itself instead of a boxed number per message. Electron's V8 (pointer
   * compression: 31-bit small integers) boxes them as it boxed milliseconds.
   */
  internalDate: number;
  /** indexKey: the same on both sides for the same message (a hash of its messageKey). */
  key: string;
  deleted: boolean;
  /** All Mail on Gmail: X-GM-LABELS (names decoded, system labels as `\\Inbox`…). */
  labels?: string[];
  /** All Mail on Gmail: X-GM-MSGID, the message's identity in every folder. */
  msgId?: string;
  /** Labels kept as keywords on this message's one copy (set when it is placed). */
  keywords?: string[];
}

export interface FolderIndex {
  path: string;
  uidValidity: string;
  /** UIDNEXT and EXISTS when indexed: an append-only change is provable from these. */
  uidNext: number;
  exists: number;
  messages: IndexedMessage[];
  /** Target side only: the flags the folder keeps. */
  permanentFlags?: Set<string>;
}

/**
 * UID, size, flags, INTERNALDATE and the key headers of every message in a folder: one FETCH,
 * streamed. The old account's folder is opened with EXAMINE; the new one's with SELECT, to learn
 * its PERMANENTFLAGS (the index itself changes nothing: bodies and headers are fetched with PEEK).
 */
export async function indexFolder(
  session: ReadOnlyImapSession | WritableImapSession,
  path: string,
  options: { labels?: boolean } = {},
): Promise<FolderIndex> {
  let permanentFlags: Set<string> | undefined;
  let box: { uidValidity: bigint; exists: number; uidNext: number };
  if (session.readOnly) {
    box = await session.examine(path);
  } else {
    const selected = await session.select(path);
    permanentFlags = selected.permanentFlags;
    box = selected;
  }
  const messages: IndexedMessage[] = [];
  const flagSets = new Map<string, readonly string[]>();
  if (box.exists > 0) {
    for await (const m of session.fetch('1:*', {
      uid: true,
      flags: true,
      size: true,
      internalDate: true,
      headers: keyHeaderFields,
      // X-GM-LABELS where the server is Gmail (imapflow asks only then, with X-GM-MSGID).
      ...(options.labels ? { labels: true } : {}),
    })) {
      const own = [...(m.flags ?? [])];
      const flagsKey = own.join(' ');
      const flags = flagSets.get(flagsKey) ?? own;
      flagSets.set(flagsKey, flags);
      const size = m.size ?? 0;
      const date = m.internalDate instanceof Date ? m.internalDate : new Date(m.internalDate ?? 0);
      const message: IndexedMessage = {
        uid: m.uid,
        size,
        flags,
        internalDate: Math.floor(date.getTime() / 1000),
        key: indexKey(parseHeaderFields(m.headers), size),
        deleted: flags.some((f) => f.toLowerCase() === '\\deleted'),
      };
      if (options.labels && m.labels) message.labels = [...m.labels];
      if (options.labels && m.emailId) message.msgId = m.emailId;
      messages.push(message);
    }
  }
  messages.sort((a, b) => a.uid - b.uid);
  const index: FolderIndex = {
    path,
    uidValidity: box.uidValidity.toString(),
    uidNext: box.uidNext,
    exists: box.exists,
    messages,
  };
  if (permanentFlags) index.permanentFlags = permanentFlags;
  return index;
}

/** What a comparison by key reads of a message (the switch check keys its own, by messageKey). */
export type Keyed = Pick<IndexedMessage, 'uid' | 'key' | 'deleted'>;

/** Keys as a multiset: key → how many times it occurs. */
export function keyCounts(messages: readonly Keyed[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of messages) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  return counts;
}

export interface FolderDiff<T extends Keyed = IndexedMessage> {
  /** Source messages the target lacks (multiset difference), journal-known ones last. */
  missing: T[];
  alreadyThere: number;
  deleted: T[];
}

/**
 * What still has to be copied. For each key the source has n and the target m copies: n − m
 * are missing. Which of the n is picked matters only for look-alikes (same key, different
 * bytes): messages the journal says were appended are counted as present first.
 */
export function diffFolder<T extends Keyed>(
  source: readonly T[],
  target: readonly Keyed[],
  journaled: ReadonlySet<number> = new Set(),
): FolderDiff<T> {
  const present = keyCounts(target.filter((m) => !m.deleted));
  const deleted = source.filter((m) => m.deleted);
  const live = source.filter((m) => !m.deleted);
  const ordered = [
    ...live.filter((m) => journaled.has(m.uid)),
    ...live.filter((m) => !journaled.has(m.uid)),
  ];
  const missing: T[] = [];
  let alreadyThere = 0;
  for (const m of ordered) {
    const left = present.get(m.key) ?? 0;
    if (left > 0) {
      present.set(m.key, left - 1);
      alreadyThere += 1;
    } else {
      missing.push(m);
    }
  }
  missing.sort((a, b) => a.uid - b.uid);
  return { missing, alreadyThere, deleted };
}
