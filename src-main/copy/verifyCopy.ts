import { listFolderTree, openImapSession } from '../imap';
import { allMailReport } from './allMailReport';
import { summarize } from './copyReport';
import type { CopyOptions, CopyReport, FolderReport } from './copyTypes';
import { planFolders } from './folderMapping';
import { indexAll } from './indexing';
import type { FolderWork } from './indexing';
import type { Placement } from './labelPlacement';
import { diffFolder, indexFolder } from './mailboxIndex';
import type { FolderIndex } from './mailboxIndex';

/**
 * Checks, without copying, that every message of the old account is on the new one: per folder,
 * source keys ⊆ target keys (multiset); with an All Mail, each of its messages in the folder its
 * labels give it (or wherever on the new side an earlier copy put it). \Deleted messages and
 * those over the new provider's APPENDLIMIT are listed but do not fail the check.
 */
export async function verifyCopy(
  options: Pick<CopyOptions, 'source' | 'target' | 'ca' | 'plan' | 'folders' | 'labels' | 'logger'>,
): Promise<CopyReport> {
  const started = Date.now();
  const src = await openImapSession(options.source.settings, options.source.password, {
    readOnly: true,
    ca: options.ca,
    logger: options.logger,
  });
  try {
    const dst = await openImapSession(options.target.settings, options.target.password, {
      readOnly: false,
      ca: options.ca,
      logger: options.logger,
    });
    try {
      const limitValue = dst.capabilities.get('APPENDLIMIT');
      const limit = typeof limitValue === 'number' && limitValue > 0 ? limitValue : undefined;
      const plan =
        options.plan ??
        planFolders(await listFolderTree(src), await listFolderTree(dst), {
          only: options.folders,
          labels: options.labels,
        });
      const targets = new Set((await dst.list()).map((b) => b.path));
      const empty = (path: string): FolderIndex => ({
        path,
        uidValidity: '',
        uidNext: 0,
        exists: 0,
        messages: [],
      });
      let placement: Placement | undefined;
      const work = await indexAll({
        plan,
        srcs: [src],
        dsts: [dst],
        targetReady: Promise.resolve(),
        gate: () => Promise.resolve(),
        index: (session, path, o) =>
          session.readOnly || targets.has(path)
            ? indexFolder(session, path, o)
            : Promise.resolve(empty(path)),
        workFor: (entry, source, target): FolderWork => ({
          entry,
          source,
          target,
          toCopy: [],
          appendedUids: [],
          appendedWithoutUid: 0,
        }),
        onFolder: () => undefined,
        onPlacement: (p) => {
          placement = p;
        },
      });
      const folders = work.map((w) => folderVerdict(w, limit));
      const sum = (f: (r: FolderReport) => number) => folders.reduce((n, r) => n + f(r), 0);
      const verified = folders.every((f) => f.verified);
      const report: CopyReport = {
        status: verified ? 'complete' : 'incomplete',
        copied: 0,
        skipped: sum((r) => r.skipped.length),
        failed: sum((r) => r.failed.length),
        alreadyThere: sum((r) => r.alreadyThere),
        deletedLeftBehind: sum((r) => r.deletedLeftBehind),
        bytes: 0,
        seconds: Math.round((Date.now() - started) / 100) / 10,
        verified,
        folders,
        summary: '',
        retries: 0,
        peakBudgetBytes: 0,
      };
      const allMail = allMailReport(plan, work, placement);
      if (allMail) report.allMail = allMail;
      report.summary = summarize(report);
      return report;
    } finally {
      await dst.logout();
    }
  } finally {
    await src.logout();
  }
}

/** One folder's part of the verify: what is missing, too big for the new provider, deleted. */
function folderVerdict(w: FolderWork, limit: number | undefined): FolderReport {
  const diff = diffFolder(w.source.messages, w.target.messages);
  const tooBig = (m: { size: number }) => limit !== undefined && m.size > limit;
  const skipped = diff.missing.filter(tooBig).map((m) => ({
    uid: m.uid,
    key: m.key,
    size: m.size,
    reason: 'message.too-big' as const,
  }));
  const failed = diff.missing
    .filter((m) => !tooBig(m))
    .map((m) => ({ uid: m.uid, key: m.key, size: m.size, reason: 'copy.verify-failed' as const }));
  return {
    source: w.entry.source,
    target: w.entry.target,
    sourceMessages: w.source.messages.length,
    alreadyThere: diff.alreadyThere,
    copied: 0,
    deletedLeftBehind: diff.deleted.length,
    skipped,
    failed,
    verified: failed.length === 0,
    missingAfterVerify: failed.length,
  };
}
