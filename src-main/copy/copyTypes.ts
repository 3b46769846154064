import type { ErrorCode, ServerSettings, WireError } from '../contract';
import type { ImapLogger } from '../imap';
import type { LabelMode } from './allMailPlan';
import type { CopySchedule } from './dailyLimits';
import type { FolderPlan } from './folderMapping';
import type { CaOption, NetworkPath } from '../net';
import type { Secret } from '../oauth';

export interface CopyEndpoint {
  settings: ServerSettings;
  /** A password, or the account's OAuth2 tokens (every connection asks it for a fresh one). */
  password: Secret;
}

export interface CopyOptions {
  source: CopyEndpoint;
  target: CopyEndpoint;
  /** Where the resume journal and the spool for large messages live. */
  dataDir: string;
  /**
   * How connections reach both providers: the accounts' Network (its DNS, port map and CA), so
   * a copy finds the servers the sign-in found. Without it the system resolver.
   */
  network?: NetworkPath;
  /** Extra trusted CA (tests); otherwise the network's, else the system store. */
  ca?: CaOption;
  /** A plan the person changed; otherwise one is made (see planFolders). */
  plan?: FolderPlan;
  /** Only these source folders (paths as listed). */
  folders?: readonly string[];
  /** All Mail's labels: keywords on one copy (default) or a copy per label's folder. */
  labels?: LabelMode;
  /** Reading connections to the old account (besides the one that plans and indexes). */
  sourceConnections?: number;
  /** Append connections to the new account. */
  targetConnections?: number;
  /** Bytes of messages in flight at most. */
  byteBudget?: number;
  /** Messages in flight at most (fetched, not yet acknowledged by the new server). */
  messagesInFlight?: number;
  /** Messages above this go through a spool file, fetched in pieces, never held whole. */
  largeMessageBytes?: number;
  batchBytes?: number;
  batchMessages?: number;
  /** Several messages per APPEND where the new provider offers MULTIAPPEND (default on). */
  multiAppend?: boolean;
  /**
   * Raw connections to the old account that fetch for the readers (pipelined, big messages
   * streamed to disk); 0: everything through imapflow.
   */
  spoolConnections?: number;
  /** Messages and bytes per MULTIAPPEND at most. */
  appendGroupMessages?: number;
  appendGroupBytes?: number;
  /** Reconnects in a row without progress before giving up. */
  maxRetriesWithoutProgress?: number;
  progressIntervalMs?: number;
  /** Index and control sessions close after this long without traffic (default 2 minutes). */
  sessionIdleTimeoutMs?: number;
  logger?: ImapLogger;
}

export interface NotCopied {
  uid: number;
  key: string;
  size: number;
  reason: ErrorCode;
  serverText?: string;
}

export interface FolderReport {
  source: string;
  target: string;
  sourceMessages: number;
  alreadyThere: number;
  copied: number;
  /** Flagged \Deleted on the old side: left behind on purpose. */
  deletedLeftBehind: number;
  /** Too big for the new provider (message.too-big). */
  skipped: NotCopied[];
  /** Refused by the new provider, or not reached because the copy stopped. */
  failed: NotCopied[];
  /** After the copy: every source key is present on the target (multiset). */
  verified: boolean;
  missingAfterVerify: number;
}

/** 'paused': a provider's daily limit; the copy goes on after `resumeAfter` (run it again). */
export type CopyStatus = 'complete' | 'incomplete' | 'stopped' | 'cancelled' | 'paused';

export interface CopyReport {
  status: CopyStatus;
  stopReason?: WireError;
  copied: number;
  skipped: number;
  failed: number;
  alreadyThere: number;
  deletedLeftBehind: number;
  bytes: number;
  seconds: number;
  verified: boolean;
  folders: FolderReport[];
  summary: string;
  retries: number;
  peakBudgetBytes: number;
  /**
   * A re-run found both sides exactly as the last verified copy left them (same UIDVALIDITY,
   * UIDNEXT, MESSAGES and HIGHESTMODSEQ per folder), so that verification still holds.
   */
  unchangedSinceVerified?: boolean;
  /** Seconds spent in each state (planning, indexing, copying, verifying…). */
  timings?: Partial<Record<CopyState, number>>;
  /** The old account's All Mail was read once (Gmail): the counts the verify is about. */
  allMail?: AllMailReport;
  /** Paused by a provider's limit: when to go on (ISO time). */
  resumeAfter?: string;
}

/** A copy that read All Mail once (allMailPlan), in numbers. */
export interface AllMailReport {
  /** The old All Mail, as listed. */
  folder: string;
  labels: LabelMode;
  /** Messages of All Mail plus Spam and Trash: what the old account holds. */
  messages: number;
  allMailMessages: number;
  /** Messages with two labels or more (Inbox, Sent and Drafts count as labels). */
  multiLabel: number;
  /** Labels kept as keywords, summed over the messages. */
  labelsAsKeywords: number;
  /** 'keywords' mode, but the new account keeps no keywords: those labels are lost. */
  keywordsRefused: boolean;
  /** Messages whose every label was left out of the copy by the person. */
  notChosen: number;
}

export interface CopyProgress {
  type: 'progress';
  folder: string;
  messagesDone: number;
  messagesTotal: number;
  bytesDone: number;
  bytesTotal: number;
  /** Bytes per second over the last few seconds. */
  rate: number;
  etaSeconds: number | null;
  state: CopyState;
}

export type CopyState = 'planning' | 'indexing' | 'copying' | 'paused' | 'verifying' | 'done';

export type CopyEvent =
  | { type: 'plan'; plan: FolderPlan }
  | CopyProgress
  | { type: 'retry'; attempt: number; error: WireError; delayMs: number }
  /** A provider asked for a wait (provider.throttled): nothing is sent to it before `until`. */
  | { type: 'wait'; until: number; reason: WireError; side: 'old' | 'new' }
  /** More than a provider's daily limit to copy: planned over days (dailyLimits.ts). */
  | { type: 'schedule'; schedule: CopySchedule }
  | { type: 'state'; state: CopyState }
  | { type: 'done'; report: CopyReport };
