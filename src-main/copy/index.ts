// The copy engine: plan → index → transfer → verify, with a resume journal.

export { startCopy } from './copyJob';
export { keepHeapSmall } from './smallHeap';
export type { CopyJob } from './copyJob';
export { verifyCopy } from './verifyCopy';
export { planFolders, changePlan, escapeSegment } from './folderMapping';
export type { FolderPlan, FolderPlanEntry, SkipReason, PlanOptions } from './folderMapping';
export { assignRoles } from './folderRoles';
export type { FolderRole } from './folderRoles';
export { indexFolder, diffFolder, keyCounts } from './mailboxIndex';
export type { FolderIndex, IndexedMessage, FolderDiff, Keyed } from './mailboxIndex';
export { messageKey, parseHeaderFields } from './messageKey';
export { Journal, journalPath } from './journal';
export type { JournalEntry } from './journal';
export { ByteBudget } from './byteBudget';
export { BodyBuffers, slabBytes } from './bodyBuffers';
export { sizeBatches } from './batches';
export type { SizeBatch, BatchLimits } from './batches';
export { spoolToFile } from './spooling';
export { isProcessAlive } from './spoolSweep';
export { summarize } from './copyReport';
export { scheduleFor, scheduleSentence } from './dailyLimits';
export type { CopySchedule } from './dailyLimits';
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
