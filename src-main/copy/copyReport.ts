import type { CopyReport, FolderReport } from './copyTypes';
import type { FolderPlan } from './folderMapping';
import type { FolderWork } from './indexing';
import { cancelledError } from './jobControl';
import { journaledUids } from './journal';
import type { Outcomes } from './outcomes';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The report in plain words (English; the UI words it from the data in its own language). */
export function summarize(report: CopyReport): string {
  const parts: string[] = [];
  parts.push(`${plural(report.copied, 'message', 'messages')} copied`);
  if (report.alreadyThere > 0) parts.push(`${report.alreadyThere} already there`);
  if (report.skipped > 0) parts.push(`${report.skipped} too big for the new provider`);
  if (report.failed > 0) parts.push(`${report.failed} not copied`);
  if (report.deletedLeftBehind > 0)
    parts.push(`${report.deletedLeftBehind} deleted ones left behind`);
  const head = parts.join(', ') + '.';
  switch (report.status) {
    case 'complete':
      return `${head} Every message is on the new side.`;
    case 'stopped':
      return `${head} The copy stopped (${report.stopReason?.code ?? 'error'}); run it again to continue.`;
    case 'cancelled':
      return `${head} The copy was cancelled; run it again to continue.`;
    default:
      return `${head} Some messages are missing on the new side; see the list.`;
  }
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
  if (stopReason) {
    for (const w of work) {
      const report = outcomes.reportFor(w.entry);
      const copiedUids = journaledUids(
        outcomes.journalEntries,
        w.entry.source,
        w.source.uidValidity,
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
    status: stopReason ? 'stopped' : allVerified ? 'complete' : 'incomplete',
    ...totals(folders, allVerified, outcomes, started),
  };
  if (stopReason) report.stopReason = stopReason.toWire();
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
