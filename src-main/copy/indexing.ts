import type { ReadOnlyImapSession, WritableImapSession } from '../imap';
import type { FolderPlan, FolderPlanEntry } from './folderMapping';
import { diffFolder, indexFolder } from './mailboxIndex';
import type { FolderIndex, IndexedMessage } from './mailboxIndex';
import { placeAllMail } from './labelPlacement';
import type { LabelSource, Placement } from './labelPlacement';
import type { Outcomes } from './outcomes';

/** One folder once both its sides are indexed: what is there, and what is still to copy. */
export interface FolderWork {
  entry: FolderPlanEntry;
  source: FolderIndex;
  target: FolderIndex;
  toCopy: IndexedMessage[];
  /** Target UIDs the server gave (APPENDUID) in this pass, and appends without one. */
  appendedUids: number[];
  appendedWithoutUid: number;
}

export interface IndexAll {
  plan: FolderPlan;
  srcs: ReadOnlyImapSession[];
  dsts: WritableImapSession[];
  /** Settles once the plan's new folders exist on the target. */
  targetReady: Promise<void>;
  /** Between folders: waits while paused, throws once cancelled. */
  gate: () => Promise<void>;
  workFor: (entry: FolderPlanEntry, source: FolderIndex, target: FolderIndex) => FolderWork;
  /** Each folder as soon as both its sides are indexed (the transfer may start on it). */
  onFolder: (work: FolderWork) => void;
  /** All Mail read once: how its messages were placed (labelPlacement). */
  onPlacement?: (placement: Placement) => void;
  /** Indexes one folder (default indexFolder; the verify command's knows missing targets). */
  index?: (
    session: ReadOnlyImapSession | WritableImapSession,
    path: string,
    options: { labels?: boolean },
  ) => Promise<FolderIndex>;
}

/** One folder to index on one side; `labels`: All Mail on Gmail, with X-GM-LABELS. */
interface IndexTask {
  path: string;
  labels?: boolean;
}

/**
 * Indexes every folder on both sides: each side's sessions take folders from their own queue
 * (the old side need not wait for the new side's folders to be created). A plain entry's work
 * is ready once both its folders are; the entries read from All Mail (allMailPlan) once All
 * Mail, the label folders where the server is not Gmail, and all their targets are, since one
 * message's place depends on its labels and on what the new side holds anywhere. Returns the
 * work in the plan's order.
 */
export async function indexAll(job: IndexAll): Promise<FolderWork[]> {
  const copied = job.plan.entries.filter((e) => e.action === 'copy' && !e.containerOnly);
  const plain = copied.filter((e) => !e.fromAllMail);
  const viaAllMail = job.plan.allMail ? copied.filter((e) => e.fromAllMail) : [];
  const gmail = job.srcs[0]?.capabilities.has('X-GM-EXT-1') ?? false;
  const sourceTasks = new Map<string, IndexTask>();
  const targetTasks = new Map<string, IndexTask>();
  for (const e of plain) {
    sourceTasks.set(e.source, { path: e.source });
    targetTasks.set(e.target, { path: e.target });
  }
  const labelEntries = job.plan.entries.filter((e) => e.fromAllMail === 'label');
  const elsewhere = job.plan.entries.filter(
    (e) => !e.containerOnly && (e.role === 'junk' || e.role === 'trash'),
  );
  const allMail = job.plan.allMail;
  if (allMail && viaAllMail.length > 0) {
    sourceTasks.set(allMail.source, { path: allMail.source, labels: gmail });
    // Not Gmail: a message's labels are the folders it sits in, found by its key.
    if (!gmail)
      for (const e of [...labelEntries, ...elsewhere])
        sourceTasks.set(e.source, { path: e.source });
    for (const e of viaAllMail) targetTasks.set(e.target, { path: e.target });
  }
  const sources = new Map<string, FolderIndex>();
  const targets = new Map<string, FolderIndex>();
  const results = new Map<FolderPlanEntry, FolderWork>();
  const ready = (entry: FolderPlanEntry, source: FolderIndex, target: FolderIndex) => {
    const work = job.workFor(entry, source, target);
    results.set(entry, work);
    job.onFolder(work);
  };
  let placedAllMail = false;
  const completed = () => {
    for (const entry of plain) {
      const source = sources.get(entry.source);
      const target = targets.get(entry.target);
      if (!results.has(entry) && source && target) ready(entry, source, target);
    }
    if (placedAllMail || !allMail || viaAllMail.length === 0) return;
    if (![...sourceTasks.keys()].every((p) => sources.has(p))) return;
    if (!viaAllMail.every((e) => targets.has(e.target))) return;
    placedAllMail = true;
    const index = sources.get(allMail.source) as FolderIndex;
    const labels: LabelSource = gmail
      ? { kind: 'gmail' }
      : {
          kind: 'folders',
          members: new Map(labelEntries.map((e) => [e, keysOf(sources.get(e.source))])),
          elsewhere: new Set(elsewhere.flatMap((e) => [...keysOf(sources.get(e.source))])),
        };
    const targetsOfAllMail = new Map(viaAllMail.map((e) => [e.target, targets.get(e.target)]));
    const placement = placeAllMail(
      job.plan,
      index,
      labels,
      targetsOfAllMail as Map<string, FolderIndex>,
    );
    job.onPlacement?.(placement);
    for (const [entry, messages] of placement.placed) {
      const target = targets.get(entry.target) as FolderIndex;
      ready(entry, { ...index, messages }, target);
    }
  };
  const side = async <S extends ReadOnlyImapSession | WritableImapSession>(
    sessions: S[],
    tasks: IndexTask[],
    into: Map<string, FolderIndex>,
  ) => {
    let next = 0;
    const worker = async (session: S) => {
      for (;;) {
        const task = tasks[next++];
        if (!task) return;
        await job.gate();
        const index = job.index ?? indexFolder;
        into.set(task.path, await index(session, task.path, { labels: task.labels }));
        completed();
      }
    };
    await Promise.all(sessions.filter((s) => !s.closed).map((s) => worker(s)));
  };
  // All Mail first: it is the longest index and the copy of most messages waits for it.
  const sourceOrder = [...sourceTasks.values()].sort(
    (a, b) => Number(b.path === allMail?.source) - Number(a.path === allMail?.source),
  );
  await Promise.all([
    side(job.srcs, sourceOrder, sources),
    job.targetReady.then(() => side(job.dsts, [...targetTasks.values()], targets)),
  ]);
  return copied.flatMap((e) => {
    const w = results.get(e);
    return w ? [w] : [];
  });
}

function keysOf(index: FolderIndex | undefined): Set<string> {
  return new Set(index?.messages.filter((m) => !m.deleted).map((m) => m.key) ?? []);
}

/**
 * What one folder still needs: the old side's messages not on the new side nor in the journal,
 * less those over the new server's APPENDLIMIT (listed as skipped) and those it refused earlier
 * in this run. Fills the folder's report with what indexing found.
 */
export function folderWork(
  entry: FolderPlanEntry,
  source: FolderIndex,
  target: FolderIndex,
  outcomes: Outcomes,
  appendLimit: number | undefined,
): FolderWork {
  const journaled = outcomes.journaled.uids(source.path, source.uidValidity, entry.target);
  const diff = diffFolder(source.messages, target.messages, journaled);
  const report = outcomes.reportFor(entry);
  report.sourceMessages = source.messages.length;
  report.deletedLeftBehind = diff.deleted.length;
  report.alreadyThere = diff.alreadyThere - report.copied;
  const toCopy: IndexedMessage[] = [];
  const skippedUids = new Set(report.skipped.map((s) => s.uid));
  for (const m of diff.missing) {
    if (skippedUids.has(m.uid)) continue;
    if (appendLimit !== undefined && m.size > appendLimit) {
      report.skipped.push({
        uid: m.uid,
        key: m.key,
        size: m.size,
        reason: 'message.too-big',
        serverText: `APPENDLIMIT=${appendLimit}`,
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
