// The copy engine: plan → index → transfer → verify, with a resume journal.

export { startCopy } from './copyJob';
export type { CopyJob } from './copyJob';
export { verifyCopy } from './verifyCopy';
export { planFolders, changePlan, assignRoles, escapeSegment } from './folderMapping';
export type {
  FolderPlan,
  FolderPlanEntry,
  FolderRole,
  SkipReason,
  PlanOptions,
} from './folderMapping';
export { indexFolder, diffFolder, keyCounts } from './mailboxIndex';
export type { FolderIndex, IndexedMessage, FolderDiff } from './mailboxIndex';
export { messageKey, parseHeaderFields } from './messageKey';
export { Journal, journalPath } from './journal';
export type { JournalEntry } from './journal';
export { ByteBudget } from './byteBudget';
export { sizeBatches } from './batches';
export type { SizeBatch, BatchLimits } from './batches';
export { spoolToFile } from './spooling';
export { summarize } from './copyReport';
export type {
  CopyOptions,
  CopyEndpoint,
  CopyReport,
  CopyEvent,
  CopyProgress,
  CopyState,
  CopyStatus,
  FolderReport,
  NotCopied,
} from './copyTypes';
