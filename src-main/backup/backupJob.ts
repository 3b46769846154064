import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { SwitchoverError } from '../contract';
import type { BackupState, ServerSettings } from '../contract';
import { listFolderTree, openImapSession, SpoolFetchConnection } from '../imap';
import type { FolderInfo, ReadOnlyImapSession } from '../imap';
import type { BatchLimits } from '../copy';
import { backupError } from './backupErrors';
import { chooseFolders, folderBytes, writeFolder } from './backupFolder';
import type { FolderRun } from './backupFolder';
import { backupFolderBaseName, freeFinishedName, MboxFileNames } from './backupFileNames';
import {
  claimOwnedPartial,
  dropOwnerFile,
  releaseOwnedPartial,
  removeStalePartials,
} from './stalePartials';
import { patientRename, removeFolder } from './patientFs';
import type { CaOption, NetworkPath } from '../net';
import type { Secret } from '../oauth';

/**
 * The backup of the old account: one mboxrd file per folder, written into a `.partial` folder
 * that is renamed only once every file is whole. The old account is only read: imapflow's
 * read-only session (EXAMINE, sizes and dates) and a SpoolFetchConnection for the bodies
 * (BODY.PEEK only). Memory stays bounded: small messages come in batches of a byte budget (the
 * next batch fetched while this one is written), a big one is spooled to a file and streamed.
 */

export interface BackupOptions {
  /** A password, or the account's OAuth2 tokens. */
  source: { settings: ServerSettings; password: Secret };
  /** The backup folder is made inside this one. */
  saveDirectory: string;
  /** Only these folders: the server's path ("INBOX.Work") or levels joined by "/" ("Work"). */
  folders?: readonly string[];
  /** Extra trusted CA (tests); otherwise the network's, else the system store. */
  ca?: CaOption;
  /** The app's network: the old server is reached the way the sign-in did (DNS, port map). */
  network?: NetworkPath;
  onProgress?: (state: BackupState) => void;
  /** Least time between progress reports (default 250 ms: 4 a second). */
  progressEveryMs?: number;
  /** Messages above this go through a spool file (default 8 MiB). */
  largeMessageBytes?: number;
  /** Bytes of small messages fetched in one command (default 4 MiB). */
  batchBytes?: number;
  /** Messages fetched in one command at most (default 500). */
  batchMessages?: number;
  /** The clock the folder's date comes from (tests). */
  now?: () => Date;
}

export interface BackupJob {
  /** A snapshot of where the backup is. */
  readonly state: BackupState;
  /** Stops promptly; the unfinished folder is removed and the state becomes "cancelled". */
  cancel(): void;
  /** The final state (finished, failed or cancelled); never rejects. */
  readonly done: Promise<BackupState>;
}

const MiB = 1024 * 1024;
const noop = () => undefined;

export function startBackup(options: BackupOptions): BackupJob {
  const run = new BackupRun(options);
  const done = run.run();
  return {
    get state() {
      return run.snapshot();
    },
    cancel: () => run.cancel(),
    done,
  };
}

/** Once it has ended, a backup is in no folder. */
function withoutFolder(state: BackupState): BackupState {
  const copy = { ...state };
  delete copy.folder;
  return copy;
}

class BackupRun {
  readonly #o: BackupOptions;
  readonly #every: number;
  readonly #limits: BatchLimits;
  #state: BackupState = {
    phase: 'running',
    messagesDone: 0,
    messagesTotal: 0,
    bytesDone: 0,
    bytesTotal: 0,
    etaSeconds: null,
    folders: [],
  };
  #cancelled = false;
  #session: ReadOnlyImapSession | undefined;
  #spool: SpoolFetchConnection | undefined;
  /** The body fetch started ahead of the one being written, until it has settled. */
  #prefetch: Promise<unknown> | undefined;
  #lastReport = 0;
  /** When writing began: the rate (and so the ETA) counts from there. */
  #writingSince = 0;

  constructor(options: BackupOptions) {
    this.#o = options;
    this.#every = options.progressEveryMs ?? 250;
    this.#limits = {
      largeMessageBytes: options.largeMessageBytes ?? 8 * MiB,
      batchBytes: options.batchBytes ?? 4 * MiB,
      batchMessages: options.batchMessages ?? 500,
    };
  }

  snapshot(): BackupState {
    return { ...this.#state, folders: this.#state.folders.map((f) => ({ ...f })) };
  }

  cancel(): void {
    if (this.#cancelled || this.#state.phase !== 'running') return;
    this.#cancelled = true;
    // Dropping the connections ends whatever fetch is waiting, at once.
    this.#session?.close();
    this.#spool?.close();
  }

  async run(): Promise<BackupState> {
    const now = this.#o.now ?? (() => new Date());
    const started = now();
    this.#state.startedAt = started.toISOString();
    this.#report(true);
    let partial: string | undefined;
    const dir = this.#o.saveDirectory;
    try {
      // What a crashed or killed earlier run left behind, its spool files included: a whole copy
      // of the mail, never used. Cleared first, even if the old server cannot be reached now.
      await removeStalePartials(dir);
      const { settings, password } = this.#o.source;
      const via = {
        ...(this.#o.ca !== undefined ? { ca: this.#o.ca } : {}),
        ...(this.#o.network !== undefined ? { network: this.#o.network } : {}),
      };
      this.#session = await openImapSession(settings, password, { readOnly: true, ...via });
      this.#check();
      const session = this.#session;
      const tree = await listFolderTree(session, true);
      const folders = chooseFolders(tree.folders, this.#o.folders);
      this.#state.messagesTotal = folders.reduce((n, f) => n + (f.messages ?? 0), 0);
      this.#state.bytesTotal = await folderBytes(session, folders, () => this.#check());
      this.#report(true);
      this.#check();
      this.#spool = await SpoolFetchConnection.open(settings, password, via);
      this.#check();

      await fsp.mkdir(dir, { recursive: true });
      const base = backupFolderBaseName(started);
      const claimed = claimOwnedPartial(dir, base);
      partial = claimed.partial;
      const names = new MboxFileNames();
      this.#writingSince = Date.now();
      for (const folder of folders) {
        await this.#backUpFolder(
          session,
          this.#spool,
          folder,
          names.next(folder.segments),
          partial,
        );
      }
      this.#check();

      // Renamed only now: a folder without ".partial" is always a whole backup.
      const name = fs.existsSync(path.join(dir, claimed.name))
        ? freeFinishedName(dir, base)
        : claimed.name;
      const finished = path.join(dir, name);
      await dropOwnerFile(partial);
      await patientRename(partial, finished);
      releaseOwnedPartial(partial);
      partial = undefined;
      const bytes = this.#state.folders.reduce((n, f) => n + f.bytes, 0);
      await Promise.all([this.#session.logout(), this.#spool.logout()]).catch(() => undefined);
      this.#state = {
        ...withoutFolder(this.#state),
        phase: 'finished',
        etaSeconds: 0,
        saved: { kind: 'backup', path: finished, name, bytes },
      };
    } catch (error) {
      // Connections first (no fetch may still be spooling into the folder), then the folder;
      // only then the state says it ended, so whoever sees "failed" finds nothing left over.
      this.#session?.close();
      this.#spool?.close();
      // A fetch started ahead may still be creating or removing its spool file in the folder:
      // removing the folder under it fails on Windows (and the folder would stay).
      await this.#settlePrefetch();
      if (partial) {
        await removeFolder(partial).catch(() => undefined);
        releaseOwnedPartial(partial);
      }
      const rest = withoutFolder(this.#state);
      this.#state = this.#cancelled
        ? {
            ...rest,
            phase: 'cancelled',
            etaSeconds: null,
            error: { code: 'backup.cancelled', message: 'The backup was stopped.' },
          }
        : { ...rest, phase: 'failed', etaSeconds: null, error: backupError(error).toWire() };
    }
    this.#report(true);
    return this.snapshot();
  }

  /** Waits (bounded: the connections are closed, so it ends soon) for the fetch ahead. */
  async #settlePrefetch(): Promise<void> {
    const pending = this.#prefetch;
    if (!pending) return;
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, 10_000);
    });
    await Promise.race([pending.then(noop, noop), limit]);
    clearTimeout(timer);
  }

  #check(): void {
    if (this.#cancelled) throw new SwitchoverError('backup.cancelled', 'The backup was stopped.');
  }

  async #backUpFolder(
    session: ReadOnlyImapSession,
    spool: SpoolFetchConnection,
    folder: FolderInfo,
    fileName: string,
    partial: string,
  ): Promise<void> {
    this.#check();
    this.#state.folder = folder.path;
    this.#report();
    const run: FolderRun = {
      limits: this.#limits,
      check: () => this.#check(),
      count: (entry, size) => this.#count(entry, size),
      prefetching: (fetch) => {
        this.#prefetch = fetch;
      },
    };
    const entry = await writeFolder(run, session, spool, folder, fileName, partial);
    this.#state.folders.push(entry);
    this.#report();
  }

  #count(entry: { messages: number }, size: number): void {
    entry.messages += 1;
    this.#state.messagesDone += 1;
    this.#state.bytesDone += size;
    this.#report();
  }

  /** Reports at most every `progressEveryMs` (forced: phase changes, always). */
  #report(force = false): void {
    const s = this.#state;
    // Mail that arrived during the backup is saved too: totals never fall behind.
    s.messagesTotal = Math.max(s.messagesTotal, s.messagesDone);
    s.bytesTotal = Math.max(s.bytesTotal, s.bytesDone);
    if (s.phase === 'running') {
      const seconds = this.#writingSince ? (Date.now() - this.#writingSince) / 1000 : 0;
      s.etaSeconds =
        seconds >= 1 && s.bytesDone > 0
          ? Math.round((s.bytesTotal - s.bytesDone) / (s.bytesDone / seconds))
          : null;
    }
    const now = Date.now();
    if (!force && now - this.#lastReport < this.#every) return;
    this.#lastReport = now;
    this.#o.onProgress?.(this.snapshot());
  }
}
