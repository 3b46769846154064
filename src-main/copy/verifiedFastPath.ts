import { ListConnection } from '../imap';
import type { FolderTree } from '../imap';
import { secondsSince, summarize } from './copyReport';
import type { CopyOptions, CopyReport } from './copyTypes';
import { planFolders } from './folderMapping';
import type { FolderPlan } from './folderMapping';
import { unchangedSince, verifiedStateOf, writeVerifiedState } from './verifiedState';
import type { VerifiedState } from './verifiedState';

/** The two accounts of a copy as its journal and verified state are filed under. */
export function endpointIds(o: Pick<CopyOptions, 'source' | 'target'>): [string, string] {
  const { source, target } = o;
  return [
    `${source.settings.username}@${source.settings.host}:${source.settings.port}`,
    `${target.settings.username}@${target.settings.host}:${target.settings.port}`,
  ];
}

/**
 * A re-run's fast path: both folder trees with counts over bare connections (one round trip
 * after login, no imapflow). When both sides are exactly as the last verified copy left them,
 * that verification still holds: returns the plan and that report. Anything else (or any
 * trouble) is undefined, and the copy goes the usual way.
 */
export async function probeUnchanged(
  o: CopyOptions,
  previous: VerifiedState,
): Promise<{ plan: FolderPlan; report: CopyReport } | undefined> {
  const open = (endpoint: CopyOptions['source']) =>
    ListConnection.open(endpoint.settings, endpoint.password, { ca: o.ca, network: o.network });
  const connections = await Promise.allSettled([open(o.source), open(o.target)]);
  const [src, dst] = connections.map((c) => (c.status === 'fulfilled' ? c.value : undefined));
  try {
    if (!src || !dst) return undefined;
    const [srcTree, dstTree] = await Promise.all([src.listTree(), dst.listTree()]);
    if (!srcTree || !dstTree) return undefined;
    const plan = o.plan ?? planFolders(srcTree, dstTree, { only: o.folders, labels: o.labels });
    const report = unchangedSince(previous, plan, srcTree, dstTree);
    return report ? { plan, report } : undefined;
  } catch {
    return undefined;
  } finally {
    for (const c of [src, dst]) void c?.logout();
  }
}

/** The last verified report, still true: both sides are exactly as they were then. */
export function unchangedReport(previous: CopyReport, started: number): CopyReport {
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
    seconds: secondsSince(started),
    folders,
    retries: 0,
    peakBudgetBytes: 0,
    unchangedSinceVerified: true,
  };
  delete report.timings;
  report.summary = summarize(report);
  return report;
}

/** Keeps what a verified copy saw, so the next run can find it unchanged. */
export function rememberVerified(
  file: string,
  plan: FolderPlan,
  sourceTree: FolderTree,
  targetTree: FolderTree,
  report: CopyReport,
): void {
  writeVerifiedState(file, verifiedStateOf(plan, sourceTree, targetTree, report));
}
