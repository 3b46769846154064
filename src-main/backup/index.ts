// The local backup of the old mailbox (screen 7, "Done"): one mboxrd file per folder, read-only
// on the server, written under a ".partial" name until whole.

export { createBackupService } from './backupService';
export type { BackupService, BackupServiceDeps, BackupCredentials } from './backupService';
export { startBackup } from './backupJob';
export type { BackupJob, BackupOptions } from './backupJob';
export { asctime, encodeMboxMessage, mboxSeparator, MboxMessageEncoder } from './mboxWriter';
export { backupFolderBaseName, mboxBaseName, MboxFileNames, safeNamePart } from './backupFileNames';
export { removeStalePartials } from './stalePartials';
export { patientRename } from './patientFs';
export type { PatientRenameOptions } from './patientFs';
