import crypto from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { SwitchoverError } from '../contract';
import type { BackupState, ServerSettings } from '../contract';
import { listFolderTree, openImapSession, SpoolFetchConnection } from '../imap';
import type { FolderInfo, ReadOnlyImapSession } from '../imap';
import { backupError } from './backupErrors';
import { backupFolderBaseName, freeFinishedName, MboxFileNames } from './backupFileNames';
import {
  claimOwnedPartial,
  dropOwnerFile,
  releaseOwnedPartial,
  removeStalePartials,
} from './stalePartials';
import { patientRename, removeFolder } from './patientFs';
import { encodeMboxMessage, MboxMessageEncoder } from './mboxWriter';
import { type CaOption, type NetworkPath } from '../net';

/**
 * The backup of the old account: one mboxrd file per folder, written into a `.partial` folder
 * that is renamed only once every file is whole. The old account is only read: imapflow's
 * read-only session (EXAMINE, sizes and dates) and a SpoolFetchConnection for the bodies
 * (BODY.PEEK only). Memory stays bounded: small messages come in batches of a byte budget (the
 * next batch fetched while this one is written), a big one is spooled to a file and streamed.
 */

export interface BackupOptions {
  source: { settings: ServerSettings; password: string };
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

interface Listed {
  uid: number;
  size: number;
  date: Date;
}

type Unit = { large: true; message: Listed } | { large: false; messages: Listed[] };
type Fetched =
  { large: true; file: string | undefined } | { large: false; got: Map<number, Buffer> };

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

/** The chosen folders, \Noselect ones left out; a named folder that does not exist is an error. */
function chooseFolders(all: FolderInfo[], wanted: readonly string[] | undefined): FolderInfo[] {
  const selectable = all.filter((f) => !f.noselect);
  if (!wanted || wanted.length === 0) return selectable;
  return wanted.map((name) => {
    const found =
      selectable.find((f) => f.path === name) ??
      selectable.find((f) => f.segments.join('/') === name) ??
      selectable.find((f) => f.path.toUpperCase() === 'INBOX' && name.toUpperCase() === 'INBOX');
    if (!found) {
      throw new SwitchoverError('folder.not-found', 'That folder is not in the old account.', {
        folder: name,
      });
    }
    return found;
  });
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
  readonly #large: number;
  readonly #batchBytes: number;
  readonly #batchMessages: number;
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
    this.#large = options.largeMessageBytes ?? 8 * MiB;
    this.#batchBytes = options.batchBytes ?? 4 * MiB;
    this.#batchMessages = options.batchMessages ?? 500;
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
    try {
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
      this.#state.bytesTotal = await this.#sizeOf(session, folders);
      this.#report(true);
      this.#check();
      this.#spool = await SpoolFetchConnection.open(settings, password, via);
      this.#check();

      const dir = this.#o.saveDirectory;
      await fsp.mkdir(dir, { recursive: true });
      // What a crashed or killed earlier run left behind: a whole copy of the mail, never used.
      await removeStalePartials(dir);
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

  /** Bytes of every chosen folder, from the message sizes (RFC822.SIZE: no bodies read). */
  async #sizeOf(session: ReadOnlyImapSession, folders: FolderInfo[]): Promise<number> {
    let bytes = 0;
    for (const folder of folders) {
      if (folder.messages === 0) continue;
      this.#check();
      const box = await session.examine(folder.path);
      if (box.exists === 0) continue;
      for await (const m of session.fetch('1:*', { uid: true, size: true })) bytes += m.size ?? 0;
    }
    return bytes;
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
    const file = path.join(partial, fileName);
    const out = await fsp.open(file, 'wx', 0o600);
    const entry = { path: folder.path, file: fileName, messages: 0, bytes: 0 };
    try {
      const box = await session.examine(folder.path);
      const listed: Listed[] = [];
      if (box.exists > 0) {
        for await (const m of session.fetch('1:*', { uid: true, size: true, internalDate: true })) {
          listed.push({ uid: m.uid, size: m.size ?? 0, date: new Date(m.internalDate ?? 0) });
        }
      }
      listed.sort((a, b) => a.uid - b.uid);
      const uidValidity = box.uidValidity.toString();
      const units = this.#units(listed);
      const write = async (bytes: Buffer) => {
        if (bytes.length === 0) return;
        await out.write(bytes);
        entry.bytes += bytes.length;
      };
      const fetchUnit = (unit: Unit): Promise<Fetched> => {
        const p = unit.large
          ? this.#spoolLarge(spool, folder.path, uidValidity, unit.message, partial).then(
              (f): Fetched => ({ large: true, file: f }),
            )
          : this.#fetchSmall(spool, folder.path, uidValidity, unit.messages).then(
              (got): Fetched => ({ large: false, got }),
            );
        // Fetched ahead: if the run stops before it is awaited, its failure is nobody's news;
        // the cleanup waits for it to settle, though.
        p.catch(() => undefined);
        this.#prefetch = p;
        return p;
      };
      let next = units[0] ? fetchUnit(units[0]) : undefined;
      for (let k = 0; k < units.length; k++) {
        const unit = units[k];
        const current = next;
        if (!unit || !current) break;
        const following = units[k + 1];
        next = following ? fetchUnit(following) : undefined;
        const fetched = await current;
        this.#check();
        if (unit.large && fetched.large) {
          if (fetched.file) {
            await this.#writeSpooled(fetched.file, unit.message.date, write);
            this.#count(entry, unit.message.size);
          }
          continue;
        }
        if (unit.large || fetched.large) continue;
        const pieces: Buffer[] = [];
        const done: Listed[] = [];
        for (const m of unit.messages) {
          const source = fetched.got.get(m.uid);
          // Gone from the folder since it was listed: nothing to keep.
          if (!source) continue;
          pieces.push(encodeMboxMessage(source, m.date));
          done.push(m);
        }
        await write(Buffer.concat(pieces));
        for (const m of done) this.#count(entry, m.size);
      }
      await out.sync();
    } finally {
      await out.close();
    }
    this.#state.folders.push(entry);
    this.#report();
  }

  /** Batches of small messages up to the byte budget; each big message on its own. */
  #units(listed: Listed[]): Unit[] {
    const units: Unit[] = [];
    let batch: Listed[] = [];
    let bytes = 0;
    const flush = () => {
      if (batch.length > 0) units.push({ large: false, messages: batch });
      batch = [];
      bytes = 0;
    };
    for (const m of listed) {
      if (m.size > this.#large) {
        flush();
        units.push({ large: true, message: m });
        continue;
      }
      if (batch.length > 0 && bytes + m.size > this.#batchBytes) flush();
      batch.push(m);
      bytes += m.size;
      if (batch.length >= this.#batchMessages) flush();
    }
    flush();
    return units;
  }

  async #fetchSmall(
    spool: SpoolFetchConnection,
    mailbox: string,
    uidValidity: string,
    messages: Listed[],
  ): Promise<Map<number, Buffer>> {
    const got = new Map<number, Buffer>();
    await spool.fetchMessages(
      mailbox,
      messages.map((m) => m.uid),
      uidValidity,
      (uid, source) => got.set(uid, source),
    );
    return got;
  }

  /** A big message into a spool file inside the unfinished folder (so it goes with it). */
  async #spoolLarge(
    spool: SpoolFetchConnection,
    mailbox: string,
    uidValidity: string,
    message: Listed,
    partial: string,
  ): Promise<string | undefined> {
    const file = path.join(partial, `.spool-${crypto.randomUUID()}.eml`);
    try {
      const got = await spool.fetchToFile(mailbox, message.uid, file);
      if (got && got.uidValidity !== uidValidity) {
        throw new SwitchoverError(
          'imap.connection-lost',
          'The old folder changed while it was being saved.',
        );
      }
      if (!got) {
        await fsp.rm(file, { force: true });
        return undefined;
      }
      return file;
    } catch (error) {
      await fsp.rm(file, { force: true });
      throw error;
    }
  }

  async #writeSpooled(
    file: string,
    date: Date,
    write: (bytes: Buffer) => Promise<void>,
  ): Promise<void> {
    const encoder = new MboxMessageEncoder(date);
    try {
      for await (const chunk of fs.createReadStream(file, { highWaterMark: 256 * 1024 })) {
        this.#check();
        await write(encoder.push(chunk as Buffer));
      }
      await write(encoder.end());
    } finally {
      await fsp.rm(file, { force: true });
    }
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
