// The copy job of screen 4: lives in the main process, one at a time, its state (no secrets) in
// the data folder so a Switchover that stopped mid-copy can continue where it stopped.

export { createCopyJobService } from './copyJobService';
export type {
  CopyJobService,
  CopyJobServiceDeps,
  CopyCredentials,
  ChangeInput,
  StartInput,
} from './copyJobService';
export {
  accountTreeView,
  applyChanges,
  dropTargets,
  movedFolders,
  planForFolders,
  previewDrop,
  withCreateList,
} from './planView';
export type { ListedAccount, PlanChange } from './planView';
export { jobStatePath, readJobState, writeJobState } from './jobStateFile';
export type { JobState } from './jobStateFile';
