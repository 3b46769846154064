// IMAP for the services: sessions over imapflow (read-only for the old account), a pipelined
// append connection, the folder tree, and error mapping to SwitchoverError codes.

export {
  openImapSession,
  ReadOnlyImapSession,
  WritableImapSession,
  ReadOnlyViolation,
  isLoopbackHost,
} from './session';
export type {
  ImapSessionOptions,
  ImapLogger,
  Namespace,
  CaOption,
  ReadOnlyFetchQuery,
} from './session';
export { classifyImapError, isTransientImapError } from './imapErrors';
export { AppendConnection, appendVerdict } from './appendPipeline';
export type {
  AppendMessage,
  AppendOutcome,
  AppendConnectionOptions,
  AppendStats,
} from './appendPipeline';
export { listFolderTree, folderInfo } from './folderTree';
export type { FolderInfo, FolderStatus, FolderTree, SpecialUse } from './folderTree';
export { encodeModifiedUtf7, decodeModifiedUtf7 } from './modifiedUtf7';
export { copyableFlags, formatInternalDate } from './imapWire';
