import crypto from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { SwitchoverError } from '../errors';
import { bodyAllowance, isBadResponseError, responseTooLarge } from '../imap';
import type { ReadOnlyImapSession, SpoolFetchConnection } from '../imap';
import type { Batch } from './batches';
import type { IndexedMessage } from './mailboxIndex';
import type { Progress } from './progress';
import { spoolDir, spoolFileName } from './spoolSweep';

/**
 * Streams one message into `file` over a raw connection (the copy and the backup both spool
 * big messages so). Returns its bytes; undefined, with no file left, when the message is gone.
 * When the folder's UIDVALIDITY is no longer `uidValidity` its UIDs name other messages: that
 * throws imap.connection-lost with the `changed` text (a reconnect starts over). A body far
 * beyond the message's RFC822.SIZE is refused (imap.response-too-large) before it fills a disk.
 */
export async function spoolToFile(
  spooler: SpoolFetchConnection,
  mailbox: string,
  message: { uid: number; size: number },
  uidValidity: string,
  file: string,
  changed: string,
): Promise<number | undefined> {
  try {
    const got = await spooler.fetchToFile(mailbox, message.uid, file, message.size);
    if (got && got.uidValidity !== uidValidity) {
      throw new SwitchoverError('imap.connection-lost', changed);
    }
    if (!got) {
      await fsp.rm(file, { force: true });
      return undefined;
    }
    return got.bytes;
  } catch (error) {
    await fsp.rm(file, { force: true });
    throw error;
  }
}

export interface Spooled {
  file: string;
  size: number;
  /** Fetched through the imapflow session (which now has the message's folder open). */
  viaSession: boolean;
}

/**
 * Brings one big message of the copy into a spool file under `dataDir`, never holding it whole
 * in memory: streamed in one FETCH on a spool connection, or else fetched in pieces through the
 * reader's session. Undefined when the message is gone from the old folder.
 */
export async function spoolForCopy(
  o: { dataDir: string; largeMessageBytes: number },
  reader: { session: ReadOnlyImapSession; spooler: SpoolFetchConnection | undefined },
  batch: Batch,
  m: IndexedMessage,
  progress: Progress,
): Promise<Spooled | undefined> {
  const { session, spooler } = reader;
  const mailbox = batch.mailbox;
  const dir = spoolDir(o.dataDir);
  await fsp.mkdir(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, spoolFileName(crypto.randomUUID()));
  progress.folder = mailbox;
  const changed = 'The old folder changed while copying.';
  if (spooler) {
    try {
      const size = await spoolToFile(spooler, mailbox, m, batch.uidValidity, file, changed);
      return size === undefined ? undefined : { file, size, viaSession: false };
    } catch (error) {
      throw error instanceof SwitchoverError ? error : SwitchoverError.from(error);
    }
  }
  const box = await session.examine(mailbox);
  if (box.uidValidity.toString() !== batch.uidValidity) {
    throw new SwitchoverError('imap.connection-lost', changed);
  }
  await spoolInPieces(session, m, file, o.largeMessageBytes);
  const size = (await fsp.stat(file)).size;
  if (size === 0) {
    await fsp.rm(file, { force: true });
    return undefined;
  }
  return { file, size, viaSession: true };
}

/**
 * Fetches a big message in pieces into a spool file, so it is never held whole in memory. The
 * pieces stop where the message ends, and at the latest one piece past bodyAllowance(size): a
 * server that ignores the range asked for, or never stops sending, is refused.
 */
async function spoolInPieces(
  session: ReadOnlyImapSession,
  m: IndexedMessage,
  file: string,
  chunk: number,
): Promise<void> {
  const limit = bodyAllowance(m.size);
  const refuse = () =>
    responseTooLarge('a message body far larger than the size it gave for it', {
      uid: m.uid,
      size: m.size,
      limit,
    });
  const handle = await fsp.open(file, 'w', 0o600);
  try {
    for (let written = 0; ;) {
      let got = 0;
      for await (const part of session.fetch(String(m.uid), {
        uid: true,
        source: { start: written, maxLength: chunk },
      })) {
        if (!part.source) continue;
        got += part.source.length;
        if (got > chunk || written + got > limit) throw refuse();
        await handle.write(part.source);
      }
      written += got;
      if (got < chunk) return;
    }
  } catch (error) {
    // The session's answer broke a bound while this one message was asked for: it is the one.
    if (error instanceof SwitchoverError && isBadResponseError(error) && !hasUid(error)) {
      throw new SwitchoverError(error.code, error.message, { ...detailsOf(error), uid: m.uid });
    }
    throw error;
  } finally {
    await handle.close();
  }
}

function detailsOf(error: SwitchoverError): Record<string, unknown> {
  return typeof error.details === 'object' && error.details !== null
    ? (error.details as Record<string, unknown>)
    : {};
}

function hasUid(error: SwitchoverError): boolean {
  return typeof detailsOf(error).uid === 'number';
}
