import { listFolderTree, openImapSession } from '../imap';
import { summarize } from './copyReport';
import type { CopyOptions, CopyReport, FolderReport } from './copyTypes';
import { planFolders } from './folderMapping';
import { diffFolder, indexFolder } from './mailboxIndex';

/**
 * Checks, without copying, that every message of the old account is on the new one: per folder,
 * source keys ⊆ target keys (multiset). \Deleted messages and those over the new provider's
 * APPENDLIMIT are listed but do not fail the check.
 */
export async function verifyCopy(
  options: Pick<CopyOptions, 'source' | 'target' | 'ca' | 'plan' | 'folders' | 'logger'>,
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
        });
      const targets = new Set((await dst.list()).map((b) => b.path));
      const folders: FolderReport[] = [];
      for (const entry of plan.entries) {
        if (entry.action !== 'copy' || entry.containerOnly) continue;
        const source = await indexFolder(src, entry.source);
        const target = targets.has(entry.target)
          ? await indexFolder(dst, entry.target)
          : { messages: [] };
        const diff = diffFolder(source.messages, target.messages);
        const skipped = diff.missing
          .filter((m) => limit !== undefined && m.size > limit)
          .map((m) => ({
            uid: m.uid,
            key: m.key,
            size: m.size,
            reason: 'message.too-big' as const,
          }));
        const failed = diff.missing
          .filter((m) => !(limit !== undefined && m.size > limit))
          .map((m) => ({
            uid: m.uid,
            key: m.key,
            size: m.size,
            reason: 'copy.verify-failed' as const,
          }));
        folders.push({
          source: entry.source,
          target: entry.target,
          sourceMessages: source.messages.length,
          alreadyThere: diff.alreadyThere,
          copied: 0,
          deletedLeftBehind: diff.deleted.length,
          skipped,
          failed,
          verified: failed.length === 0,
          missingAfterVerify: failed.length,
        });
      }
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
      report.summary = summarize(report);
      return report;
    } finally {
      await dst.logout();
    }
  } finally {
    await src.logout();
  }
}
