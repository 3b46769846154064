// IMAP for the services: sessions over imapflow (read-only for the old account), a pipelined
// append connection, the folder tree, and error mapping to SwitchoverError codes.

export {
  openImapSession,
  ReadOnlyImapSession,
  WritableImapSession,
  ReadOnlyViolation,
} from './session';
export type { ImapSessionOptions, ImapLogger, Namespace, ReadOnlyFetchQuery } from './session';
export { connectProvider, upgradeProvider, imapflowConnection } from './connectProvider';
export {
  classifyImapError,
  isBadResponseError,
  isTransientImapError,
  requestedWaitMs,
} from './imapErrors';
export { asDailyLimit, isSessionExpired, providerAnswer, serverTextOf } from './providerAnswers';
export {
  bodyAllowance,
  maxHeldResponseBytes,
  maxLiteralBytes,
  responseTooLarge,
} from './responseLimits';
export { AppendConnection, appendVerdict, expandUidSet } from './appendPipeline';
export type {
  AppendMessage,
  AppendOutcome,
  AppendConnectionOptions,
  AppendStats,
} from './appendPipeline';
export { SpoolFetchConnection } from './spoolFetch';
export type { SizedUid, SpooledMessage } from './spoolFetch';
export type { RawConnectionOptions } from './rawConnection';
export { listFolderTree, folderInfo } from './folderTree';
export type { FolderInfo, FolderStatus, FolderTree, ListedFolder, SpecialUse } from './folderTree';
export { ListConnection, parseListing } from './listConnection';
export { encodeModifiedUtf7, decodeModifiedUtf7 } from './modifiedUtf7';
export { isKeywordAtom, keywordLabel, labelKeyword } from './labelKeywords';
export { copyableFlags, formatInternalDate } from './imapWire';
