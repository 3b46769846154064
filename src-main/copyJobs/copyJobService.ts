import crypto from 'node:crypto';
import path from 'node:path';
import {
  SwitchoverError,
  type AccountSummary,
  type CallInput,
  type CopyJobView,
  type CopyPhase,
  type CopyPlan,
  type CopyProgressView,
  type Drop,
  type DropPreview,
  type EventHub,
  type Language,
} from '../contract';
import { planFolders, startCopy } from '../copy';
import type { CopyEvent, CopyJob, CopyOptions, FolderPlan } from '../copy';
import { reportView } from './reportView';
import { listFolderTree, openImapSession } from '../imap';
import type { FolderTree } from '../imap';
import { archiveName } from './archiveName';
import { folderSizes } from './folderSizes';
import { jobStatePath, readJobState, writeJobState, type JobState } from './jobStateFile';
import { cancelledWhileWaiting } from './waitingJob';
import {
  applyChanges,
  copyPlanView,
  movedFolders,
  planForFolders,
  previewDrop,
  type ListedAccount,
  type PlanChange,
} from './planView';
import type { CaOption, NetworkPath } from '../net';
import type { Secret } from '../oauth';

/** The accounts service, as far as copying needs it. */
export interface CopyCredentials {
  credentials(role: 'old' | 'new'): Promise<{ account: AccountSummary; password: Secret }>;
}

export interface CopyJobServiceDeps {
  accounts: CopyCredentials;
  hub: EventHub;
  /** Switchover's data folder: the job state, and the engine's journal and spool below it. */
  dataDir: string;
  /** Extra trusted CA (tests); otherwise the system store plus NODE_EXTRA_CA_CERTS. */
  ca?: CaOption;
  /** The accounts' network: copies reach the servers the way the sign-in did (DNS, port map). */
  network?: NetworkPath;
  /** The engine (tests may slow it down through its options). */
  startCopy?: (options: CopyOptions) => CopyJob;
  engineOptions?: Partial<Omit<CopyOptions, 'source' | 'target' | 'dataDir' | 'plan'>>;
  /** How long listing folder sizes may take before the trees show counts only. */
  sizeBudgetMs?: number;
  /** Lists one account's folders with counts and sizes (tests may stand in for the servers). */
  listAccount?: (
    account: AccountSummary,
    password: Secret,
    role: 'old' | 'new',
  ) => Promise<ListedAccount>;
  /** The person's language: names the new Archive folder when the new account has none. */
  language?: () => Language;
}

export type ChangeInput = CallInput<'copy.changePlan'>;
export type StartInput = CallInput<'copy.start'>;

export interface CopyJobService {
  plan(refresh?: boolean): Promise<CopyPlan>;
  changePlan(change: ChangeInput): Promise<CopyPlan>;
  previewDrop(drop: Drop): Promise<DropPreview>;
  start(input: StartInput): Promise<CopyJobView>;
  pause(): CopyJobView;
  resume(): CopyJobView;
  cancel(): CopyJobView;
  status(): CopyJobView | null;
  /**
   * Switchover is quitting: the live job stops, but its state on disk stays "running", so the
   * next start offers to continue where it stopped.
   */
  close(): Promise<void>;
}

interface Listed {
  key: string;
  old: ListedAccount;
  next: ListedAccount;
  basePlan: FolderPlan;
  /** How many copies had ended when the new side was listed: one more since, and it is stale. */
  copiesEnded: number;
}

/**
 * A listing under way: joined only by a caller it answers (the same accounts, begun after the last
 * copy ended, and both sides when both are asked for).
 */
interface Listing {
  key: string;
  copiesEnded: number;
  both: boolean;
  done: Promise<Listed>;
}

interface Live {
  engine: CopyJob;
  /** Asked to pause: the engine's own state can move on to a later phase meanwhile. */
  paused: boolean;
  view: CopyJobView;
  plan: FolderPlan;
  accounts: string;
  done: Promise<void>;
}

const persistEveryMs = 1000;

function accountsKey(old: AccountSummary, next: AccountSummary): string {
  const id = (a: AccountSummary) => `${a.imap.username}@${a.imap.host}:${a.imap.port}`;
  return `${id(old)} -> ${id(next)}`;
}

/**
 * The copy job of screen 4. It lives in the main process (a renderer that reloads finds it again
 * with status()), one at a time, and keeps its state in the data folder without secrets.
 */
export function createCopyJobService(deps: CopyJobServiceDeps): CopyJobService {
  const run = deps.startCopy ?? startCopy;
  const stateFile = jobStatePath(deps.dataDir);
  let listed: Listed | undefined;
  let listing: Listing | undefined;
  // Each copy that ends changes the new side's counts.
  let copiesEnded = 0;
  let changes: PlanChange[] = [];
  let live: Live | undefined;
  let closing = false;
  // Read lazily: the last job as it was left, a running one becoming "interrupted".
  let last: JobState | null | undefined;

  const lastState = (): JobState | null => {
    if (last === undefined) {
      const stored = readJobState(stateFile) ?? null;
      if (stored && (stored.job.status === 'running' || stored.job.status === 'paused')) {
        stored.job = {
          ...stored.job,
          status: 'interrupted',
          progress: { ...stored.job.progress, phase: 'done', rate: 0, etaSeconds: null },
        };
      }
      last = stored;
    }
    return last;
  };

  const credentials = async () => {
    const [old, next] = await Promise.all([
      deps.accounts.credentials('old'),
      deps.accounts.credentials('new'),
    ]);
    return { old, next, key: accountsKey(old.account, next.account) };
  };

  const listOnServer = async (
    account: AccountSummary,
    password: Secret,
    role: 'old' | 'new',
  ): Promise<ListedAccount> => {
    // The old side is only read, so it gets the read-only session.
    const via = {
      ...(deps.ca !== undefined ? { ca: deps.ca } : {}),
      ...(deps.network !== undefined ? { network: deps.network } : {}),
    };
    const session =
      role === 'old'
        ? await openImapSession(account.imap, password, { readOnly: true, ...via })
        : await openImapSession(account.imap, password, { readOnly: false, ...via });
    try {
      const tree: FolderTree = await listFolderTree(session, true);
      const sizes = await folderSizes(session, tree, deps.sizeBudgetMs);
      const listed: ListedAccount = { email: account.email, tree, sizes };
      // Whether Gmail's labels can be kept as tags: SELECT (EXAMINE lists no PERMANENTFLAGS).
      if (!session.readOnly)
        listed.keywords = (await session.select('INBOX')).permanentFlags.has('\\*');
      return listed;
    } finally {
      await session.logout();
    }
  };

  const listAccount = deps.listAccount ?? listOnServer;

  /**
   * Both accounts' folders, listed again when `refresh` is asked for, for other accounts, and on
   * the new side after a copy ended (a copy only reads the old side, so that listing is kept).
   */
  const list = async (refresh: boolean): Promise<Listed> => {
    const { old, next, key } = await credentials();
    const ended = copiesEnded;
    const same = listed?.key === key ? listed : undefined;
    if (same && same.copiesEnded === ended && !refresh) return same;
    if (listing?.key === key && listing.copiesEnded === ended && (listing.both || !refresh)) {
      return listing.done;
    }
    const keptOld = refresh ? undefined : same?.old;
    const done = (async (): Promise<Listed> => {
      const [o, n] = await Promise.all([
        keptOld ?? listAccount(old.account, old.password, 'old'),
        listAccount(next.account, next.password, 'new'),
      ]);
      const fresh = {
        key,
        old: o,
        next: n,
        basePlan: planFolders(o.tree, n.tree, { archiveName: archiveName(deps.language?.()) }),
        copiesEnded: ended,
      };
      // A listing begun before the last copy ended never replaces one begun after it.
      if (listed?.key !== key) changes = [];
      if (listed?.key !== key || listed.copiesEnded <= ended) listed = fresh;
      return fresh;
    })().finally(() => {
      if (listing?.done === done) listing = undefined;
    });
    listing = { key, copiesEnded: ended, both: keptOld === undefined, done };
    return done;
  };

  const currentPlan = (l: Listed) => applyChanges(l.basePlan, l.old.tree, l.next.tree, changes);

  const view = async (refresh = false): Promise<CopyPlan> => {
    const l = await list(refresh);
    return copyPlanView(l.old, l.next, currentPlan(l), changes.length > 0);
  };

  const checkDrop = (l: Listed, drop: Drop) => {
    if (drop.source !== '*' && !l.old.tree.folders.some((f) => f.path === drop.source)) {
      throw new SwitchoverError('folder.not-found', 'That folder is not in the old account.');
    }
    if (drop.into !== null && !l.next.tree.folders.some((f) => f.path === drop.into)) {
      throw new SwitchoverError('folder.not-found', 'That folder is not in the new account.');
    }
  };

  /** A copy paused by a provider's limit goes on by itself at `at` (or at once, if past). */
  let resumeTimer: NodeJS.Timeout | undefined;
  const resumeLater = (at: string) => {
    clearTimeout(resumeTimer);
    const delay = Math.max(0, Date.parse(at) - Date.now());
    resumeTimer = setTimeout(() => {
      // Nothing to do when the person started another copy meanwhile, or signed out.
      service.start({ resume: true }).catch(() => undefined);
    }, delay);
    resumeTimer.unref();
  };

  const persist = (state: Live | JobState) => {
    if (closing) return;
    const job = 'engine' in state ? state.view : state.job;
    const stored: JobState = { accounts: state.accounts, job, plan: state.plan };
    last = stored;
    try {
      writeJobState(stateFile, stored);
    } catch {
      // A full or read-only disk must not stop the copy; only "continue after a crash" is lost.
    }
  };

  const startJob = (
    plan: FolderPlan,
    folders: CopyJobView['folders'],
    creds: Awaited<ReturnType<typeof credentials>>,
  ): CopyJobView => {
    // A copy waiting for a provider's limit is superseded: its timer must not start it again.
    clearTimeout(resumeTimer);
    const jobId = crypto.randomUUID();
    const engine = run({
      ...deps.engineOptions,
      source: { settings: creds.old.account.imap, password: creds.old.password },
      target: { settings: creds.next.account.imap, password: creds.next.password },
      dataDir: path.join(deps.dataDir, 'copy'),
      ...(deps.ca !== undefined ? { ca: deps.ca } : {}),
      ...(deps.network !== undefined ? { network: deps.network } : {}),
      plan,
    });
    const progress: CopyProgressView = {
      jobId,
      phase: 'starting',
      folder: '',
      messagesDone: 0,
      messagesTotal: 0,
      bytesDone: 0,
      bytesTotal: 0,
      rate: 0,
      etaSeconds: null,
    };
    const job: Live = {
      engine,
      paused: false,
      plan,
      accounts: creds.key,
      view: {
        jobId,
        status: 'running',
        startedAt: new Date().toISOString(),
        from: creds.old.account.email,
        to: creds.next.account.email,
        folders,
        progress,
      },
      done: Promise.resolve(),
    };
    let persistedAt = 0;
    const update = (patch: Partial<CopyProgressView>, force = false) => {
      job.view = { ...job.view, progress: { ...job.view.progress, ...patch } };
      deps.hub.emit('copy.progress', job.view.progress);
      if (force || Date.now() - persistedAt >= persistEveryMs) {
        persistedAt = Date.now();
        persist(job);
      }
    };
    engine.on((event: CopyEvent) => {
      if (event.type === 'progress') {
        update({
          phase: job.paused ? 'paused' : event.state,
          folder: event.folder,
          messagesDone: event.messagesDone,
          messagesTotal: event.messagesTotal,
          bytesDone: event.bytesDone,
          bytesTotal: event.bytesTotal,
          rate: event.rate,
          etaSeconds: event.etaSeconds,
        });
      } else if (event.type === 'state') {
        const phase: CopyPhase = job.paused ? 'paused' : event.state;
        update({ phase }, true);
      } else if (event.type === 'schedule') {
        update({ schedule: { ...event.schedule } }, true);
      } else if (event.type === 'wait') {
        update({
          waitingUntil: new Date(event.until).toISOString(),
          waitReason: event.reason.code,
          waitSide: event.side,
        });
      }
    });
    const finish = (patch: Partial<CopyJobView>) => {
      job.view = {
        ...job.view,
        ...patch,
        finishedAt: new Date().toISOString(),
        progress: { ...job.view.progress, phase: 'done', rate: 0, etaSeconds: 0 },
      };
      if (live === job) live = undefined;
      copiesEnded += 1;
      persist(job);
      if (!closing) deps.hub.emit('copy.finished', job.view);
    };
    job.done = engine.done.then(
      (report) => {
        if (report.status === 'paused' && report.resumeAfter) {
          finish({ status: 'waiting', report: reportView(report), resumeAt: report.resumeAfter });
          resumeLater(report.resumeAfter);
          return;
        }
        finish({ status: 'finished', report: reportView(report) });
      },
      (error: unknown) => finish({ status: 'failed', error: SwitchoverError.from(error).toWire() }),
    );
    live = job;
    persist(job);
    deps.hub.emit('copy.progress', progress);
    return job.view;
  };

  // Its own code rather than copy.cancelled: the job may simply have ended a moment ago.
  const liveJob = (): Live => {
    if (!live) throw new SwitchoverError('copy.no-job', 'No copy is running.');
    return live;
  };

  const service: CopyJobService = {
    plan: (refresh) => view(refresh ?? false),

    async changePlan(change) {
      const l = await list(false);
      if ('drop' in change && change.drop === true)
        changes.push({ kind: 'drop', source: change.source });
      else if ('keep' in change) changes.push({ kind: 'keep', source: change.source });
      else if ('rank' in change)
        changes.push({ kind: 'rank', source: change.source, rank: change.rank });
      else if ('labels' in change) changes.push({ kind: 'labels', labels: change.labels });
      else if ('into' in change) {
        checkDrop(l, change);
        changes.push({ kind: 'move', drop: change });
      }
      return copyPlanView(l.old, l.next, currentPlan(l), changes.length > 0);
    },

    async previewDrop(drop) {
      const l = await list(false);
      checkDrop(l, drop);
      return previewDrop(l.basePlan, l.old.tree, l.next.tree, drop);
    },

    async start(input) {
      if (live) throw new SwitchoverError('copy.busy', 'A copy is already running.');
      const creds = await credentials();
      if (input.resume) {
        const stopped = lastState();
        if (!stopped || stopped.accounts !== creds.key) {
          throw new SwitchoverError('copy.no-job', 'There is no copy to continue.');
        }
        return startJob(stopped.plan, stopped.job.folders, creds);
      }
      const l = await list(false);
      let folders: CopyJobView['folders'] = input.folders ?? 'all';
      if (input.drop) {
        checkDrop(l, input.drop);
        changes.push({ kind: 'move', drop: input.drop });
        folders =
          input.drop.source === '*' && input.drop.into === null
            ? 'all'
            : movedFolders(l.old.tree, input.drop).map((f) => f.path);
      }
      // Checked again: another call may have started a job while the servers were listed.
      if (live) throw new SwitchoverError('copy.busy', 'A copy is already running.');
      return startJob(planForFolders(currentPlan(l), l.next.tree, folders), folders, creds);
    },

    pause() {
      const job = liveJob();
      // Remembered here: the engine can still move on to a later phase (planning, indexing)
      // after pause(), and its state events must not make a paused job look running.
      job.paused = true;
      job.view = { ...job.view, status: 'paused' };
      job.engine.pause();
      return job.view;
    },

    resume() {
      const job = liveJob();
      job.paused = false;
      job.view = { ...job.view, status: 'running' };
      job.engine.resume();
      return job.view;
    },

    cancel() {
      const waiting = live ? undefined : lastState();
      if (waiting?.job.status === 'waiting') {
        // Nothing runs: the person stops it going on by itself later.
        clearTimeout(resumeTimer);
        const stopped = { ...waiting, job: cancelledWhileWaiting(waiting.job) };
        persist(stopped);
        deps.hub.emit('copy.finished', stopped.job);
        return stopped.job;
      }
      const job = liveJob();
      job.engine.cancel();
      return job.view;
    },

    status() {
      return live?.view ?? lastState()?.job ?? null;
    },

    async close() {
      closing = true;
      clearTimeout(resumeTimer);
      const job = live;
      if (!job) return;
      job.engine.cancel();
      await job.done;
    },
  };
  // A copy left waiting for a provider's limit by the last run goes on when its time comes.
  const waiting = lastState();
  if (waiting?.job.status === 'waiting' && waiting.job.resumeAt) resumeLater(waiting.job.resumeAt);
  return service;
}
