import type { AccountSummary, BackupState, EventHub } from '../contract';
import { startBackup } from './backupJob';
import type { BackupJob, BackupOptions } from './backupJob';
import type { CaOption, NetworkPath } from '../net';
import type { Secret } from '../oauth';

/** The accounts service, as far as the backup needs it (the old account only). */
export interface BackupCredentials {
  credentials(role: 'old'): Promise<{ account: AccountSummary; password: Secret }>;
}

export interface BackupServiceDeps {
  accounts: BackupCredentials;
  /** Where backups go; a function is asked at each start (and may create the folder). */
  saveDirectory: string | (() => string);
  /** backup.progress events go here… */
  hub?: EventHub;
  /** …and/or here. */
  onProgress?: (state: BackupState) => void;
  /** Extra trusted CA (tests); otherwise the network's, else the system store. */
  ca?: CaOption;
  /** The accounts' network: the backup reaches the old server the way the sign-in did. */
  network?: NetworkPath;
  /** Tuning (tests): progress rate, batch sizes, the big-message limit, the clock. */
  jobOptions?: Partial<
    Pick<
      BackupOptions,
      'progressEveryMs' | 'largeMessageBytes' | 'batchBytes' | 'batchMessages' | 'now'
    >
  >;
}

export interface BackupService {
  /** Starts a backup of the old account; while one runs, answers with it. */
  start(): Promise<BackupState>;
  status(): BackupState;
  /** Stops the running backup and answers once its unfinished folder is gone. */
  cancel(): Promise<BackupState>;
  /** Switchover is quitting: a running backup is cancelled (nothing half-written stays). */
  close(): Promise<void>;
}

const idle: BackupState = {
  phase: 'idle',
  messagesDone: 0,
  messagesTotal: 0,
  bytesDone: 0,
  bytesTotal: 0,
  etaSeconds: null,
  folders: [],
};

/** The backup of screen 7: one at a time, in the main process, found again by status(). */
export function createBackupService(deps: BackupServiceDeps): BackupService {
  let job: BackupJob | undefined;
  let starting: Promise<BackupState> | undefined;
  let last: BackupState = idle;

  const publish = (state: BackupState) => {
    last = state;
    deps.hub?.emit('backup.progress', state);
    deps.onProgress?.(state);
  };

  const begin = async (): Promise<BackupState> => {
    const { account, password } = await deps.accounts.credentials('old');
    const saveDirectory =
      typeof deps.saveDirectory === 'function' ? deps.saveDirectory() : deps.saveDirectory;
    const running = startBackup({
      ...deps.jobOptions,
      source: { settings: account.imap, password },
      saveDirectory,
      ...(deps.ca !== undefined ? { ca: deps.ca } : {}),
      ...(deps.network !== undefined ? { network: deps.network } : {}),
      onProgress: publish,
    });
    job = running;
    void running.done.then((final) => {
      last = final;
      if (job === running) job = undefined;
    });
    return running.state;
  };

  const cancel = async (): Promise<BackupState> => {
    if (starting) await starting.catch(() => undefined);
    const running = job;
    if (!running) return last;
    running.cancel();
    return running.done;
  };

  return {
    start() {
      if (job) return Promise.resolve(job.state);
      starting ??= begin().finally(() => {
        starting = undefined;
      });
      return starting;
    },

    status: () => job?.state ?? last,

    cancel,

    async close() {
      await cancel();
    },
  };
}
