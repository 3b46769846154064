import type { ReadOnlyImapSession, WritableImapSession } from '../imap';
import type { FolderPlan, FolderPlanEntry } from './folderMapping';
import { journaledUids } from './journal';
import { diffFolder, indexFolder } from './mailboxIndex';
import type { FolderIndex, IndexedMessage } from './mailboxIndex';
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
}

/**
 * Indexes every folder on both sides: each side's sessions take folders from their own queue
 * (the old side need not wait for the new side's folders to be created). Returns the work in
 * the plan's order.
 */
export async function indexAll(job: IndexAll): Promise<FolderWork[]> {
  const entries = job.plan.entries.filter((e) => e.action === 'copy' && !e.containerOnly);
  const sources = new Map<FolderPlanEntry, FolderIndex>();
  const targets = new Map<FolderPlanEntry, FolderIndex>();
  const results = new Map<FolderPlanEntry, FolderWork>();
  const completed = (entry: FolderPlanEntry) => {
    const source = sources.get(entry);
    const target = targets.get(entry);
    if (!source || !target) return;
    const work = job.workFor(entry, source, target);
    results.set(entry, work);
    job.onFolder(work);
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
        await job.gate();
        into.set(entry, await indexFolder(session, pathOf(entry)));
        completed(entry);
      }
    };
    await Promise.all(sessions.filter((s) => !s.closed).map((s) => worker(s)));
  };
  await Promise.all([
    side(job.srcs, (e) => e.source, sources),
    job.targetReady.then(() => side(job.dsts, (e) => e.target, targets)),
  ]);
  return entries.flatMap((e) => {
    const w = results.get(e);
    return w ? [w] : [];
  });
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
  const journaled = journaledUids(outcomes.journalEntries, entry.source, source.uidValidity);
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
