import type { ErrorCode, SwitchoverError } from '../errors';
import { serverTextOf } from '../imap';
import type { AppendOutcome } from '../imap';
import type { FolderReport, NotCopied } from './copyTypes';
import type { FolderPlanEntry } from './folderMapping';
import { Journal, JournaledUids } from './journal';
import type { JournalEntry } from './journal';
import type { IndexedMessage } from './mailboxIndex';
import type { Placement } from './labelPlacement';
import type { Progress } from './progress';

/**
 * What became of each message: the per-folder reports, the resume journal (every message the new
 * server took), and why the copy stopped, if it did. Kept across reconnects: a later attempt
 * skips what the journal holds and never retries what the server refused for good.
 */
export class Outcomes {
  readonly #reports = new Map<string, FolderReport>();
  #journal: Journal | undefined;
  /** The journal's UIDs as read at the start plus everything recorded since. */
  journaled = new JournaledUids();
  /** Set by an outcome that ends the copy for good (the new account is full). */
  stopReason: SwitchoverError | undefined;
  retries = 0;
  peakBudget = 0;
  /** How All Mail's messages were placed, in the latest attempt (labelPlacement). */
  placement: Placement | undefined;
  /** Bad answers of the old server per message (folder, UIDVALIDITY, UID), in this run. */
  readonly #badResponses = new Map<string, number>();
  /** Messages a bad answer of a batch may have been about: fetched alone from now on. */
  readonly #suspects = new Set<string>();

  constructor(readonly progress: Progress) {}

  openJournal(file: string): void {
    this.journaled = JournaledUids.of(Journal.read(file));
    this.#journal = Journal.open(file);
  }

  flushJournal(): void {
    this.#journal?.flush();
  }

  closeJournal(): void {
    this.#journal?.close();
  }

  reportFor(entry: FolderPlanEntry): FolderReport {
    let report = this.#reports.get(entry.source);
    if (!report) {
      report = {
        source: entry.source,
        target: entry.target,
        sourceMessages: 0,
        alreadyThere: 0,
        copied: 0,
        deletedLeftBehind: 0,
        skipped: [],
        failed: [],
        verified: false,
        missingAfterVerify: 0,
      };
      this.#reports.set(entry.source, report);
    }
    return report;
  }

  /**
   * The old server broke a bound or the protocol while sending message `m`. Once may be a glitch
   * of the line, so the reconnect asks for it again; the second time it is listed as not copied,
   * with the code, and not asked for again in this run (folderWork leaves out what `failed`
   * lists), so one bad message cannot hold up the rest.
   */
  badResponse(batch: CopiedFrom, m: IndexedMessage, code: ErrorCode): void {
    const key = messageId(batch.mailbox, batch.uidValidity, m.uid);
    const times = (this.#badResponses.get(key) ?? 0) + 1;
    this.#badResponses.set(key, times);
    if (times !== 2) return;
    this.reportFor(batch.entry).failed.push({ uid: m.uid, key: m.key, size: m.size, reason: code });
  }

  /** A bad answer came while these messages were awaited, and named none of them. */
  suspect(batch: CopiedFrom, messages: readonly IndexedMessage[]): void {
    for (const m of messages)
      this.#suspects.add(messageId(batch.mailbox, batch.uidValidity, m.uid));
  }

  /** Is this message to be fetched alone (see suspect)? */
  isSuspect(folder: string, uidValidity: string, uid: number): boolean {
    return this.#suspects.has(messageId(folder, uidValidity, uid));
  }

  /**
   * One append's outcome: journaled and counted when taken; listed when refused for good; the
   * stop reason when the account is full; anything else means reconnect and retry (`restart`).
   */
  record(
    batch: CopiedFrom,
    m: IndexedMessage,
    size: number,
    outcome: AppendOutcome,
    restart: (e: SwitchoverError) => void,
  ): void {
    const report = this.reportFor(batch.entry);
    if (outcome.ok) {
      const entry: JournalEntry = {
        folder: batch.mailbox,
        uidValidity: batch.uidValidity,
        uid: m.uid,
        key: m.key,
        target: batch.entry.target,
        at: new Date().toISOString(),
      };
      if (outcome.uid !== undefined) entry.targetUid = outcome.uid;
      if (m.msgId !== undefined) entry.msgId = m.msgId;
      this.#journal?.record(entry);
      this.journaled.add(entry.folder, entry.uidValidity, entry.target, entry.uid);
      report.copied += 1;
      this.progress.messagesDone += 1;
      this.progress.bytesDone += size;
      return;
    }
    const error = outcome.error;
    const notCopied: NotCopied = { uid: m.uid, key: m.key, size, reason: error.code };
    const serverText = serverTextOf(error);
    if (serverText) notCopied.serverText = serverText;
    switch (error.code) {
      case 'message.too-big':
        report.skipped.push(notCopied);
        return;
      case 'message.rejected':
        report.failed.push(notCopied);
        return;
      case 'quota.exceeded':
      case 'provider.daily-limit':
        this.stopReason ??= error;
        return;
      default:
        restart(error);
    }
  }
}

/** Which entry a message is copied for, and the old folder (and generation) it is read from. */
interface CopiedFrom {
  entry: FolderPlanEntry;
  mailbox: string;
  uidValidity: string;
}

function messageId(folder: string, uidValidity: string, uid: number): string {
  return `${folder}\n${uidValidity}\n${uid}`;
}
