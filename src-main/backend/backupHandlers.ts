import type { Handlers } from '../contract';
import type { BackupService } from '../backup';

/** Screen 7's backup: progress arrives as backup.progress events through the service's hub. */
export function createBackupHandlers(
  backups: BackupService,
): Pick<Handlers, 'backup.start' | 'backup.status' | 'backup.cancel'> {
  return {
    'backup.start': () => backups.start(),
    'backup.status': async () => backups.status(),
    'backup.cancel': () => backups.cancel(),
  };
}
