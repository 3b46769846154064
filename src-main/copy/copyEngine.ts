import { SwitchoverError } from '../errors';
import {
  asDailyLimit,
  isSessionExpired,
  isTransientImapError,
  listFolderTree,
  requestedWaitMs,
} from '../imap';
import type { FolderTree, ReadOnlyImapSession, WritableImapSession } from '../imap';
import { BatchFeed, copyBatches } from './batches';
import { closePool, ConnectionPool, createFolders } from './connectionPool';
import type { Pool } from './connectionPool';
import { cancelledReport, finalReport } from './copyReport';
import type { Settings } from './copySettings';
import type { CopyReport } from './copyTypes';
import { planFolders } from './folderMapping';
import type { FolderPlan, FolderPlanEntry } from './folderMapping';
import { folderWork, indexAll } from './indexing';
import type { FolderWork } from './indexing';
import type { IndexedMessage } from './mailboxIndex';
import { JobControl } from './jobControl';
import { journalPath } from './journal';
import { Outcomes } from './outcomes';
import { Progress } from './progress';
import { ProviderHold } from './providerHold';
import { scheduleFor } from './dailyLimits';
import { sweepSpool } from './spoolSweep';
import { RestartNeeded, transfer } from './transfer';
import { endpointIds, probeUnchanged, rememberVerified, unchangedReport } from './verifiedFastPath';
import { verifyAfterCopy } from './verifyAfterCopy';
import {
  forgetVerifiedState,
  readVerifiedState,
  unchangedSince,
  verifiedStatePath,
} from './verifiedState';
import { keepHeapSmall } from './smallHeap';

/** One try at the whole pass; a reconnect starts another with fresh connections. */
interface Attempt {
  pool?: Pool;
  /** The pool logging in while the plan is made. */
  opening?: Promise<Pool>;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * One copy, plan → index → transfer → verify, retried after a reconnect while it makes progress
 * (a bounded number of times without). The parts: JobControl (state, pause, cancel),
 * ConnectionPool, indexAll, transfer, verifyAfterCopy, Outcomes (reports and journal) and the
 * verified-state fast path.
 */
export class CopyEngine {
  readonly control = new JobControl();
  readonly #o: Settings;
  readonly #progress = new Progress();
  readonly #outcomes = new Outcomes(this.#progress);
  readonly #connections: ConnectionPool;
  /** The new account's "wait N ms", kept across reconnects. */
  readonly #hold = new ProviderHold();
  readonly #started = Date.now();
  /** Folders of the plan still to create (again after a reconnect, until it succeeded). */
  #toCreate: readonly string[] = [];
  #sourceTree: FolderTree | undefined;
  #lastProgress = -1;
  /** Messages copied when the last "Session expired" came (Gmail; see #afterFailure). */
  #sessionExpiredAt: number | undefined;
  #withoutProgress = 0;
  /** A message a bad answer may have been about is fetched alone (see Outcomes.suspect). */
  readonly #alone = (w: FolderWork, m: IndexedMessage) =>
    this.#outcomes.isSuspect(w.source.path, w.source.uidValidity, m.uid);

  constructor(options: Settings) {
    this.#o = options;
    this.#connections = new ConnectionPool(options, this.control);
  }

  async run(): Promise<CopyReport> {
    // Spool files a killed copy left behind go first (each is as big as its message).
    const spool = await sweepSpool(this.#o.dataDir);
    const timer = setInterval(() => {
      const state = this.control.state;
      if (state === 'copying' || state === 'paused') this.#emitProgress();
    }, this.#o.progressIntervalMs);
    try {
      return await this.#run();
    } finally {
      clearInterval(timer);
      this.#outcomes.closeJournal();
      this.control.closeAll();
      spool.done();
    }
  }

  async #run(): Promise<CopyReport> {
    let plan: FolderPlan | undefined;
    for (;;) {
      const attempt: Attempt = {};
      try {
        await this.control.gate();
        if (!plan) {
          const planned = await this.#plan(attempt);
          if ('done' in planned) return planned.done;
          plan = planned.plan;
          attempt.opening ??= this.#connections.openPool();
          attempt.pool = await attempt.opening;
          this.#toCreate = plan.create;
        }
        return await this.#attempt(plan, attempt);
      } catch (caught) {
        const cancelled = await this.#afterFailure(caught, plan);
        if (cancelled) return cancelled;
      } finally {
        if (attempt.pool) closePool(attempt.pool);
        else attempt.opening?.then((p) => closePool(p)).catch(() => undefined);
      }
    }
  }

  /**
   * The plan (and the journal opened), or the last verified report when neither side changed
   * since. Without a verified state to check, the pool starts logging in meanwhile.
   */
  async #plan(attempt: Attempt): Promise<{ plan: FolderPlan } | { done: CopyReport }> {
    const o = this.#o;
    this.control.setState('planning');
    const [sourceId, targetId] = endpointIds(o);
    const statePath = verifiedStatePath(o.dataDir, sourceId, targetId);
    const previous = readVerifiedState(statePath);
    // No verified copy to find unchanged: the pool will be needed, so it logs in meanwhile.
    if (!previous) {
      attempt.opening = this.#connections.openPool();
      // Awaited after planning; a refusal meanwhile must not count as unhandled.
      attempt.opening.catch(() => undefined);
    } else if (previous.report.verified) {
      const proven = await probeUnchanged(o, previous);
      if (proven) {
        this.control.emit({ type: 'plan', plan: proven.plan });
        return { done: this.#finishUnchanged(proven.report) };
      }
    }
    const { src, dst } = await this.#connections.controlSessions();
    const [srcTree, dstTree] = await Promise.all([listFolderTree(src), listFolderTree(dst)]);
    const plan = o.plan ?? planFolders(srcTree, dstTree, { only: o.folders, labels: o.labels });
    this.control.emit({ type: 'plan', plan });
    // Nothing changed on either side since the last verified copy: that proof still holds.
    const unchanged = previous && unchangedSince(previous, plan, srcTree, dstTree);
    if (unchanged) return { done: this.#finishUnchanged(unchanged) };
    forgetVerifiedState(statePath);
    this.#sourceTree = srcTree;
    this.#outcomes.openJournal(journalPath(o.dataDir, sourceId, targetId));
    return { plan };
  }

  /** Index, transfer, verify: the report, or a throw that may mean reconnect and retry. */
  async #attempt(plan: FolderPlan, attempt: Attempt): Promise<CopyReport> {
    const { src, dst } = await this.#connections.controlSessions();
    attempt.pool ??= await this.#connections.openPool();
    const pool = attempt.pool;
    await this.control.gate();
    let created: Promise<void> = Promise.resolve();
    if (this.#toCreate.length > 0) {
      created = createFolders(this.#toCreate, pool, dst).then(() => {
        this.#toCreate = [];
      });
      // Indexing the old side need not wait for the new folders; a failure surfaces below.
      created.catch(() => undefined);
    }
    const work = await this.#indexAndTransfer(plan, pool, src, dst, created);
    if (this.#outcomes.stopReason)
      return this.#finish(finalReport(plan, work, false, this.#outcomes, this.#started));
    this.control.setState('verifying');
    // Not `dst` as it was before the transfer: idle through a long one (two minutes on a capped
    // home link), it was closed, and verifying on it failed the pass: a reconnect, then every
    // folder indexed again on both sides (time, and peak memory).
    const verifier = await this.#connections.targetControl();
    const dstAfter = await verifyAfterCopy(work, verifier, pool.indexers, this.#outcomes);
    const report = this.#finish(finalReport(plan, work, true, this.#outcomes, this.#started));
    if (report.verified && this.#sourceTree) {
      const [sourceId, targetId] = endpointIds(this.#o);
      const file = verifiedStatePath(this.#o.dataDir, sourceId, targetId);
      rememberVerified(file, plan, this.#sourceTree, dstAfter, report);
    }
    return report;
  }

  /**
   * Indexes both sides and transfers what is missing. With a raw fetcher per reader the
   * transfer needs none of the indexing sessions, so each folder is copied as soon as both its
   * sides are indexed; otherwise the transfer starts once everything is indexed.
   */
  async #indexAndTransfer(
    plan: FolderPlan,
    pool: Pool,
    src: ReadOnlyImapSession,
    dst: WritableImapSession,
    created: Promise<void>,
  ): Promise<FolderWork[]> {
    // Hosts apply it as they start; this is for any other (at the latest before indexing).
    keepHeapSmall();
    this.control.setState('indexing');
    const overlap = pool.spoolers.length > 0 && pool.spoolers.length >= pool.readers.length;
    const feed = new BatchFeed();
    const workOf = new Map<FolderPlanEntry, FolderWork>();
    const progress = this.#progress;
    progress.messagesTotal = progress.messagesDone;
    progress.bytesTotal = progress.bytesDone;
    let transferring: Promise<void> | undefined;
    const startTransfer = () => {
      this.control.setState('copying');
      this.#emitProgress();
      const job = {
        o: this.#o,
        control: this.control,
        outcomes: this.#outcomes,
        progress,
        hold: this.#hold,
      };
      transferring = transfer(job, feed, workOf, pool);
      transferring.catch(() => undefined);
    };
    let work: FolderWork[];
    try {
      work = await indexAll({
        plan,
        srcs: [src, ...pool.readers],
        dsts: [dst, ...pool.indexers],
        targetReady: created,
        gate: () => this.control.gate(),
        workFor: (entry, source, target) =>
          folderWork(entry, source, target, this.#outcomes, this.#connections.appendLimit),
        onPlacement: (placement) => {
          this.#outcomes.placement = placement;
        },
        onFolder: (w) => {
          workOf.set(w.entry, w);
          progress.messagesTotal += w.toCopy.length;
          progress.bytesTotal += w.toCopy.reduce((b, m) => b + m.size, 0);
          if (!overlap || w.toCopy.length === 0) return;
          if (!transferring) startTransfer();
          feed.push(copyBatches([w], this.#o, this.#alone));
        },
      });
    } finally {
      feed.close();
    }
    const schedule = scheduleFor(progress.bytesTotal - progress.bytesDone, src, dst);
    if (schedule) this.control.emit({ type: 'schedule', schedule });
    if (!overlap) {
      const batches = copyBatches(work, this.#o, this.#alone);
      if (batches.length > 0) {
        feed.push(batches);
        startTransfer();
      }
    }
    if (transferring) {
      await transferring;
      this.#emitProgress();
    }
    return work;
  }

  /**
   * After a failed attempt: the cancelled report when cancelled; a wait before the next attempt
   * when the failure is one a reconnect may cure and the copy still moves; else it throws.
   */
  async #afterFailure(
    caught: unknown,
    plan: FolderPlan | undefined,
  ): Promise<CopyReport | undefined> {
    let error =
      caught instanceof RestartNeeded
        ? caught.reason
        : caught instanceof SwitchoverError
          ? caught
          : SwitchoverError.from(caught);
    if (this.control.cancelled || error.code === 'copy.cancelled') {
      return this.#finish(cancelledReport(plan, this.#outcomes, this.#started), false);
    }
    // Gmail's "Session expired": a new sign-in cures a sign-in that ran out; the same answer
    // again before one more message was copied is its daily limit.
    if (isSessionExpired(error)) {
      if (this.#sessionExpiredAt === this.#progress.messagesDone) error = asDailyLimit(error);
      else this.#sessionExpiredAt = this.#progress.messagesDone;
    }
    // The old provider's limit for today (or now): paused, to go on later where it stopped.
    if (error.code === 'provider.daily-limit' && plan) {
      this.#outcomes.stopReason ??= error;
      return this.#finish(finalReport(plan, [], false, this.#outcomes, this.#started));
    }
    if (!isTransientImapError(error) && error.code !== 'imap.command-failed') throw error;
    // A provider's own "wait N ms" is obeyed, and is no failure to count against the copy.
    const asked = requestedWaitMs(error);
    if (asked > 0) this.#hold.hold(asked);
    if (this.#progress.messagesDone > this.#lastProgress) {
      this.#lastProgress = this.#progress.messagesDone;
      this.#withoutProgress = 0;
    } else if (asked === 0) {
      this.#withoutProgress += 1;
    }
    if (this.#withoutProgress > this.#o.maxRetriesWithoutProgress) throw error;
    if (error.code === 'imap.too-many-connections') this.#connections.fewer();
    this.#outcomes.retries += 1;
    const attempt = this.#outcomes.retries;
    const backoff = Math.min(250 * 2 ** this.#withoutProgress, 8000);
    const held = this.#hold.until > 0 ? this.#hold.until - Date.now() : 0;
    const delayMs = Math.max(backoff, held) + Math.floor(Math.random() * 200);
    this.control.emit({ type: 'retry', attempt, error: error.toWire(), delayMs });
    this.#connections.closeControl();
    await sleep(delayMs);
    return undefined;
  }

  #finishUnchanged(previous: CopyReport): CopyReport {
    return this.#finish(unchangedReport(previous, this.#started));
  }

  /** The job's end: state done (with the time spent in each state), then the report. */
  #finish(report: CopyReport, withTimings = true): CopyReport {
    this.control.setState('done');
    if (withTimings) report.timings = this.control.roundedTimings();
    this.control.emit({ type: 'done', report });
    return report;
  }

  #emitProgress(): void {
    this.control.emit(this.#progress.sample(this.control.state));
  }
}
