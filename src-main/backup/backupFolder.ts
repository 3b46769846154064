import crypto from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { SwitchoverError } from '../contract';
import type { BackupState } from '../contract';
import { sizeBatches, spoolToFile } from '../copy';
import type { BatchLimits, SizeBatch } from '../copy';
import type { FolderInfo, ReadOnlyImapSession, SpoolFetchConnection } from '../imap';
import { encodeMboxMessage, MboxMessageEncoder } from './mboxWriter';

/** What writing one folder needs from the backup around it. */
export interface FolderRun {
  limits: BatchLimits;
  /** Throws once the backup is cancelled. */
  check(): void;
  /** One message is in the file. */
  count(entry: { messages: number }, size: number): void;
  /** The body fetch started ahead of the one being written (the cleanup waits for it). */
  prefetching(fetch: Promise<unknown>): void;
}

interface Listed {
  uid: number;
  size: number;
  date: Date;
}

type Fetched =
  { large: true; file: string | undefined } | { large: false; got: Map<number, Buffer> };

/** The chosen folders, \Noselect ones left out; a named folder that does not exist is an error. */
export function chooseFolders(
  all: FolderInfo[],
  wanted: readonly string[] | undefined,
): FolderInfo[] {
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

/** Bytes of every chosen folder, from the message sizes (RFC822.SIZE: no bodies read). */
export async function folderBytes(
  session: ReadOnlyImapSession,
  folders: FolderInfo[],
  check: () => void,
): Promise<number> {
  let bytes = 0;
  for (const folder of folders) {
    if (folder.messages === 0) continue;
    check();
    const box = await session.examine(folder.path);
    if (box.exists === 0) continue;
    for await (const m of session.fetch('1:*', { uid: true, size: true })) bytes += m.size ?? 0;
  }
  return bytes;
}

/**
 * One folder into one mboxrd file in the unfinished backup folder, in UID order. Small messages
 * come in size batches, a big one through a spool file (both as the copy engine fetches); the
 * next batch is fetched while this one is written.
 */
export async function writeFolder(
  run: FolderRun,
  session: ReadOnlyImapSession,
  spool: SpoolFetchConnection,
  folder: FolderInfo,
  fileName: string,
  partial: string,
): Promise<BackupState['folders'][number]> {
  const out = await fsp.open(path.join(partial, fileName), 'wx', 0o600);
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
    const units = sizeBatches(listed, run.limits, true);
    const write = async (bytes: Buffer) => {
      if (bytes.length === 0) return;
      await out.write(bytes);
      entry.bytes += bytes.length;
    };
    const fetchUnit = (unit: SizeBatch<Listed>): Promise<Fetched> => {
      const big = unit.large ? unit.messages[0] : undefined;
      const p = big
        ? spoolLarge(spool, folder.path, uidValidity, big, partial).then((f): Fetched => ({
            large: true,
            file: f,
          }))
        : fetchSmall(spool, folder.path, uidValidity, unit.messages).then((got): Fetched => ({
            large: false,
            got,
          }));
      // Fetched ahead: if the run stops before it is awaited, its failure is nobody's news;
      // the cleanup waits for it to settle, though.
      p.catch(() => undefined);
      run.prefetching(p);
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
      run.check();
      if (fetched.large) {
        const big = unit.messages[0];
        if (fetched.file && big) {
          await writeSpooled(run, fetched.file, big.date, write);
          run.count(entry, big.size);
        }
        continue;
      }
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
      for (const m of done) run.count(entry, m.size);
    }
    await out.sync();
  } finally {
    await out.close();
  }
  return entry;
}

async function fetchSmall(
  spool: SpoolFetchConnection,
  mailbox: string,
  uidValidity: string,
  messages: Listed[],
): Promise<Map<number, Buffer>> {
  const got = new Map<number, Buffer>();
  await spool.fetchMessages(mailbox, messages, uidValidity, (uid, source) => got.set(uid, source));
  return got;
}

/** A big message into a spool file inside the unfinished folder (so it goes with it). */
async function spoolLarge(
  spool: SpoolFetchConnection,
  mailbox: string,
  uidValidity: string,
  message: Listed,
  partial: string,
): Promise<string | undefined> {
  const file = path.join(partial, `.spool-${crypto.randomUUID()}.eml`);
  const changed = 'The old folder changed while it was being saved.';
  const bytes = await spoolToFile(spool, mailbox, message, uidValidity, file, changed);
  return bytes === undefined ? undefined : file;
}

async function writeSpooled(
  run: FolderRun,
  file: string,
  date: Date,
  write: (bytes: Buffer) => Promise<void>,
): Promise<void> {
  const encoder = new MboxMessageEncoder(date);
  try {
    for await (const chunk of fs.createReadStream(file, { highWaterMark: 256 * 1024 })) {
      run.check();
      await write(encoder.push(chunk as Buffer));
    }
    await write(encoder.end());
  } finally {
    await fsp.rm(file, { force: true });
  }
}
