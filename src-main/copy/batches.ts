import type { FolderPlanEntry } from './folderMapping';
import type { FolderWork } from './indexing';
import type { IndexedMessage } from './mailboxIndex';

/** Messages fetched in one command: small ones up to a byte and a count limit, a big one alone. */
export interface SizeBatch<M> {
  messages: M[];
  bytes: number;
  /** One message over `largeMessageBytes`: spooled to a file, never held whole in memory. */
  large: boolean;
}

export interface BatchLimits {
  largeMessageBytes: number;
  batchBytes: number;
  batchMessages: number;
}

/**
 * Cuts messages into batches by size (the copy and the backup both fetch this way). With
 * `inOrder` a big message also ends the batch before it, so reading the batches in turn keeps the
 * messages' order (the backup writes them so); without, small ones carry on around it. A message
 * `alone` says so for gets a batch of its own too.
 */
export function sizeBatches<M extends { size: number }>(
  messages: readonly M[],
  limits: BatchLimits,
  inOrder: boolean,
  alone?: (m: M) => boolean,
): SizeBatch<M>[] {
  const batches: SizeBatch<M>[] = [];
  let current: SizeBatch<M> | undefined;
  for (const m of messages) {
    const large = m.size > limits.largeMessageBytes;
    if (large || alone?.(m)) {
      if (inOrder) current = undefined;
      batches.push({ messages: [m], bytes: m.size, large });
      continue;
    }
    if (
      !current ||
      current.bytes + m.size > limits.batchBytes ||
      current.messages.length >= limits.batchMessages
    ) {
      current = { messages: [], bytes: 0, large: false };
      batches.push(current);
    }
    current.messages.push(m);
    current.bytes += m.size;
  }
  return batches;
}

/** A batch of the copy: messages of one old folder generation (its UIDVALIDITY). */
export interface Batch extends SizeBatch<IndexedMessage> {
  entry: FolderPlanEntry;
  /** The old folder its messages are read from: the entry's own, or All Mail. */
  mailbox: string;
  uidValidity: string;
}

/**
 * Every folder's batches, the big ones first: each is the longest single transfer. Messages
 * `alone` names are fetched one per batch.
 */
export function copyBatches(
  work: readonly FolderWork[],
  limits: BatchLimits,
  alone?: (w: FolderWork, m: IndexedMessage) => boolean,
): Batch[] {
  const batches = work.flatMap((w) =>
    sizeBatches(w.toCopy, limits, false, alone && ((m) => alone(w, m))).map((b): Batch => ({
      ...b,
      entry: w.entry,
      mailbox: w.source.path,
      uidValidity: w.source.uidValidity,
    })),
  );
  return [...batches.filter((b) => b.large), ...batches.filter((b) => !b.large)];
}

/** Batches handed to the readers as folders finish indexing; big messages go first. */
export class BatchFeed {
  readonly #queue: Batch[] = [];
  #closed = false;
  #wake: (() => void)[] = [];

  push(batches: Batch[]): void {
    this.#queue.unshift(...batches.filter((b) => b.large));
    this.#queue.push(...batches.filter((b) => !b.large));
    this.#notify();
  }

  /** No more batches will come: readers waiting for one stop. */
  close(): void {
    this.#closed = true;
    this.#notify();
  }

  async next(): Promise<Batch | undefined> {
    for (;;) {
      const batch = this.#queue.shift();
      if (batch) return batch;
      if (this.#closed) return undefined;
      await new Promise<void>((resolve) => this.#wake.push(resolve));
    }
  }

  #notify(): void {
    const waiting = this.#wake;
    this.#wake = [];
    for (const resolve of waiting) resolve();
  }
}
