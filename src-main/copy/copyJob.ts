import crypto from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { SwitchoverError } from '../contract';
import { AppendConnection, isTransientImapError, listFolderTree, openImapSession } from '../imap';
import type { AppendOutcome, ReadOnlyImapSession, WritableImapSession } from '../imap';
import { ByteBudget } from './byteBudget';
import type {
  CopyEvent,
  CopyOptions,
  CopyReport,
  CopyState,
  FolderReport,
  NotCopied,
} from './copyTypes';
import { planFolders } from './folderMapping';
import type { FolderPlan, FolderPlanEntry } from './folderMapping';
import { Journal, journalPath, journaledUids } from './journal';
import type { JournalEntry } from './journal';
import { diffFolder, indexFolder } from './mailboxIndex';
import type { FolderIndex, IndexedMessage } from './mailboxIndex';
import { summarize } from './copyReport';

export interface CopyJob {
  readonly state: CopyState;
  on(listener: (event: CopyEvent) => void): () => void;
  pause(): void;
  resume(): void;
  cancel(): void;
  readonly done: Promise<CopyReport>;
}

interface Batch {
  entry: FolderPlanEntry;
  uidValidity: string;
  messages: IndexedMessage[];
  bytes: number;
  large: boolean;
}

interface FolderWork {
  entry: FolderPlanEntry;
  source: FolderIndex;
  target: FolderIndex;
  toCopy: IndexedMessage[];
}

/** Thrown inside an attempt when the whole pass must be redone after reconnecting. */
class RestartNeeded extends Error {
  constructor(readonly reason: SwitchoverError) {
    super(reason.message);
  }
}

const defaults = {
  sourceConnections: 3,
  targetConnections: 4,
  byteBudget: 48 * 1024 * 1024,
  largeMessageBytes: 4 * 1024 * 1024,
  batchBytes: 2 * 1024 * 1024,
  batchMessages: 200,
  maxRetriesWithoutProgress: 6,
  progressIntervalMs: 250,
};

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * One copy from the old account to the new: plan → index → transfer → verify, with reconnects
 * (bounded), a resume journal, progress events, pause, resume and cancel. The old account is
 * only ever touched through read-only sessions.
 */
export function startCopy(options: CopyOptions): CopyJob {
  const engine = new CopyEngine({ ...defaults, ...options });
  return {
    get state() {
      return engine.state;
    },
    on: (listener) => engine.on(listener),
    pause: () => engine.pause(),
    resume: () => engine.resume(),
    cancel: () => engine.cancel(),
    done: engine.run(),
  };
}

type Settings = CopyOptions & typeof defaults;

class CopyEngine {
  state: CopyState = 'planning';
  readonly #listeners = new Set<(event: CopyEvent) => void>();
  readonly #o: Settings;
  #cancelled = false;
  #paused: { promise: Promise<undefined>; release: () => void } | undefined;
  #src: ReadOnlyImapSession | undefined;
  #dst: WritableImapSession | undefined;
  readonly #closers = new Set<() => void>();
  #journal: Journal | undefined;
  #journalEntries: JournalEntry[] = [];
  #appendLimit: number | undefined;
  // progress
  #messagesDone = 0;
  #messagesTotal = 0;
  #bytesDone = 0;
  #bytesTotal = 0;
  #currentFolder = '';
  readonly #samples: { at: number; bytes: number }[] = [];
  #retries = 0;
  #peakBudget = 0;
  readonly #reports = new Map<string, FolderReport>();
  #stopReason: SwitchoverError | undefined;
  readonly #started = Date.now();
  #sourceConnections: number;
  #targetConnections: number;

  constructor(options: Settings) {
    this.#o = options;
    this.#sourceConnections = Math.max(1, options.sourceConnections);
    this.#targetConnections = Math.max(1, options.targetConnections);
  }

  on(listener: (event: CopyEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #emit(event: CopyEvent): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch {
        // a listener's failure must not stop the copy
      }
    }
  }

  #setState(state: CopyState): void {
    if (this.state === state) return;
    this.state = state;
    this.#emit({ type: 'state', state });
  }

  pause(): void {
    if (this.#paused || this.state === 'done') return;
    let release: () => void = () => undefined;
    const promise = new Promise<undefined>((resolve) => {
      release = () => resolve(undefined);
    });
    this.#paused = { promise, release };
    this.#beforePause = this.state;
    this.#setState('paused');
  }

  #beforePause: CopyState = 'copying';

  resume(): void {
    const paused = this.#paused;
    if (!paused) return;
    this.#paused = undefined;
    this.#setState(this.#beforePause);
    paused.release();
  }

  cancel(): void {
    this.#cancelled = true;
    this.resume();
    for (const close of this.#closers) close();
  }

  async #gate(): Promise<void> {
    while (this.#paused) await this.#paused.promise;
    if (this.#cancelled) throw new SwitchoverError('copy.cancelled', 'The copy was cancelled.');
  }

  #progress(): void {
    const now = Date.now();
    this.#samples.push({ at: now, bytes: this.#bytesDone });
    while (this.#samples.length > 2 && (this.#samples[0]?.at ?? now) < now - 5000)
      this.#samples.shift();
    const first = this.#samples[0];
    const seconds = first ? (now - first.at) / 1000 : 0;
    const rate = first && seconds > 0.2 ? (this.#bytesDone - first.bytes) / seconds : 0;
    const left = Math.max(0, this.#bytesTotal - this.#bytesDone);
    this.#emit({
      type: 'progress',
      folder: this.#currentFolder,
      messagesDone: this.#messagesDone,
      messagesTotal: this.#messagesTotal,
      bytesDone: this.#bytesDone,
      bytesTotal: this.#bytesTotal,
      rate: Math.round(rate),
      etaSeconds: rate > 0 ? Math.round(left / rate) : null,
      state: this.state,
    });
  }

  async #controlSessions(): Promise<{ src: ReadOnlyImapSession; dst: WritableImapSession }> {
    if (!this.#src || this.#src.closed) {
      this.#src = await openImapSession(this.#o.source.settings, this.#o.source.password, {
        readOnly: true,
        ca: this.#o.ca,
        logger: this.#o.logger,
      });
      const src = this.#src;
      this.#closers.add(() => src.close());
    }
    if (!this.#dst || this.#dst.closed) {
      this.#dst = await openImapSession(this.#o.target.settings, this.#o.target.password, {
        readOnly: false,
        ca: this.#o.ca,
        logger: this.#o.logger,
      });
      const dst = this.#dst;
      this.#closers.add(() => dst.close());
      const limit = dst.capabilities.get('APPENDLIMIT');
      this.#appendLimit = typeof limit === 'number' && limit > 0 ? limit : undefined;
    }
    return { src: this.#src, dst: this.#dst };
  }

  async run(): Promise<CopyReport> {
    const timer = setInterval(() => {
      if (this.state === 'copying' || this.state === 'paused') this.#progress();
    }, this.#o.progressIntervalMs);
    try {
      return await this.#run();
    } finally {
      clearInterval(timer);
      this.#journal?.close();
      for (const close of this.#closers) close();
      this.#closers.clear();
    }
  }

  async #run(): Promise<CopyReport> {
    let plan: FolderPlan | undefined;
    let lastProgress = -1;
    let withoutProgress = 0;
    let firstPass = true;
    for (;;) {
      try {
        await this.#gate();
        const { src, dst } = await this.#controlSessions();
        if (!plan) {
          this.#setState('planning');
          plan =
            this.#o.plan ??
            planFolders(await listFolderTree(src), await listFolderTree(dst), {
              only: this.#o.folders,
            });
          this.#emit({ type: 'plan', plan });
          for (const folder of plan.create) await dst.createFolder(folder);
          const file = journalPath(
            this.#o.dataDir,
            `${this.#o.source.settings.username}@${this.#o.source.settings.host}:${this.#o.source.settings.port}`,
            `${this.#o.target.settings.username}@${this.#o.target.settings.host}:${this.#o.target.settings.port}`,
          );
          this.#journalEntries = Journal.read(file);
          this.#journal = Journal.open(file);
        }
        this.#setState('indexing');
        const work = await this.#indexAll(plan, src, dst);
        const remaining = work.reduce((n, w) => n + w.toCopy.length, 0);
        const remainingBytes = work.reduce(
          (n, w) => n + w.toCopy.reduce((b, m) => b + m.size, 0),
          0,
        );
        if (firstPass) {
          this.#messagesTotal = remaining;
          this.#bytesTotal = remainingBytes;
          firstPass = false;
        } else {
          this.#messagesTotal = this.#messagesDone + remaining;
          this.#bytesTotal = this.#bytesDone + remainingBytes;
        }
        if (remaining > 0) {
          this.#setState('copying');
          this.#progress();
          await this.#transfer(work);
          this.#progress();
        }
        if (this.#stopReason) return this.#finish(plan, work, false);
        this.#setState('verifying');
        await this.#verify(work, dst);
        return this.#finish(plan, work, true);
      } catch (caught) {
        const error =
          caught instanceof RestartNeeded
            ? caught.reason
            : caught instanceof SwitchoverError
              ? caught
              : SwitchoverError.from(caught);
        if (this.#cancelled || error.code === 'copy.cancelled') return this.#cancelledReport(plan);
        if (!isTransientImapError(error) && error.code !== 'imap.command-failed') throw error;
        if (this.#messagesDone > lastProgress) {
          lastProgress = this.#messagesDone;
          withoutProgress = 0;
        } else {
          withoutProgress += 1;
        }
        if (withoutProgress > this.#o.maxRetriesWithoutProgress) throw error;
        if (error.code === 'imap.too-many-connections') {
          this.#sourceConnections = Math.max(1, this.#sourceConnections - 1);
          this.#targetConnections = Math.max(1, this.#targetConnections - 1);
        }
        this.#retries += 1;
        const delayMs =
          Math.min(250 * 2 ** withoutProgress, 8000) + Math.floor(Math.random() * 200);
        this.#emit({ type: 'retry', attempt: this.#retries, error: error.toWire(), delayMs });
        this.#src?.close();
        this.#dst?.close();
        await sleep(delayMs);
      }
    }
  }

  async #indexAll(
    plan: FolderPlan,
    src: ReadOnlyImapSession,
    dst: WritableImapSession,
  ): Promise<FolderWork[]> {
    const work: FolderWork[] = [];
    for (const entry of plan.entries) {
      if (entry.action !== 'copy' || entry.containerOnly) continue;
      await this.#gate();
      const [source, target] = await Promise.all([
        indexFolder(src, entry.source),
        indexFolder(dst, entry.target),
      ]);
      const journaled = journaledUids(this.#journalEntries, entry.source, source.uidValidity);
      const diff = diffFolder(source.messages, target.messages, journaled);
      const report = this.#reportFor(entry);
      report.sourceMessages = source.messages.length;
      report.deletedLeftBehind = diff.deleted.length;
      report.alreadyThere = diff.alreadyThere - report.copied;
      const toCopy: IndexedMessage[] = [];
      const skippedUids = new Set(report.skipped.map((s) => s.uid));
      for (const m of diff.missing) {
        if (skippedUids.has(m.uid)) continue;
        if (this.#appendLimit !== undefined && m.size > this.#appendLimit) {
          report.skipped.push({
            uid: m.uid,
            key: m.key,
            size: m.size,
            reason: 'message.too-big',
            serverText: `APPENDLIMIT=${this.#appendLimit}`,
          });
          continue;
        }
        toCopy.push(m);
      }
      // Messages the server refused for good are not tried again in this run.
      const failedUids = new Set(report.failed.map((f) => f.uid));
      work.push({ entry, source, target, toCopy: toCopy.filter((m) => !failedUids.has(m.uid)) });
    }
    return work;
  }

  #reportFor(entry: FolderPlanEntry): FolderReport {
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

  #batches(work: FolderWork[]): Batch[] {
    const batches: Batch[] = [];
    for (const w of work) {
      let current: Batch | undefined;
      for (const m of w.toCopy) {
        if (m.size > this.#o.largeMessageBytes) {
          batches.push({
            entry: w.entry,
            uidValidity: w.source.uidValidity,
            messages: [m],
            bytes: m.size,
            large: true,
          });
          continue;
        }
        if (
          !current ||
          current.bytes + m.size > this.#o.batchBytes ||
          current.messages.length >= this.#o.batchMessages
        ) {
          current = {
            entry: w.entry,
            uidValidity: w.source.uidValidity,
            messages: [],
            bytes: 0,
            large: false,
          };
          batches.push(current);
        }
        current.messages.push(m);
        current.bytes += m.size;
      }
    }
    return batches;
  }

  /** Opens up to `count` connections at once; fewer when the server says there are too many. */
  async #openSome<T extends { close(): void }>(
    count: number,
    open: () => Promise<T>,
  ): Promise<T[]> {
    const results = await Promise.allSettled(Array.from({ length: count }, () => open()));
    const opened = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    for (const c of opened) this.#closers.add(() => c.close());
    const failure = results.find((r) => r.status === 'rejected');
    if (
      failure &&
      (opened.length === 0 ||
        (failure.reason as SwitchoverError).code !== 'imap.too-many-connections')
    ) {
      for (const c of opened) c.close();
      throw failure.reason;
    }
    return opened;
  }

  async #openReaders(): Promise<ReadOnlyImapSession[]> {
    const readers = await this.#openSome(this.#sourceConnections, () =>
      openImapSession(this.#o.source.settings, this.#o.source.password, {
        readOnly: true,
        ca: this.#o.ca,
        logger: this.#o.logger,
      }),
    );
    this.#sourceConnections = readers.length;
    return readers;
  }

  async #openAppenders(): Promise<AppendConnection[]> {
    const appenders = await this.#openSome(this.#targetConnections, () =>
      AppendConnection.open(this.#o.target.settings, this.#o.target.password, { ca: this.#o.ca }),
    );
    this.#targetConnections = appenders.length;
    return appenders;
  }

  async #transfer(work: FolderWork[]): Promise<void> {
    const [readers, appenders] = await Promise.all([this.#openReaders(), this.#openAppenders()]);
    const budget = new ByteBudget(this.#o.byteBudget);
    const queue = this.#batches(work);
    const permanent = new Map(work.map((w) => [w.entry.target, w.target.permanentFlags]));
    const outstanding = new Set<Promise<void>>();
    let restart: SwitchoverError | undefined;
    const stopping = () =>
      restart !== undefined || this.#stopReason !== undefined || this.#cancelled;

    const dispatch = (
      batch: Batch,
      m: IndexedMessage,
      content: AppendOutcomeContent,
      size: number,
      done: () => void,
    ) => {
      const live = appenders.filter((a) => !a.closed);
      const appender = live.sort((a, b) => a.inFlightBytes - b.inFlightBytes)[0];
      if (!appender) {
        restart ??= new SwitchoverError(
          'imap.connection-lost',
          'No connection to the new provider.',
        );
        done();
        return;
      }
      const p = appender
        .append(
          {
            mailbox: batch.entry.target,
            flags: m.flags,
            internalDate: m.internalDate,
            size,
            content,
          },
          permanent.get(batch.entry.target),
        )
        .then((outcome) => this.#onOutcome(batch, m, size, outcome, (e) => (restart ??= e)))
        .finally(() => {
          done();
          outstanding.delete(p);
        });
      outstanding.add(p);
    };

    const reader = async (session: ReadOnlyImapSession) => {
      let open: string | undefined;
      for (;;) {
        const batch = queue.shift();
        if (!batch || stopping()) return;
        await this.#gate();
        await budget.acquire(batch.large ? this.#o.largeMessageBytes : batch.bytes);
        let released = false;
        const releaseAll = () => {
          if (released) return;
          released = true;
          budget.release(batch.large ? this.#o.largeMessageBytes : batch.bytes);
        };
        try {
          if (open !== batch.entry.source) {
            const box = await session.examine(batch.entry.source);
            open = batch.entry.source;
            if (box.uidValidity.toString() !== batch.uidValidity) {
              throw new SwitchoverError(
                'imap.connection-lost',
                'The old folder changed while copying.',
              );
            }
          }
          this.#currentFolder = batch.entry.source;
          if (batch.large) {
            const m = batch.messages[0];
            if (!m) continue;
            const file = await this.#spool(session, m);
            const size = (await fsp.stat(file)).size;
            dispatch(
              batch,
              m,
              () => fs.createReadStream(file, { highWaterMark: 256 * 1024 }),
              size,
              () => {
                releaseAll();
                void fsp.rm(file, { force: true });
              },
            );
            continue;
          }
          let pendingInBatch = batch.messages.length;
          const wanted = new Map(batch.messages.map((m) => [m.uid, m]));
          const doneOne = () => {
            pendingInBatch -= 1;
            if (pendingInBatch === 0) releaseAll();
          };
          for await (const fetched of session.fetch(batch.messages.map((m) => m.uid).join(','), {
            uid: true,
            source: true,
          })) {
            const m = wanted.get(fetched.uid);
            if (!m || !fetched.source) continue;
            wanted.delete(fetched.uid);
            if (stopping()) {
              doneOne();
              continue;
            }
            dispatch(batch, m, fetched.source, fetched.source.length, doneOne);
          }
          // Expunged on the old side meanwhile: nothing to copy for those.
          for (let i = 0; i < wanted.size; i++) doneOne();
        } catch (error) {
          releaseAll();
          throw error;
        }
      }
    };

    const readerRuns = readers.map((session) =>
      reader(session).catch((error: unknown) => {
        const e = error instanceof SwitchoverError ? error : SwitchoverError.from(error);
        if (e.code === 'copy.cancelled') return;
        restart ??= e;
      }),
    );
    await Promise.all(readerRuns);
    while (outstanding.size > 0) await Promise.all([...outstanding]);
    this.#peakBudget = Math.max(this.#peakBudget, budget.peak);
    this.#journal?.flush();
    for (const r of readers) void r.logout();
    await Promise.all(appenders.map((a) => a.logout()));
    if (this.#cancelled) throw new SwitchoverError('copy.cancelled', 'The copy was cancelled.');
    if (restart) throw new RestartNeeded(restart);
  }

  /** Fetches a big message in pieces into a spool file, so it is never held whole in memory. */
  async #spool(session: ReadOnlyImapSession, m: IndexedMessage): Promise<string> {
    const dir = path.join(this.#o.dataDir, 'spool');
    await fsp.mkdir(dir, { recursive: true, mode: 0o700 });
    const file = path.join(dir, `${crypto.randomUUID()}.eml`);
    const handle = await fsp.open(file, 'w', 0o600);
    try {
      const chunk = this.#o.largeMessageBytes;
      for (let start = 0; ; start += chunk) {
        let got = 0;
        for await (const part of session.fetch(String(m.uid), {
          uid: true,
          source: { start, maxLength: chunk },
        })) {
          if (part.source) {
            got += part.source.length;
            await handle.write(part.source);
          }
        }
        if (got < chunk) break;
      }
    } finally {
      await handle.close();
    }
    return file;
  }

  #onOutcome(
    batch: Batch,
    m: IndexedMessage,
    size: number,
    outcome: AppendOutcome,
    restart: (e: SwitchoverError) => void,
  ): void {
    const report = this.#reportFor(batch.entry);
    if (outcome.ok) {
      const entry: JournalEntry = {
        folder: batch.entry.source,
        uidValidity: batch.uidValidity,
        uid: m.uid,
        key: m.key,
        target: batch.entry.target,
        at: new Date().toISOString(),
      };
      if (outcome.uid !== undefined) entry.targetUid = outcome.uid;
      this.#journal?.record(entry);
      this.#journalEntries.push(entry);
      report.copied += 1;
      this.#messagesDone += 1;
      this.#bytesDone += size;
      return;
    }
    const error = outcome.error;
    const notCopied: NotCopied = { uid: m.uid, key: m.key, size, reason: error.code };
    const serverText = (error.details as { serverText?: string } | undefined)?.serverText;
    if (serverText) notCopied.serverText = serverText;
    switch (error.code) {
      case 'message.too-big':
        report.skipped.push(notCopied);
        return;
      case 'message.rejected':
        report.failed.push(notCopied);
        return;
      case 'quota.exceeded':
        this.#stopReason ??= error;
        return;
      default:
        restart(error);
    }
  }

  async #verify(work: FolderWork[], dst: WritableImapSession): Promise<void> {
    for (const w of work) {
      const report = this.#reportFor(w.entry);
      const target = report.copied > 0 ? await indexFolder(dst, w.entry.target) : w.target;
      const excluded = new Set([...report.skipped, ...report.failed].map((s) => s.uid));
      const expected = w.source.messages.filter((m) => !excluded.has(m.uid));
      const diff = diffFolder(expected, target.messages);
      report.missingAfterVerify = diff.missing.length;
      report.verified = diff.missing.length === 0 && report.failed.length === 0;
    }
  }

  #finish(plan: FolderPlan, work: FolderWork[], verified: boolean): CopyReport {
    const folders = plan.entries
      .filter((e) => e.action === 'copy' && !e.containerOnly)
      .map((e) => this.#reportFor(e));
    if (this.#stopReason) {
      // Whatever was still to copy is listed with the reason the copy stopped.
      for (const w of work) {
        const report = this.#reportFor(w.entry);
        const copiedUids = new Set(
          this.#journalEntries
            .filter((j) => j.folder === w.entry.source && j.uidValidity === w.source.uidValidity)
            .map((j) => j.uid),
        );
        const listed = new Set([...report.skipped, ...report.failed].map((s) => s.uid));
        for (const m of w.toCopy) {
          if (copiedUids.has(m.uid) || listed.has(m.uid)) continue;
          report.failed.push({
            uid: m.uid,
            key: m.key,
            size: m.size,
            reason: this.#stopReason.code,
          });
        }
      }
    }
    const sum = (f: (r: FolderReport) => number) => folders.reduce((n, r) => n + f(r), 0);
    const allVerified = verified && folders.every((f) => f.verified);
    const report: CopyReport = {
      status: this.#stopReason ? 'stopped' : allVerified ? 'complete' : 'incomplete',
      copied: sum((r) => r.copied),
      skipped: sum((r) => r.skipped.length),
      failed: sum((r) => r.failed.length),
      alreadyThere: sum((r) => r.alreadyThere),
      deletedLeftBehind: sum((r) => r.deletedLeftBehind),
      bytes: this.#bytesDone,
      seconds: Math.round((Date.now() - this.#started) / 100) / 10,
      verified: allVerified,
      folders,
      summary: '',
      retries: this.#retries,
      peakBudgetBytes: this.#peakBudget,
    };
    if (this.#stopReason) report.stopReason = this.#stopReason.toWire();
    report.summary = summarize(report);
    this.#setState('done');
    this.#emit({ type: 'done', report });
    return report;
  }

  #cancelledReport(plan: FolderPlan | undefined): CopyReport {
    const folders = plan
      ? plan.entries
          .filter((e) => e.action === 'copy' && !e.containerOnly)
          .map((e) => this.#reportFor(e))
      : [];
    const sum = (f: (r: FolderReport) => number) => folders.reduce((n, r) => n + f(r), 0);
    const report: CopyReport = {
      status: 'cancelled',
      stopReason: new SwitchoverError('copy.cancelled', 'The copy was cancelled.').toWire(),
      copied: sum((r) => r.copied),
      skipped: sum((r) => r.skipped.length),
      failed: sum((r) => r.failed.length),
      alreadyThere: sum((r) => r.alreadyThere),
      deletedLeftBehind: sum((r) => r.deletedLeftBehind),
      bytes: this.#bytesDone,
      seconds: Math.round((Date.now() - this.#started) / 100) / 10,
      verified: false,
      folders,
      summary: '',
      retries: this.#retries,
      peakBudgetBytes: this.#peakBudget,
    };
    report.summary = summarize(report);
    this.#setState('done');
    this.#emit({ type: 'done', report });
    return report;
  }
}

type AppendOutcomeContent = Buffer | (() => fs.ReadStream);
