import type { CopyReportView } from '../contract';
import type { CopyReport } from '../copy';

/** The engine's report as the screen receives it (the contract's shape, nothing more). */
export function reportView(report: CopyReport): CopyReportView {
  const notCopied = (list: CopyReport['folders'][number]['skipped']) =>
    list.map((n) => ({
      uid: n.uid,
      size: n.size,
      reason: n.reason,
      ...(n.serverText ? { serverText: n.serverText } : {}),
    }));
  return {
    status: report.status,
    ...(report.stopReason ? { stopReason: report.stopReason } : {}),
    copied: report.copied,
    skipped: report.skipped,
    failed: report.failed,
    alreadyThere: report.alreadyThere,
    deletedLeftBehind: report.deletedLeftBehind,
    bytes: report.bytes,
    seconds: report.seconds,
    verified: report.verified,
    ...(report.resumeAfter ? { resumeAfter: report.resumeAfter } : {}),
    ...(report.allMail ? { allMail: { ...report.allMail } } : {}),
    folders: report.folders.map((f) => ({
      source: f.source,
      target: f.target,
      sourceMessages: f.sourceMessages,
      alreadyThere: f.alreadyThere,
      copied: f.copied,
      deletedLeftBehind: f.deletedLeftBehind,
      skipped: notCopied(f.skipped),
      failed: notCopied(f.failed),
      verified: f.verified,
      missingAfterVerify: f.missingAfterVerify,
    })),
  };
}
