import type { CopyOptions } from './copyTypes';

/** What a copy uses where its options say nothing. */
export const defaults = {
  sourceConnections: 3,
  targetConnections: 4,
  /** Extra sessions on the new account that index (and verify) folders in parallel. */
  targetIndexConnections: 2,
  byteBudget: 16 * 1024 * 1024,
  /**
   * Small messages in flight at most, whatever their bytes: each carries a few kB of objects
   * (commands, promises, outcomes) that, held longer than two young-generation collections,
   * pile up as old-generation garbage; 1,000 keep a 40 ms link full with 100,000 tiny ones.
   */
  messagesInFlight: 1000,
  largeMessageBytes: 4 * 1024 * 1024,
  batchBytes: 2 * 1024 * 1024,
  batchMessages: 200,
  maxRetriesWithoutProgress: 6,
  multiAppend: true,
  /** Raw connections to the old account for big messages (streamed to the spool file). */
  spoolConnections: 3,
  appendGroupMessages: 50,
  appendGroupBytes: 1024 * 1024,
  progressIntervalMs: 250,
  /** imapflow sessions close after this long without traffic (index and control sessions). */
  sessionIdleTimeoutMs: 120_000,
};

export type Settings = CopyOptions & typeof defaults;
