import { allMailReport, allMailSentence } from './allMailReport';
import type { CopyReport, FolderReport } from './copyTypes';
import type { FolderPlan } from './folderMapping';
import type { FolderWork } from './indexing';
import { cancelledError } from './jobControl';
import type { Outcomes } from './outcomes';

const counted = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;

type Counts = Pick<CopyReport, 'alreadyThere' | 'skipped' | 'failed' | 'deletedLeftBehind'>;

/** What else happened besides copying, with the plurals right (a folder's line and the summary). */
export function besidesCopied(c: Counts): string[] {
  return [
    c.alreadyThere ? `${c.alreadyThere} already there` : '',
    c.skipped ? `${c.skipped} too big for the new provider` : '',
    c.failed ? `${c.failed} not copied` : '',
    c.deletedLeftBehind ? `${counted(c.deletedLeftBehind, 'deleted message')} left behind` : '',
  ].filter(Boolean);
}

const endings: Record<CopyReport['status'], string> = {
  complete: 'Every message is on the new side.',
  incomplete: 'Some messages are missing on the new side; see the list.',
  cancelled: 'The copy was cancelled; run it again to continue.',
  stopped: 'The copy stopped (CODE); run it again to continue.',
  paused:
    'The provider’s limit for now is reached (CODE): the copy goes on later, where it stopped.',
};

/** How long a provider's daily limit pauses a copy before it tries again. */
export const dailyLimitPauseMs = 60 * 60 * 1000;

/**
 * The report in one English sentence or two, for the command line and logs (the app words it
 * from the data, in the person's language).
 */
export function summarize(
  report: Counts & Pick<CopyReport, 'status' | 'copied' | 'stopReason' | 'allMail'>,
): string {
  const done = [`${counted(report.copied, 'message')} copied`, ...besidesCopied(report)];
  const ending =
    (report.status === 'complete' ? allMailSentence(report) : undefined) ??
    endings[report.status].replace('CODE', report.stopReason?.code ?? 'error');
  return `${done.join(', ')}. ${ending}`;
}

/** The totals every report of a run carries (key order as the report's JSON has always had). */
function totals(folders: FolderReport[], verified: boolean, outcomes: Outcomes, started: number) {
  const sum = (f: (r: FolderReport) => number) => folders.reduce((n, r) => n + f(r), 0);
  return {
    copied: sum((r) => r.copied),
    skipped: sum((r) => r.skipped.length),
    failed: sum((r) => r.failed.length),
    alreadyThere: sum((r) => r.alreadyThere),
    deletedLeftBehind: sum((r) => r.deletedLeftBehind),
    bytes: outcomes.progress.bytesDone,
    seconds: secondsSince(started),
    verified,
    folders,
    summary: '',
    retries: outcomes.retries,
    peakBudgetBytes: outcomes.peakBudget,
  };
}

/** Seconds since `started` (a Date.now()), to a tenth. */
export function secondsSince(started: number): number {
  return Math.round((Date.now() - started) / 100) / 10;
}

function copiedFolders(plan: FolderPlan | undefined, outcomes: Outcomes): FolderReport[] {
  if (!plan) return [];
  return plan.entries
    .filter((e) => e.action === 'copy' && !e.containerOnly)
    .map((e) => outcomes.reportFor(e));
}

/**
 * The report of a run that went to its end, or stopped for a reason (then whatever was still to
 * copy is listed as failed with that reason). Complete only when every folder is verified.
 */
export function finalReport(
  plan: FolderPlan,
  work: FolderWork[],
  verified: boolean,
  outcomes: Outcomes,
  started: number,
): CopyReport {
  const folders = copiedFolders(plan, outcomes);
  const stopReason = outcomes.stopReason;
  const paused = stopReason?.code === 'provider.daily-limit';
  if (stopReason && !paused) {
    for (const w of work) {
      const report = outcomes.reportFor(w.entry);
      const copiedUids = outcomes.journaled.uids(
        w.source.path,
        w.source.uidValidity,
        w.entry.target,
      );
      const listed = new Set([...report.skipped, ...report.failed].map((s) => s.uid));
      for (const m of w.toCopy) {
        if (copiedUids.has(m.uid) || listed.has(m.uid)) continue;
        report.failed.push({ uid: m.uid, key: m.key, size: m.size, reason: stopReason.code });
      }
    }
  }
  const allVerified = verified && folders.every((f) => f.verified);
  const report: CopyReport = {
    status: paused ? 'paused' : stopReason ? 'stopped' : allVerified ? 'complete' : 'incomplete',
    ...totals(folders, allVerified, outcomes, started),
  };
  if (stopReason) report.stopReason = stopReason.toWire();
  if (paused) report.resumeAfter = new Date(Date.now() + dailyLimitPauseMs).toISOString();
  const allMail = allMailReport(plan, work, outcomes.placement);
  if (allMail) report.allMail = allMail;
  report.summary = summarize(report);
  return report;
}

export function cancelledReport(
  plan: FolderPlan | undefined,
  outcomes: Outcomes,
  started: number,
): CopyReport {
  const report: CopyReport = {
    status: 'cancelled',
    stopReason: cancelledError().toWire(),
    ...totals(copiedFolders(plan, outcomes), false, outcomes, started),
  };
  report.summary = summarize(report);
  return report;
}
