import crypto from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { SwitchoverError } from '../errors';
import {
  AppendConnection,
  isTransientImapError,
  ListConnection,
  listFolderTree,
  openImapSession,
  SpoolFetchConnection,
} from '../imap';
import type { AppendOutcome, FolderTree, ReadOnlyImapSession, WritableImapSession } from '../imap';
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
import {
  forgetVerifiedState,
  readVerifiedState,
  unchangedSince,
  verifiedStateOf,
  verifiedStatePath,
  writeVerifiedState,
} from './verifiedState';
import type { JournalEntry } from './journal';
import type { VerifiedState } from './verifiedState';
import { diffFolder, indexFolder } from './mailboxIndex';
import type { FolderIndex, IndexedMessage } from './mailboxIndex';
import { summarize } from './copyReport';
import { keepYoungGenerationSmall } from './youngGeneration';

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
  /** Target UIDs the server gave (APPENDUID) in this pass, and appends without one. */
  appendedUids: number[];
  appendedWithoutUid: number;
}

/** Connections opened once per attempt, beside the two control sessions. */
interface Pool {
  readers: ReadOnlyImapSession[];
  indexers: WritableImapSession[];
  appenders: AppendConnection[];
  /** Raw connections to the old account that fetch for the readers, one each (may be none). */
  spoolers: SpoolFetchConnection[];
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
  /** Extra sessions on the new account that index (and verify) folders in parallel. */
  targetIndexConnections: 2,
  byteBudget: 48 * 1024 * 1024,
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
};

/** Memory a big message holds while streamed: the spool's write, then read, buffers. */
const spoolMemoryBytes = 1024 * 1024;

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
  /** Folders of the plan still to create (again after a reconnect, until it succeeded). */
  #toCreate: readonly string[] = [];
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
  #stateSince = Date.now();
  #sourceTree: FolderTree | undefined;
  readonly #timings: Partial<Record<CopyState, number>> = {};
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
    // Work that moves on while paused (an answer already on its way) resumes in its new state.
    if (this.#paused && state !== 'paused' && state !== 'done') {
      this.#beforePause = state;
      return;
    }
    if (this.state === state) return;
    const now = Date.now();
    this.#timings[this.state] = (this.#timings[this.state] ?? 0) + (now - this.#stateSince) / 1000;
    this.#stateSince = now;
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

  /**
   * A re-run's fast path: both folder trees with counts over bare connections (one round trip
   * after login, no imapflow). When both sides are exactly as the last verified copy left them,
   * that verification still holds. Anything else (or any trouble) goes the usual way.
   */
  async #probeUnchanged(previous: VerifiedState): Promise<CopyReport | undefined> {
    const open = (endpoint: CopyOptions['source']) =>
      ListConnection.open(endpoint.settings, endpoint.password, {
        ca: this.#o.ca,
        network: this.#o.network,
      });
    const connections = await Promise.allSettled([open(this.#o.source), open(this.#o.target)]);
    const [src, dst] = connections.map((c) => (c.status === 'fulfilled' ? c.value : undefined));
    try {
      if (!src || !dst) return undefined;
      const [srcTree, dstTree] = await Promise.all([src.listTree(), dst.listTree()]);
      if (!srcTree || !dstTree) return undefined;
      const plan = this.#o.plan ?? planFolders(srcTree, dstTree, { only: this.#o.folders });
      const unchanged = unchangedSince(previous, plan, srcTree, dstTree);
      if (!unchanged) return undefined;
      this.#emit({ type: 'plan', plan });
      return this.#finishUnchanged(unchanged);
    } catch {
      return undefined;
    } finally {
      for (const c of [src, dst]) void c?.logout();
    }
  }

  /** Both control sessions, logged in side by side (each login costs several round trips). */
  async #controlSessions(): Promise<{ src: ReadOnlyImapSession; dst: WritableImapSession }> {
    const openSrc = async () => {
      if (this.#src && !this.#src.closed) return this.#src;
      const src = await openImapSession(this.#o.source.settings, this.#o.source.password, {
        readOnly: true,
        ca: this.#o.ca,
        network: this.#o.network,
        logger: this.#o.logger,
      });
      this.#src = src;
      this.#closers.add(() => src.close());
      return src;
    };
    const openDst = async () => {
      if (this.#dst && !this.#dst.closed) return this.#dst;
      const dst = await openImapSession(this.#o.target.settings, this.#o.target.password, {
        readOnly: false,
        ca: this.#o.ca,
        network: this.#o.network,
        logger: this.#o.logger,
      });
      this.#dst = dst;
      this.#closers.add(() => dst.close());
      const limit = dst.capabilities.get('APPENDLIMIT');
      this.#appendLimit = typeof limit === 'number' && limit > 0 ? limit : undefined;
      return dst;
    };
    const [src, dst] = await Promise.allSettled([openSrc(), openDst()]);
    if (src.status === 'rejected') throw src.reason;
    if (dst.status === 'rejected') throw dst.reason;
    return { src: src.value, dst: dst.value };
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

  #ids(): [string, string] {
    const { source, target } = this.#o;
    return [
      `${source.settings.username}@${source.settings.host}:${source.settings.port}`,
      `${target.settings.username}@${target.settings.host}:${target.settings.port}`,
    ];
  }

  async #run(): Promise<CopyReport> {
    let plan: FolderPlan | undefined;
    let lastProgress = -1;
    let withoutProgress = 0;
    for (;;) {
      let pool: Pool | undefined;
      let opening: Promise<Pool> | undefined;
      try {
        await this.#gate();
        let created: Promise<void> = Promise.resolve();
        if (!plan) {
          this.#setState('planning');
          const [sourceId, targetId] = this.#ids();
          const file = journalPath(this.#o.dataDir, sourceId, targetId);
          const statePath = verifiedStatePath(this.#o.dataDir, sourceId, targetId);
          const previous = readVerifiedState(statePath);
          // No verified copy to find unchanged: the pool will be needed, so it logs in meanwhile.
          if (!previous) opening = this.#openPool();
          else if (previous.report.verified) {
            const proven = await this.#probeUnchanged(previous);
            if (proven) return proven;
          }
          const { src, dst } = await this.#controlSessions();
          const [srcTree, dstTree] = await Promise.all([listFolderTree(src), listFolderTree(dst)]);
          plan = this.#o.plan ?? planFolders(srcTree, dstTree, { only: this.#o.folders });
          this.#emit({ type: 'plan', plan });
          // Nothing changed on either side since the last verified copy: that proof still holds.
          const unchanged = previous && unchangedSince(previous, plan, srcTree, dstTree);
          if (unchanged) return this.#finishUnchanged(unchanged);
          forgetVerifiedState(statePath);
          this.#sourceTree = srcTree;
          this.#journalEntries = Journal.read(file);
          this.#journal = Journal.open(file);
          opening ??= this.#openPool();
          pool = await opening;
          this.#toCreate = plan.create;
        }
        const { src, dst } = await this.#controlSessions();
        pool ??= await this.#openPool();
        const live = pool;
        await this.#gate();
        if (this.#toCreate.length > 0) {
          created = this.#createFolders(this.#toCreate, pool, dst).then(() => {
            this.#toCreate = [];
          });
          // Indexing the old side need not wait for the new folders; a failure surfaces below.
          created.catch(() => undefined);
        }
        this.#setState('indexing');
        // With a raw fetcher per reader the transfer needs none of the indexing sessions, so
        // each folder is copied as soon as both its sides are indexed.
        const overlap = live.spoolers.length > 0 && live.spoolers.length >= live.readers.length;
        const feed = new BatchFeed();
        const workOf = new Map<FolderPlanEntry, FolderWork>();
        this.#messagesTotal = this.#messagesDone;
        this.#bytesTotal = this.#bytesDone;
        let transferring: Promise<void> | undefined;
        const startTransfer = () => {
          // Only once there is something to move: start-up and planning run faster with V8's
          // default (a small young generation costs a re-run some scavenges).
          keepYoungGenerationSmall();
          this.#setState('copying');
          this.#progress();
          transferring = this.#transfer(feed, workOf, live);
          transferring.catch(() => undefined);
        };
        const onFolder = (w: FolderWork) => {
          workOf.set(w.entry, w);
          this.#messagesTotal += w.toCopy.length;
          this.#bytesTotal += w.toCopy.reduce((b, m) => b + m.size, 0);
          if (!overlap || w.toCopy.length === 0) return;
          if (!transferring) startTransfer();
          feed.push(this.#batches([w]));
        };
        let work: FolderWork[];
        try {
          work = await this.#indexAll(
            plan,
            [src, ...pool.readers],
            [dst, ...pool.indexers],
            created,
            onFolder,
          );
        } finally {
          feed.close();
        }
        if (!overlap) {
          const batches = this.#batches(work);
          if (batches.length > 0) {
            feed.push(batches);
            startTransfer();
          }
        }
        if (transferring) {
          await transferring;
          this.#progress();
        }
        if (this.#stopReason) return this.#finish(plan, work, false);
        this.#setState('verifying');
        const dstAfter = await this.#verify(work, dst, pool.indexers);
        const report = this.#finish(plan, work, true);
        if (report.verified && this.#sourceTree) {
          const [sourceId, targetId] = this.#ids();
          writeVerifiedState(
            verifiedStatePath(this.#o.dataDir, sourceId, targetId),
            verifiedStateOf(plan, this.#sourceTree, dstAfter, report),
          );
        }
        return report;
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
      } finally {
        if (pool) this.#closePool(pool);
        else if (opening) opening.then((p) => this.#closePool(p)).catch(() => undefined);
      }
    }
  }

  /** New folders, parents first, in one pipelined flight on an append connection. */
  async #createFolders(paths: readonly string[], pool: Pool, dst: WritableImapSession) {
    if (paths.length === 0) return;
    const appender = pool.appenders.find((a) => !a.closed);
    if (appender) {
      await appender.createFolders(paths, { subscribe: true });
      return;
    }
    for (const folder of paths) await dst.createFolder(folder);
  }

  /** Readers, indexers and appenders, opened all at once (each login costs round trips). */
  async #openPool(): Promise<Pool> {
    const [readers, indexers, appenders, spoolers] = await Promise.all([
      this.#openReaders(),
      this.#openSome(Math.max(0, this.#o.targetIndexConnections), () =>
        openImapSession(this.#o.target.settings, this.#o.target.password, {
          readOnly: false,
          ca: this.#o.ca,
          network: this.#o.network,
          logger: this.#o.logger,
        }),
      ).catch(() => [] as WritableImapSession[]),
      this.#openAppenders(),
      // Without them big messages are fetched in pieces through the readers: slower, still right.
      this.#openSome(Math.max(0, Math.min(this.#o.spoolConnections, this.#sourceConnections)), () =>
        SpoolFetchConnection.open(this.#o.source.settings, this.#o.source.password, {
          ca: this.#o.ca,
          network: this.#o.network,
        }),
      ).catch(() => [] as SpoolFetchConnection[]),
    ]);
    return { readers, indexers, appenders, spoolers };
  }

  #closePool(pool: Pool): void {
    for (const r of pool.readers) void r.logout();
    for (const i of pool.indexers) void i.logout();
    for (const a of pool.appenders) a.close();
    for (const s of pool.spoolers) void s.logout();
  }

  /** Indexes every folder on both sides, several folders at once (one per session pair). */
  /**
   * Indexes every folder on both sides: each side's sessions take folders from their own queue
   * (the old side need not wait for the new side's folders to be created).
   */
  async #indexAll(
    plan: FolderPlan,
    srcs: ReadOnlyImapSession[],
    dsts: WritableImapSession[],
    targetReady: Promise<void>,
    onFolder: (work: FolderWork) => void,
  ): Promise<FolderWork[]> {
    const entries = plan.entries.filter((e) => e.action === 'copy' && !e.containerOnly);
    const sources = new Map<FolderPlanEntry, FolderIndex>();
    const targets = new Map<FolderPlanEntry, FolderIndex>();
    const results = new Map<FolderPlanEntry, FolderWork>();
    const completed = (entry: FolderPlanEntry) => {
      const source = sources.get(entry);
      const target = targets.get(entry);
      if (!source || !target) return;
      const work = this.#workFor(entry, source, target);
      results.set(entry, work);
      onFolder(work);
    };
    const side = async <S extends ReadOnlyImapSession | WritableImapSession>(
      sessions: S[],
      pathOf: (e: FolderPlanEntry) => string,
      into: Map<FolderPlanEntry, FolderIndex>,
    ) => {
      let next = 0;
      const worker = async (session: S) => {
        for (;;) {
          const entry = entries[next++];
          if (!entry) return;
          await this.#gate();
          into.set(entry, await indexFolder(session, pathOf(entry)));
          completed(entry);
        }
      };
      await Promise.all(sessions.filter((s) => !s.closed).map((s) => worker(s)));
    };
    await Promise.all([
      side(srcs, (e) => e.source, sources),
      targetReady.then(() => side(dsts, (e) => e.target, targets)),
    ]);
    return entries.flatMap((e) => {
      const w = results.get(e);
      return w ? [w] : [];
    });
  }

  #workFor(entry: FolderPlanEntry, source: FolderIndex, target: FolderIndex): FolderWork {
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
    return {
      entry,
      source,
      target,
      toCopy: toCopy.filter((m) => !failedUids.has(m.uid)),
      appendedUids: [],
      appendedWithoutUid: 0,
    };
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
    // The big ones first: each is the longest single transfer, so it must not be the tail.
    return [...batches.filter((b) => b.large), ...batches.filter((b) => !b.large)];
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
        network: this.#o.network,
        logger: this.#o.logger,
      }),
    );
    this.#sourceConnections = readers.length;
    return readers;
  }

  async #openAppenders(): Promise<AppendConnection[]> {
    const appenders = await this.#openSome(this.#targetConnections, () =>
      AppendConnection.open(this.#o.target.settings, this.#o.target.password, {
        ca: this.#o.ca,
        network: this.#o.network,
      }),
    );
    this.#targetConnections = appenders.length;
    return appenders;
  }

  async #transfer(
    queue: BatchFeed,
    workOf: ReadonlyMap<FolderPlanEntry, FolderWork>,
    pool: Pool,
  ): Promise<void> {
    const { readers, appenders } = pool;
    const budget = new ByteBudget(this.#o.byteBudget);
    const outstanding = new Set<Promise<void>>();
    let restart: SwitchoverError | undefined;
    const stopping = () =>
      restart !== undefined || this.#stopReason !== undefined || this.#cancelled;

    /** Appends messages of one batch on the least busy connection (MULTIAPPEND when several). */
    const dispatch = (batch: Batch, items: Outgoing[]) => {
      const live = appenders.filter((a) => !a.closed);
      const appender = live.sort((a, b) => a.inFlightBytes - b.inFlightBytes)[0];
      if (!appender) {
        restart ??= new SwitchoverError(
          'imap.connection-lost',
          'No connection to the new provider.',
        );
        for (const item of items) item.done();
        return;
      }
      const messages = items.map((item) => ({
        mailbox: batch.entry.target,
        flags: item.m.flags,
        internalDate: item.m.internalDate,
        size: item.size,
        content: item.content,
      }));
      const flags = workOf.get(batch.entry)?.target.permanentFlags;
      const sent =
        messages.length === 1 && messages[0]
          ? appender.append(messages[0], flags).then((o) => [o])
          : this.#o.multiAppend
            ? appender.appendBatch(messages, flags)
            : Promise.all(messages.map((message) => appender.append(message, flags)));
      const p = sent
        .then((outcomes) => {
          const w = workOf.get(batch.entry);
          items.forEach((item, i) => {
            const outcome = outcomes[i];
            if (!outcome) return;
            if (outcome.ok && w) {
              if (outcome.uid !== undefined && outcome.uidValidity === w.target.uidValidity)
                w.appendedUids.push(outcome.uid);
              else w.appendedWithoutUid += 1;
            }
            this.#onOutcome(batch, item.m, item.size, outcome, (e) => (restart ??= e));
          });
        })
        .finally(() => {
          for (const item of items) item.done();
          outstanding.delete(p);
        });
      outstanding.add(p);
    };

    const reader = async (session: ReadOnlyImapSession, raw: SpoolFetchConnection | undefined) => {
      let open: string | undefined;
      for (;;) {
        const batch = await queue.next();
        if (!batch || stopping()) return;
        await this.#gate();
        // A big message streamed to disk holds only stream buffers in memory; in pieces, a piece.
        // A reader given a raw fetcher never falls back to its session: that one may be
        // indexing another folder meanwhile. A lost fetcher means a reconnect.
        if (raw?.closed) {
          throw new SwitchoverError(
            'imap.connection-lost',
            'The connection to the server was lost.',
          );
        }
        const fetcher = raw;
        const streamed = fetcher !== undefined;
        const share = batch.large
          ? streamed
            ? spoolMemoryBytes
            : this.#o.largeMessageBytes
          : batch.bytes;
        await budget.acquire(share);
        let released = false;
        const releaseAll = () => {
          if (released) return;
          released = true;
          budget.release(share);
        };
        try {
          if (batch.large) {
            const m = batch.messages[0];
            const spooled = m ? await this.#spool(session, fetcher, batch, m) : undefined;
            if (!m || !spooled || stopping()) {
              releaseAll();
              if (spooled) void fsp.rm(spooled.file, { force: true });
              continue;
            }
            // The imapflow path may have opened another folder on this session.
            if (spooled.viaSession) open = batch.entry.source;
            dispatch(batch, [
              {
                m,
                content: { file: spooled.file },
                size: spooled.size,
                done: () => {
                  releaseAll();
                  void fsp.rm(spooled.file, { force: true });
                },
              },
            ]);
            continue;
          }
          if (!fetcher && open !== batch.entry.source) {
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
          let pendingInBatch = batch.messages.length;
          const wanted = new Map(batch.messages.map((m) => [m.uid, m]));
          const doneOne = () => {
            pendingInBatch -= 1;
            if (pendingInBatch === 0) releaseAll();
          };
          // Groups go out as they fill, so appending overlaps the rest of the fetch.
          let group: Outgoing[] = [];
          let groupBytes = 0;
          const flush = () => {
            if (group.length > 0) dispatch(batch, group);
            group = [];
            groupBytes = 0;
          };
          const take = (uid: number, source: Buffer) => {
            const m = wanted.get(uid);
            if (!m) return;
            wanted.delete(uid);
            if (stopping()) {
              doneOne();
              return;
            }
            group.push({ m, content: source, size: source.length, done: doneOne });
            groupBytes += source.length;
            if (
              group.length >= this.#o.appendGroupMessages ||
              groupBytes >= this.#o.appendGroupBytes
            )
              flush();
          };
          const uids = batch.messages.map((m) => m.uid);
          if (fetcher) {
            // One pipelined EXAMINE + UID FETCH; bodies land in buffers of their exact size.
            await fetcher.fetchMessages(batch.entry.source, uids, batch.uidValidity, take);
          } else {
            for await (const fetched of session.fetch(uids.join(','), {
              uid: true,
              source: true,
            })) {
              if (fetched.source) take(fetched.uid, fetched.source);
            }
          }
          flush();
          // Expunged on the old side meanwhile: nothing to copy for those.
          for (let i = 0; i < wanted.size; i++) doneOne();
        } catch (error) {
          releaseAll();
          throw error;
        }
      }
    };

    const readerRuns = readers.map((session, i) =>
      reader(session, pool.spoolers[i]).catch((error: unknown) => {
        const e = error instanceof SwitchoverError ? error : SwitchoverError.from(error);
        if (e.code === 'copy.cancelled') return;
        restart ??= e;
      }),
    );
    await Promise.all(readerRuns);
    while (outstanding.size > 0) await Promise.all([...outstanding]);
    this.#peakBudget = Math.max(this.#peakBudget, budget.peak);
    this.#journal?.flush();
    await Promise.all(appenders.map((a) => a.logout()));
    if (this.#cancelled) throw new SwitchoverError('copy.cancelled', 'The copy was cancelled.');
    if (restart) throw new RestartNeeded(restart);
  }

  /**
   * Brings a big message into a spool file, never holding it whole in memory: streamed in one
   * FETCH on a spool connection, or else fetched in pieces through the reader's session.
   * Undefined when the message is gone from the old folder.
   */
  async #spool(
    session: ReadOnlyImapSession,
    spooler: SpoolFetchConnection | undefined,
    batch: Batch,
    m: IndexedMessage,
  ): Promise<{ file: string; size: number; viaSession: boolean } | undefined> {
    const dir = path.join(this.#o.dataDir, 'spool');
    await fsp.mkdir(dir, { recursive: true, mode: 0o700 });
    const file = path.join(dir, `${crypto.randomUUID()}.eml`);
    this.#currentFolder = batch.entry.source;
    if (spooler) {
      try {
        const got = await spooler.fetchToFile(batch.entry.source, m.uid, file);
        if (got && got.uidValidity !== batch.uidValidity) {
          throw new SwitchoverError(
            'imap.connection-lost',
            'The old folder changed while copying.',
          );
        }
        if (!got) {
          await fsp.rm(file, { force: true });
          return undefined;
        }
        return { file, size: got.bytes, viaSession: false };
      } catch (error) {
        await fsp.rm(file, { force: true });
        throw error instanceof SwitchoverError ? error : SwitchoverError.from(error);
      }
    }
    const box = await session.examine(batch.entry.source);
    if (box.uidValidity.toString() !== batch.uidValidity) {
      throw new SwitchoverError('imap.connection-lost', 'The old folder changed while copying.');
    }
    await this.#spoolInPieces(session, m, file);
    const size = (await fsp.stat(file)).size;
    if (size === 0) {
      await fsp.rm(file, { force: true });
      return undefined;
    }
    return { file, size, viaSession: true };
  }

  /** Fetches a big message in pieces into a spool file, so it is never held whole in memory. */
  async #spoolInPieces(session: ReadOnlyImapSession, m: IndexedMessage, file: string) {
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

  /**
   * Per folder, source keys ⊆ target keys. One LIST-STATUS of the new account first: a folder
   * whose only change since it was indexed is exactly our appends (UIDVALIDITY kept, UIDNEXT moved
   * by the number of APPENDUIDs we got, all of them in that range, EXISTS up by as many) provably
   * holds the indexed messages plus ours, so it needs no second index. Any other folder is
   * indexed again and compared key by key. Returns the listing (the basis of the next re-run).
   */
  async #verify(
    work: FolderWork[],
    dst: WritableImapSession,
    more: WritableImapSession[],
  ): Promise<FolderTree> {
    // NOOP first: Dovecot answers STATUS of the selected folder from the session's own view.
    await dst.noop();
    const tree = await listFolderTree(dst);
    const statusOf = new Map(tree.folders.map((f) => [f.path, f.status]));
    const queue = work.filter((w) => {
      if (w.appendedUids.length + w.appendedWithoutUid === 0) return !this.#settle(w, w.target);
      const st = statusOf.get(w.entry.target);
      const uids = new Set(w.appendedUids);
      const n = w.appendedUids.length;
      const proven =
        st !== undefined &&
        w.appendedWithoutUid === 0 &&
        uids.size === n &&
        st.uidValidity === w.target.uidValidity &&
        st.uidNext === w.target.uidNext + n &&
        st.messages === w.target.exists + n &&
        w.appendedUids.every((u) => u >= w.target.uidNext && u < st.uidNext);
      return !(proven && this.#settle(w, w.target, n));
    });
    let next = 0;
    const worker = async (session: WritableImapSession) => {
      for (;;) {
        const w = queue[next++];
        if (!w) return;
        this.#settle(w, await indexFolder(session, w.entry.target));
      }
    };
    await Promise.all([dst, ...more.filter((m) => !m.closed)].map((s) => worker(s)));
    return tree;
  }

  /**
   * Compares one folder's source with a target index (plus `appended` messages proven present
   * by their APPENDUIDs, which are then exactly those journaled in this pass). True when done.
   */
  #settle(w: FolderWork, target: FolderIndex, appended = 0): boolean {
    const report = this.#reportFor(w.entry);
    const excluded = new Set([...report.skipped, ...report.failed].map((s) => s.uid));
    const expected = w.source.messages.filter((m) => !excluded.has(m.uid));
    const present = [...target.messages];
    if (appended > 0) {
      const copied = new Set(w.toCopy.map((m) => m.uid));
      const journaled = this.#journalEntries.filter(
        (j) => j.folder === w.entry.source && j.uidValidity === w.source.uidValidity,
      );
      const thisPass = journaled.filter((j) => copied.has(j.uid));
      if (thisPass.length !== appended) return false;
      const bySourceUid = new Map(w.source.messages.map((m) => [m.uid, m]));
      for (const j of thisPass) {
        const m = bySourceUid.get(j.uid);
        if (m) present.push({ ...m, deleted: false });
      }
    }
    const diff = diffFolder(expected, present);
    report.missingAfterVerify = diff.missing.length;
    report.verified = diff.missing.length === 0 && report.failed.length === 0;
    return true;
  }

  /** The last verified report, still true: both sides are exactly as they were then. */
  #finishUnchanged(previous: CopyReport): CopyReport {
    const folders = previous.folders.map((f) => ({
      ...f,
      alreadyThere: f.alreadyThere + f.copied,
      copied: 0,
    }));
    const report: CopyReport = {
      ...previous,
      status: 'complete',
      copied: 0,
      alreadyThere: previous.alreadyThere + previous.copied,
      bytes: 0,
      seconds: Math.round((Date.now() - this.#started) / 100) / 10,
      folders,
      retries: 0,
      peakBudgetBytes: 0,
      unchangedSinceVerified: true,
    };
    delete report.timings;
    report.summary = summarize(report);
    this.#setState('done');
    report.timings = this.#roundedTimings();
    this.#emit({ type: 'done', report });
    return report;
  }

  #roundedTimings(): Partial<Record<CopyState, number>> {
    return Object.fromEntries(
      Object.entries(this.#timings).map(([k, v]) => [k, Math.round(v * 100) / 100]),
    );
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
    report.timings = this.#roundedTimings();
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

/** Batches handed to the readers as folders finish indexing; big messages go first. */
class BatchFeed {
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

/** One fetched message on its way to the new account; `done` frees its share of the budget. */
interface Outgoing {
  m: IndexedMessage;
  content: Buffer | { file: string };
  size: number;
  done: () => void;
}
