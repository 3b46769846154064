import fsp from 'node:fs/promises';
import { SwitchoverError } from '../errors';
import type { ServerSettings } from '../contract';
import { classifyImapError } from './imapErrors';
import { providerAnswer } from './providerAnswers';
import { copyableFlags, formatInternalDate, formatMailbox } from './imapWire';
import { RawImapConnection } from './rawConnection';
import { waitDrain } from './socketDrain';
import type { RawConnectionOptions } from './rawConnection';
import type { Secret } from '../oauth';

/**
 * A connection that only appends, beside imapflow (which keeps one command in flight). With
 * LITERAL+ every APPEND is written at once, so many are in flight on one connection and latency is
 * paid once per window, not once per message; without it each literal waits for the server's "+".
 */

export interface AppendMessage {
  /** Target folder path as listed (decoded); encoded to modified UTF-7 here. */
  mailbox: string;
  flags: readonly string[];
  internalDate: Date;
  size: number;
  /** The bytes, or a file of exactly `size` bytes (large messages, spooled on disk). */
  content: Buffer | { file: string };
}

export type AppendOutcome =
  { ok: true; uid?: number; uidValidity?: string } | { ok: false; error: SwitchoverError };

export type AppendConnectionOptions = RawConnectionOptions;

export interface AppendStats {
  commands: number;
  bytes: number;
}

export class AppendConnection extends RawImapConnection {
  #inFlightBytes = 0;

  get inFlightBytes(): number {
    return this.#inFlightBytes;
  }

  /** MULTIAPPEND (RFC 3502) is used only with LITERAL+, so a batch is written in one go. */
  get multiAppend(): boolean {
    return this.literalPlus && this.capabilities.has('MULTIAPPEND');
  }

  static async open(
    settings: ServerSettings,
    secret: Secret,
    options: AppendConnectionOptions = {},
  ): Promise<AppendConnection> {
    return RawImapConnection.connect(
      settings,
      secret,
      options,
      (socket) => new AppendConnection(socket, options),
    );
  }

  /**
   * Creates folders (parents first) and subscribes to them, all commands written at once: the
   * server runs them in order, so the whole tree costs one round trip. A folder that already
   * exists is fine; any other refusal is thrown after all answers are in.
   */
  async createFolders(
    paths: readonly string[],
    options: { subscribe?: boolean } = {},
  ): Promise<void> {
    const answers: Promise<string>[] = [];
    for (const path of paths) {
      const name = formatMailbox(path);
      answers.push(this.send(`CREATE ${name}`));
      if (options.subscribe) answers.push(this.send(`SUBSCRIBE ${name}`));
    }
    const lines = await Promise.all(answers);
    for (const line of lines) {
      const match = /^\S+ (OK|NO|BAD) ?(.*)$/i.exec(line);
      const status = match?.[1]?.toUpperCase();
      if (status === 'OK') continue;
      const responseText = match?.[2] ?? line;
      const code = /^\[([A-Z-]+)/i.exec(responseText)?.[1]?.toUpperCase();
      if (code === 'ALREADYEXISTS') continue;
      throw classifyImapError({ serverResponseCode: code, responseText, responseStatus: status });
    }
  }

  /**
   * Appends several messages to one folder. With MULTIAPPEND they go in one command (one commit
   * on the server); when that command fails, every message is tried again alone, so one refused
   * message (too big, say) costs only itself. Outcomes are in the order given.
   */
  async appendBatch(
    messages: readonly AppendMessage[],
    permanentFlags?: ReadonlySet<string>,
  ): Promise<AppendOutcome[]> {
    const first = messages[0];
    const single = () => Promise.all(messages.map((m) => this.append(m, permanentFlags)));
    if (
      !first ||
      messages.length < 2 ||
      !this.multiAppend ||
      messages.some((m) => m.mailbox !== first.mailbox || !Buffer.isBuffer(m.content))
    ) {
      return single();
    }
    if (this.closedError) {
      const error = this.closedError;
      return messages.map(() => ({ ok: false as const, error }));
    }
    const { tag, answer } = this.newCommand();
    const size = messages.reduce((n, m) => n + m.size, 0);
    this.#inFlightBytes += size;
    if (this.stats) this.stats.commands += 1;
    this.writeChain = this.writeChain.then(async () => {
      await this.gate?.();
      if (this.closedError) return;
      this.write(`${tag} APPEND ${formatMailbox(first.mailbox)}`);
      for (const m of messages) {
        this.write(` ${literalHead(m, permanentFlags, true)}`);
        await this.#writeContent(m);
      }
      this.write('\r\n');
      if (this.socket.writableNeedDrain) {
        await waitDrain(this.socket);
        this.progressed();
      }
    });
    this.writeChain.catch((error: unknown) => this.fail(classifyImapError(error)));
    let line: string;
    try {
      line = await answer;
    } catch (error) {
      const e = classifyImapError(error);
      return messages.map(() => ({ ok: false as const, error: e }));
    } finally {
      this.#inFlightBytes -= size;
    }
    const verdict = appendVerdict(line);
    // A provider that asks for a wait gets one, not every message of the batch at once.
    if (!verdict.ok && verdict.error.code.startsWith('provider.'))
      return messages.map(() => verdict);
    if (!verdict.ok) return single();
    const uids = /\[APPENDUID (\d+) ([\d:,]+)\]/i.exec(line);
    const list = uids?.[2] ? expandUidSet(uids[2]) : [];
    if (uids?.[1] && list.length === messages.length) {
      const uidValidity = uids[1];
      return list.map((uid) => ({ ok: true as const, uid, uidValidity }));
    }
    return messages.map(() => ({ ok: true as const }));
  }

  /** Queues one APPEND; resolves with the server's verdict for this message. */
  append(message: AppendMessage, permanentFlags?: ReadonlySet<string>): Promise<AppendOutcome> {
    if (this.closedError) return Promise.resolve({ ok: false, error: this.closedError });
    const { tag, answer } = this.newCommand();
    const nonSync = this.nonSynchronizing(message.size);
    const head =
      `${tag} APPEND ${formatMailbox(message.mailbox)} ` +
      literalHead(message, permanentFlags, nonSync);
    this.#inFlightBytes += message.size;
    if (this.stats) this.stats.commands += 1;
    // Writes go one after another: a literal must never be interleaved with the next command.
    this.writeChain = this.writeChain.then(async () => {
      await this.gate?.();
      if (this.closedError) return;
      if (nonSync) {
        this.write(head);
      } else {
        const waiter = this.continuationWaiter();
        this.write(head);
        const first = await Promise.race([
          waiter.plus.then(() => 'go'),
          answer.then(
            () => 'answered',
            () => 'answered',
          ),
        ]);
        // Answered (NO/BAD) before any "+": this waiter must not swallow a later command's "+".
        waiter.cancel();
        if (first !== 'go') return;
      }
      await this.#writeContent(message);
      this.write('\r\n');
      if (this.socket.writableNeedDrain) {
        await waitDrain(this.socket);
        this.progressed();
      }
    });
    this.writeChain.catch((error: unknown) => this.fail(classifyImapError(error)));
    return answer.then(
      (line) => {
        this.#inFlightBytes -= message.size;
        return appendVerdict(line);
      },
      (error: unknown) => {
        this.#inFlightBytes -= message.size;
        return { ok: false as const, error: classifyImapError(error) };
      },
    );
  }

  async #writeContent(message: AppendMessage): Promise<void> {
    if (Buffer.isBuffer(message.content)) {
      if (message.content.length !== message.size) throw new Error('message size mismatch');
      if (!this.write(message.content)) {
        await waitDrain(this.socket);
        this.progressed();
      }
      return;
    }
    await this.#writeFile(message.content.file, message.size);
  }

  /**
   * Sends a spooled file through two buffers used in turn: a piece is read into one while the
   * other is on its way, and a buffer is read into again only once the socket has written it out.
   * Fresh buffers per piece (a read stream) outlive a young-generation collection while queued
   * and come back only at a full one: a 30 MB message then sat in memory a second time, as dead
   * pieces (npm run bench, peak RSS).
   */
  async #writeFile(file: string, size: number): Promise<void> {
    const handle = await fsp.open(file, 'r');
    const pieces = [Buffer.allocUnsafeSlow(filePiece), Buffer.allocUnsafeSlow(filePiece)];
    const sending: (Promise<void> | undefined)[] = [undefined, undefined];
    let written = 0;
    try {
      for (let turn = 0; written < size; turn = 1 - turn) {
        const piece = pieces[turn] as Buffer;
        await sending[turn];
        if (this.closed) break;
        const want = Math.min(piece.length, size - written);
        const { bytesRead } = await handle.read(piece, 0, want, written);
        if (bytesRead === 0) break;
        written += bytesRead;
        sending[turn] = this.writeOut(piece.subarray(0, bytesRead));
      }
      await Promise.all(sending);
    } finally {
      await handle.close();
    }
    if (this.closed) throw new Error('connection closed while writing');
    if (written !== size) {
      // The literal's length is already on the wire: the only safe way out is to hang up.
      this.socket.destroy();
      throw new Error('spooled message changed size');
    }
  }
}

/** Bytes of a spooled message read at a time (two such buffers per message being sent). */
const filePiece = 256 * 1024;

/** One message's part of an APPEND: flags, INTERNALDATE and the literal's announcement. */
function literalHead(
  message: AppendMessage,
  permanentFlags: ReadonlySet<string> | undefined,
  literalPlus: boolean,
): string {
  const flags = copyableFlags(message.flags, permanentFlags);
  return (
    `(${flags.join(' ')}) ${formatInternalDate(message.internalDate)} ` +
    `{${message.size}${literalPlus ? '+' : ''}}\r\n`
  );
}

/** A UID set as the server writes it in APPENDUID ("5:7,9"), in order; [] when malformed. */
export function expandUidSet(set: string): number[] {
  const out: number[] = [];
  for (const part of set.split(',')) {
    const [a, b] = part.split(':').map(Number);
    if (a === undefined || !Number.isInteger(a) || a <= 0) return [];
    const end = b === undefined ? a : b;
    if (!Number.isInteger(end) || end <= 0 || Math.abs(end - a) > 1_000_000) return [];
    if (end >= a) for (let u = a; u <= end; u++) out.push(u);
    else for (let u = a; u >= end; u--) out.push(u);
  }
  return out;
}

/** The tagged answer to one APPEND, as data. */
export function appendVerdict(line: string): AppendOutcome {
  const match = /^\S+ (OK|NO|BAD) ?(.*)$/i.exec(line);
  const status = match?.[1]?.toUpperCase();
  const text = match?.[2] ?? line;
  if (status === 'OK') {
    const uid = /\[APPENDUID (\d+) (\d+)\]/i.exec(text);
    return uid?.[1] && uid[2]
      ? { ok: true, uidValidity: uid[1], uid: Number(uid[2]) }
      : { ok: true };
  }
  // Throttling, a provider out for a moment, a daily limit: waits, never a refused message.
  const provider = providerAnswer(text);
  if (provider) return { ok: false, error: provider };
  const code = /^\[([A-Z-]+)/i.exec(text)?.[1]?.toUpperCase();
  const serverText = text.replace(/^\[[^\]]*\]\s*/, '');
  if (code === 'OVERQUOTA' || (code === undefined && /quota/i.test(serverText))) {
    return {
      ok: false,
      error: new SwitchoverError('quota.exceeded', 'The new mailbox is full.', { serverText }),
    };
  }
  if (code === 'LIMIT' || code === 'TOOBIG' || /too (big|large)/i.test(serverText)) {
    return {
      ok: false,
      error: new SwitchoverError(
        'message.too-big',
        'The new provider refuses a message this big.',
        {
          serverText,
        },
      ),
    };
  }
  if (code === 'TRYCREATE' || code === 'NONEXISTENT') {
    return {
      ok: false,
      error: new SwitchoverError('folder.not-found', 'The target folder does not exist.', {
        serverText,
      }),
    };
  }
  return {
    ok: false,
    error: new SwitchoverError('message.rejected', 'The new provider refused this message.', {
      serverText,
    }),
  };
}
