import fs from 'node:fs';
import { Writable } from 'node:stream';
import { SwitchoverError } from '../errors';
import type { ServerSettings } from '../contract';
import { classifyImapError } from './imapErrors';
import { formatMailbox } from './imapWire';
import { RawImapConnection } from './rawConnection';
import type { RawConnectionOptions } from './rawConnection';
import { bodyAllowance, maxLiteralBytes, responseTooLarge } from './responseLimits';
import { ReadOnlyViolation } from './session';
import type { Secret } from '../oauth';

/**
 * A connection to the old account that fetches whole messages, beside imapflow: EXAMINE and
 * UID FETCH written together (one round trip). A big message goes straight into a file as it
 * arrives, so a 30 MB message is never held in memory nor fetched in pieces one after another;
 * a batch of small ones lands each in a buffer of its exact size. It sends only EXAMINE,
 * UID FETCH … (UID BODY.PEEK[]) and LOGOUT after login: nothing that could change the old
 * mailbox, not even \Seen. A body is believed only up to its RFC822.SIZE from the index and a
 * margin (bodyAllowance): a bigger literal fails the fetch with imap.response-too-large, naming
 * the message, before a byte of it is stored.
 */

/** A message to fetch: its UID and its RFC822.SIZE as the index found it. */
export interface SizedUid {
  uid: number;
  size: number;
}

export interface SpooledMessage {
  /** Bytes written to the file (equal to the literal the server announced). */
  bytes: number;
  /** UIDVALIDITY of the folder the message was read from. */
  uidValidity: string;
}

const allowed =
  /^(CAPABILITY|STARTTLS|AUTHENTICATE |EXAMINE |UID FETCH [\d,:]+ \(UID BODY\.PEEK\[\]\)$|LOGOUT$|NOOP$)/;

/** One message body, received straight into a buffer of its announced size (one copy). */
class BodyCollector extends Writable {
  readonly buffer: Buffer;
  #at = 0;

  constructor(size: number, allocate: (size: number) => Buffer) {
    super({ highWaterMark: 1024 * 1024 });
    this.buffer = allocate(size);
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: () => void): void {
    this.#at += chunk.copy(this.buffer, this.#at);
    callback();
  }

  get complete(): boolean {
    return this.#at === this.buffer.length;
  }
}

/**
 * A message body written to its spool file as each piece arrives, synchronously: a piece is
 * garbage at once (dies young), instead of queueing behind a slower disk and outliving a few
 * garbage collections (which is what made the process's memory grow by the message's size).
 */
class FileSink extends Writable {
  written = 0;

  constructor(readonly fd: number) {
    super({ highWaterMark: 1024 * 1024 });
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (e?: Error) => void): void {
    try {
      let at = 0;
      while (at < chunk.length) at += fs.writeSync(this.fd, chunk, at);
      this.written += chunk.length;
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }
}

type Into =
  | { kind: 'file'; uid: number; size?: number; file: FileSink; announced?: number }
  | {
      kind: 'memory';
      uidValidity: string;
      sizes: ReadonlyMap<number, number>;
      /** The body limit of a message whose UID comes after its body (the largest allowed). */
      largest: number;
      onMessage: (uid: number, source: Buffer) => void;
      allocate: (size: number) => Buffer;
      body?: BodyCollector;
      changed?: boolean;
    };

/** Which message a response is about, from its start (`* 12 FETCH (UID 345 …`). */
function uidOf(responseStart: string): number | undefined {
  const uid = /^\* \d+ FETCH \((?:[^{]*?[( ])?UID (\d+)/i.exec(responseStart)?.[1];
  return uid === undefined ? undefined : Number(uid);
}

export class SpoolFetchConnection extends RawImapConnection {
  #selected: { path: string; uidValidity: string } | undefined;
  #uidValidity: string | undefined;
  #into: Into | undefined;
  #chain: Promise<unknown> = Promise.resolve();
  #queued = 0;

  static async open(
    settings: ServerSettings,
    secret: Secret,
    options: RawConnectionOptions = {},
  ): Promise<SpoolFetchConnection> {
    return RawImapConnection.connect(
      settings,
      secret,
      options,
      (socket) => new SpoolFetchConnection(socket, options),
    );
  }

  /** Fetches waiting on this connection (each streams into its own file, one at a time). */
  get queued(): number {
    return this.#queued;
  }

  protected override send(text: string): Promise<string> {
    if (!allowed.test(text)) return Promise.reject(new ReadOnlyViolation(text.split(' ')[0] ?? ''));
    return super.send(text);
  }

  protected override onUntagged = (line: string): void => {
    const validity = /^\* OK \[UIDVALIDITY (\d+)\]/i.exec(line);
    if (validity?.[1]) this.#uidValidity = validity[1];
    const into = this.#into;
    if (into?.kind !== 'memory' || !into.body || !/^\* \d+ FETCH /i.test(line)) return;
    // The whole FETCH line is in: its UID (before or after the body) names the message.
    const body = into.body;
    into.body = undefined;
    const uid = Number(/[( ]UID (\d+)/i.exec(line)?.[1]);
    const current = this.#selected?.uidValidity ?? this.#uidValidity;
    if (current !== into.uidValidity) into.changed = true;
    else if (uid > 0 && body.complete) into.onMessage(uid, body.buffer);
  };

  protected override literalSink = (line: string, size: number): Writable | undefined => {
    const into = this.#into;
    // The message body of the FETCH in progress; any other literal is read as usual.
    if (!into || !/^\* \d+ FETCH \(.*BODY\[\] \{\d+\}$/i.test(line)) return undefined;
    if (into.kind === 'memory') {
      const uid = uidOf(line);
      const known = uid === undefined ? undefined : into.sizes.get(uid);
      const limit = known === undefined ? into.largest : bodyAllowance(known);
      if (size > limit) throw bodyTooLarge(uid, known, size, limit);
      into.body = new BodyCollector(size, into.allocate);
      return into.body;
    }
    if (into.announced !== undefined) return undefined;
    const limit = into.size === undefined ? maxLiteralBytes : bodyAllowance(into.size);
    if (size > limit) throw bodyTooLarge(into.uid, into.size, size, limit);
    into.announced = size;
    return into.file;
  };

  /** A violation inside a message's FETCH response names that message. */
  protected override explainViolation(error: SwitchoverError, start: string): SwitchoverError {
    const into = this.#into;
    const details = (error.details ?? {}) as Record<string, unknown>;
    if (!into || typeof details.uid === 'number' || !/^\* \d+ FETCH /i.test(start)) return error;
    const only = into.kind === 'file' ? into.uid : single(into.sizes);
    const uid = uidOf(start) ?? only;
    if (uid === undefined) return error;
    return new SwitchoverError(error.code, error.message, { ...details, uid });
  }

  /**
   * Fetches whole messages of one folder in one command (EXAMINE written with it when another
   * folder is open), handing each over as it arrives. Messages gone from the folder are simply
   * not handed over. Throws when the folder's UIDVALIDITY is not `uidValidity` any more.
   * `allocate` gives each body its buffer (the copy's reused ones); a new one by default.
   */
  fetchMessages(
    mailbox: string,
    messages: readonly SizedUid[],
    uidValidity: string,
    onMessage: (uid: number, source: Buffer) => void,
    allocate: (size: number) => Buffer = (size) => Buffer.allocUnsafe(size),
  ): Promise<void> {
    this.#queued += 1;
    const run = this.#chain.then(() =>
      this.#fetchMessages(mailbox, messages, uidValidity, { onMessage, allocate }),
    );
    this.#chain = run.catch(() => undefined);
    return run.finally(() => {
      this.#queued -= 1;
    });
  }

  async #fetchMessages(
    mailbox: string,
    messages: readonly SizedUid[],
    uidValidity: string,
    hand: { onMessage: (uid: number, source: Buffer) => void; allocate: (size: number) => Buffer },
  ): Promise<void> {
    const sizes = new Map(messages.map((m) => [m.uid, m.size]));
    const largest = bodyAllowance(Math.max(0, ...sizes.values()));
    const into: Into = { kind: 'memory', uidValidity, sizes, largest, ...hand };
    this.#into = into;
    try {
      const uids = messages.map((m) => m.uid).join(',');
      await this.#run(mailbox, `UID FETCH ${uids} (UID BODY.PEEK[])`);
    } finally {
      this.#into = undefined;
    }
    if (into.changed) {
      throw new SwitchoverError('imap.connection-lost', 'The old folder changed while copying.');
    }
  }

  /** EXAMINE (when needed) and one command, written together; both answers checked. */
  async #run(mailbox: string, command: string): Promise<void> {
    let examined: Promise<string> | undefined;
    if (this.#selected?.path !== mailbox) {
      this.#selected = undefined;
      this.#uidValidity = undefined;
      examined = this.send(`EXAMINE ${formatMailbox(mailbox)}`);
      examined.catch(() => undefined);
    }
    const answered = this.send(command);
    answered.catch(() => undefined);
    if (examined) {
      checkOk(await examined);
      if (this.#uidValidity === undefined) throw new Error('EXAMINE without UIDVALIDITY');
      this.#selected = { path: mailbox, uidValidity: this.#uidValidity };
    }
    checkOk(await answered);
  }

  /**
   * Writes message `uid` of `mailbox` into `file` (created 0600). Undefined when the message is
   * gone (expunged meanwhile). Throws when the folder cannot be opened or the connection drops.
   * With its `size` (RFC822.SIZE), a body beyond bodyAllowance(size) is refused.
   */
  fetchToFile(
    mailbox: string,
    uid: number,
    file: string,
    size?: number,
  ): Promise<SpooledMessage | undefined> {
    this.#queued += 1;
    const run = this.#chain.then(() => this.#fetch(mailbox, uid, file, size));
    this.#chain = run.catch(() => undefined);
    return run.finally(() => {
      this.#queued -= 1;
    });
  }

  async #fetch(
    mailbox: string,
    uid: number,
    file: string,
    size: number | undefined,
  ): Promise<SpooledMessage | undefined> {
    const fd = fs.openSync(file, 'w', 0o600);
    const out = new FileSink(fd);
    let failed: Error | undefined;
    out.on('error', (error) => (failed = error));
    const into: Into = { kind: 'file', uid, file: out, ...(size === undefined ? {} : { size }) };
    this.#into = into;
    try {
      await this.#run(mailbox, `UID FETCH ${uid} (UID BODY.PEEK[])`);
    } finally {
      this.#into = undefined;
      out.destroy();
      fs.closeSync(fd);
    }
    const selected = this.#selected;
    if (failed) throw failed;
    if (!selected) throw new Error('no folder open');
    if (into.announced === undefined) return undefined;
    if (out.written !== into.announced) throw new Error('spooled message is incomplete');
    return { bytes: out.written, uidValidity: selected.uidValidity };
  }
}

function bodyTooLarge(
  uid: number | undefined,
  size: number | undefined,
  literalSize: number,
  limit: number,
): SwitchoverError {
  return responseTooLarge('a message body far larger than the size it gave for it', {
    ...(uid !== undefined ? { uid } : {}),
    ...(size !== undefined ? { size } : {}),
    literalSize,
    limit,
  });
}

/** The one UID of a fetch of one message. */
function single(sizes: ReadonlyMap<number, number>): number | undefined {
  return sizes.size === 1 ? [...sizes.keys()][0] : undefined;
}

function checkOk(line: string): void {
  const match = /^\S+ (OK|NO|BAD) ?(.*)$/i.exec(line);
  const status = match?.[1]?.toUpperCase();
  if (status === 'OK') return;
  const responseText = match?.[2] ?? line;
  const code = /^\[([A-Z-]+)/i.exec(responseText)?.[1];
  throw classifyImapError({ serverResponseCode: code, responseText, responseStatus: status });
}
