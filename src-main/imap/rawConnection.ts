import type net from 'node:net';
import type { Writable } from 'node:stream';
import { SwitchoverError } from '../errors';
import type { ServerSettings } from '../contract';
import { classifyImapError, isRefusedLogin, refusedLogin } from './imapErrors';
import { connectProvider, upgradeProvider } from './connectProvider';
import { InputQueue } from './inputQueue';
import { ReusedReads } from './reusedReads';
import { literalSize } from './imapWire';
import {
  maxHeldResponseBytes,
  maxLiteralBytes,
  protocolViolation,
  responseTooLarge,
} from './responseLimits';
import type { CaOption, ConnectVia, NetworkPath } from '../net';
import { withSecret } from '../oauth';
import type { Secret } from '../oauth';

/**
 * A bare IMAP connection beside imapflow (which keeps one command in flight): login, then
 * commands written back to back and answered in order, so latency is paid once per window. The
 * append and the spool-fetch connections build on it.
 */

export interface RawConnectionOptions {
  /** The app's DNS, port map and CA; without it the system resolver. */
  network?: NetworkPath;
  ca?: CaOption;
  /** No answer for this long while commands are pending: the connection is dropped. */
  idleTimeoutMs?: number;
  /** Test hook: count of commands and bytes written. */
  stats?: { commands: number; bytes: number };
}

interface Pending {
  resolve(line: string): void;
  reject(error: Error): void;
}

type Waiter = (line: string) => void;

/**
 * Where a literal in a server response goes instead of memory (decided from its line; `size` is
 * at most maxLiteralBytes). It may throw a SwitchoverError to refuse the literal: the connection
 * then fails with it.
 */
export type LiteralSink = (lineSoFar: string, size: number) => Writable | undefined;
// A sink's write must be done with the piece when it returns (copied or written out at once):
// pieces are views of the connection's reused read buffer (ReusedReads).

export class RawImapConnection {
  readonly capabilities = new Set<string>();
  appendLimit: number | undefined;
  protected socket: net.Socket;
  readonly #input = new InputQueue();
  #tag = 0;
  readonly #pending = new Map<string, Pending>();
  #continuation: Waiter[] = [];
  #untagged: ((line: string) => void) | undefined;
  /** Writes go one after another: a literal must never be interleaved with the next command. */
  protected writeChain: Promise<void> = Promise.resolve();
  /**
   * Awaited before each command is written: a provider's "wait N ms" for the whole account
   * (provider.throttled) holds every connection's next command, LOGOUT included.
   */
  gate: (() => Promise<void>) | undefined;
  #closedError: SwitchoverError | undefined;
  #timer: NodeJS.Timeout | undefined;
  readonly #idleTimeoutMs: number;
  protected readonly stats: { commands: number; bytes: number } | undefined;
  readonly #closeListeners = new Set<(error: SwitchoverError) => void>();
  /** Untagged responses (besides the greeting), for subclasses that read them. */
  protected onUntagged: ((line: string) => void) | undefined;
  /** Big literals in responses go here, streamed with backpressure, never held whole. */
  protected literalSink: LiteralSink | undefined;
  #streaming: { sink: Writable; left: number } | undefined;

  protected constructor(socket: net.Socket, options: RawConnectionOptions) {
    this.socket = socket;
    this.#idleTimeoutMs = options.idleTimeoutMs ?? 120_000;
    this.stats = options.stats;
    this.#attach(socket);
  }

  get closed(): boolean {
    return this.#closedError !== undefined;
  }

  protected get closedError(): SwitchoverError | undefined {
    return this.#closedError;
  }

  get literalPlus(): boolean {
    return this.capabilities.has('LITERAL+');
  }

  /**
   * May a literal of `size` bytes go without waiting for "+"? Always with LITERAL+; with LITERAL-
   * (RFC 7888, Gmail's) up to 4,096 bytes.
   */
  nonSynchronizing(size: number): boolean {
    return this.literalPlus || (this.capabilities.has('LITERAL-') && size <= 4096);
  }

  onClose(listener: (error: SwitchoverError) => void): void {
    this.#closeListeners.add(listener);
  }

  /** Connects (TLS verified) and logs in; `make` builds the subclass around the socket. */
  protected static connect<T extends RawImapConnection>(
    settings: ServerSettings,
    secret: Secret,
    options: RawConnectionOptions,
    make: (socket: net.Socket) => T,
  ): Promise<T> {
    const via: ConnectVia = { network: options.network, ca: options.ca };
    return withSecret(
      secret,
      async (credential) => {
        const reads = new ReusedReads();
        const socket = await connectProvider(settings, via, undefined, reads.onread);
        const connection = make(socket);
        connection.#readFrom(reads);
        try {
          await connection.#login(settings, credential, via);
        } catch (error) {
          connection.close();
          throw error instanceof SwitchoverError ? error : classifyImapError(error);
        }
        return connection;
      },
      isRefusedLogin,
    );
  }

  #readFrom(reads: ReusedReads): void {
    reads.deliverTo((piece, borrowed) => this.#onData(piece, borrowed));
  }

  #attach(socket: net.Socket): void {
    socket.on('data', (chunk: Buffer) => this.#onData(chunk));
    socket.on('error', (error) => this.#fail(classifyImapError(error)));
    socket.on('close', () =>
      this.#fail(
        new SwitchoverError('imap.connection-lost', 'The connection to the server was lost.'),
      ),
    );
  }

  async #login(
    settings: ServerSettings,
    credential: { password: string } | { accessToken: string },
    via: ConnectVia,
  ): Promise<void> {
    const greeting = await this.#nextUntagged();
    if (/^\* BYE/i.test(greeting)) throw classifyImapError({ responseText: greeting.slice(6) });
    this.#readCapabilities(greeting);
    if (settings.security === 'starttls') {
      if (this.capabilities.size === 0) await this.command('CAPABILITY');
      await this.command('STARTTLS');
      this.socket.removeAllListeners('data');
      this.socket.removeAllListeners('close');
      this.socket.removeAllListeners('error');
      const reads = new ReusedReads();
      const secure = await upgradeProvider(this.socket, settings.host, via, reads.onread);
      this.socket = secure;
      this.#attach(secure);
      this.#readFrom(reads);
      this.capabilities.clear();
    }
    if (this.capabilities.size === 0) await this.command('CAPABILITY');
    const done =
      'password' in credential
        ? await this.#authenticate(
            'PLAIN',
            Buffer.from(`\0${settings.username}\0${credential.password}`).toString('base64'),
          )
        : await this.#authenticate(
            'XOAUTH2',
            Buffer.from(
              `user=${settings.username}\x01auth=Bearer ${credential.accessToken}\x01\x01`,
            ).toString('base64'),
          );
    this.capabilities.clear();
    this.#readCapabilities(done);
    if (this.capabilities.size === 0) await this.command('CAPABILITY');
  }

  /**
   * AUTHENTICATE with the initial response on the command line where SASL-IR allows, else after
   * the first "+". A later "+" is the server's error challenge (XOAUTH2 sends its JSON reason so):
   * answered with an empty line, after which the server says NO (RFC 7628 §3.2.3).
   */
  async #authenticate(mechanism: string, initial: string): Promise<string> {
    const tag = this.#nextTag();
    const answer = this.expect(tag);
    let waiter = this.continuationWaiter();
    if (this.capabilities.has('SASL-IR')) {
      this.write(`${tag} AUTHENTICATE ${mechanism} ${initial}\r\n`);
    } else {
      this.write(`${tag} AUTHENTICATE ${mechanism}\r\n`);
      await Promise.race([waiter.plus, answer]);
      waiter.cancel();
      waiter = this.continuationWaiter();
      this.write(`${initial}\r\n`);
    }
    void waiter.plus.then(() => this.write('\r\n'));
    const done = await answer.finally(() => waiter.cancel());
    if (!/^\S+ OK/i.test(done)) throw refusedLogin(done);
    return done;
  }

  #readCapabilities(line: string): void {
    const match = /\[CAPABILITY ([^\]]*)\]/i.exec(line) ?? /^\* CAPABILITY (.*)$/i.exec(line);
    if (!match?.[1]) return;
    for (const cap of match[1].trim().split(/\s+/)) {
      const upper = cap.toUpperCase();
      if (upper.startsWith('APPENDLIMIT=')) {
        const limit = Number(upper.slice('APPENDLIMIT='.length));
        if (Number.isFinite(limit) && limit > 0) this.appendLimit = limit;
        this.capabilities.add('APPENDLIMIT');
      } else {
        this.capabilities.add(upper);
      }
    }
  }

  #nextTag(): string {
    this.#tag += 1;
    return `P${this.#tag}`;
  }

  /** A fresh tag and the promise of its tagged answer. */
  protected newCommand(): { tag: string; answer: Promise<string> } {
    const tag = this.#nextTag();
    return { tag, answer: this.expect(tag) };
  }

  protected expect(tag: string): Promise<string> {
    if (this.#closedError) return abandonable(Promise.reject(this.#closedError));
    this.#arm();
    return abandonable(
      new Promise((resolve, reject) => this.#pending.set(tag, { resolve, reject })),
    );
  }

  /** A wait for the next "+", which can be withdrawn when the command was answered instead. */
  protected continuationWaiter(): { plus: Promise<string>; cancel: () => void } {
    let waiter: Waiter = () => undefined;
    const plus = new Promise<string>((resolve) => {
      waiter = resolve;
      this.#continuation.push(waiter);
    });
    return {
      plus,
      cancel: () => {
        this.#continuation = this.#continuation.filter((w) => w !== waiter);
      },
    };
  }

  #nextUntagged(): Promise<string> {
    return abandonable(
      new Promise((resolve, reject) => {
        if (this.#closedError) return reject(this.#closedError);
        this.#untagged = resolve;
        this.#closeListeners.add(reject);
      }),
    );
  }

  /** One command, waiting for its answer; NO or BAD are thrown as SwitchoverError. */
  protected async command(text: string, opts: { secret?: boolean } = {}): Promise<string> {
    const line = await this.send(text);
    const status = /^\S+ (OK|NO|BAD)/i.exec(line)?.[1]?.toUpperCase();
    if (status !== 'OK') {
      const responseText = line.replace(/^\S+ \S+ /, '');
      const code = /^\[([A-Z-]+)/i.exec(responseText)?.[1];
      if (text.startsWith('AUTHENTICATE') || opts.secret) {
        throw new SwitchoverError('auth.failed', 'The server did not accept the password.', {
          serverText: responseText,
        });
      }
      throw classifyImapError({ serverResponseCode: code, responseText, responseStatus: status });
    }
    return line;
  }

  /** Writes one command line after whatever is queued; resolves with its tagged answer. */
  protected send(text: string): Promise<string> {
    const { tag, answer } = this.newCommand();
    if (this.stats) this.stats.commands += 1;
    this.writeChain = this.writeChain.then(async () => {
      await this.gate?.();
      if (!this.#closedError) this.write(`${tag} ${text}\r\n`);
    });
    this.writeChain.catch((error: unknown) => this.#fail(classifyImapError(error)));
    return answer;
  }

  protected write(data: string | Buffer): boolean {
    if (this.stats) this.stats.bytes += data.length;
    return this.socket.write(data);
  }

  /** Writes and resolves once the socket is done with `data` (written out, or failed). */
  protected writeOut(data: Buffer): Promise<void> {
    if (this.stats) this.stats.bytes += data.length;
    return new Promise((resolve) =>
      this.socket.write(data, () => {
        this.progressed();
        resolve();
      }),
    );
  }

  /**
   * Bytes went out: the server is silent while it reads a big literal, and a slow upload link
   * (a 30 MB attachment at 1 Mbit/s takes minutes) must not count as a server that stopped
   * answering.
   */
  protected progressed(): void {
    if (this.#pending.size > 0 && !this.#closedError) this.#arm();
  }

  #arm(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      if (this.#pending.size > 0) {
        this.#fail(new SwitchoverError('net.timeout', 'The server did not answer in time.'));
        this.socket.destroy();
      }
    }, this.#idleTimeoutMs);
    this.#timer.unref();
  }

  /**
   * Everything a server sends goes through here. Nothing it sends may end the process: a size
   * past the bounds (responseLimits.ts), or anything thrown while reading, fails this connection
   * alone with a stable code, and whoever waits on it gets that error.
   */
  #onData(chunk: Buffer, borrowed = false): void {
    this.#input.push(chunk, borrowed);
    this.#arm();
    try {
      this.#parse();
    } catch (error) {
      this.#fail(this.explainViolation(protocolViolation(error), this.#responseStart()));
    } finally {
      this.#input.settle();
    }
  }

  /** The response read so far (its lines and in-memory literals), before its last line. */
  #held = '';
  #heldBytes = 0;
  /** Bytes still to come of a literal held in memory. */
  #inlineLeft: number | undefined;
  #waitingForDrain = false;

  #parse(): void {
    while (!this.#closedError) {
      if (this.#streaming) {
        if (!this.#pumpLiteral()) return;
        continue;
      }
      if (this.#inlineLeft !== undefined) {
        if (this.#input.length < this.#inlineLeft) return;
        this.#held += this.#input.take(this.#inlineLeft).toString('utf8');
        this.#inlineLeft = undefined;
        continue;
      }
      const end = this.#input.lineEnd();
      const lineBytes = end < 0 ? this.#input.length : end - 2;
      if (this.#heldBytes + lineBytes > maxHeldResponseBytes) {
        throw responseTooLarge(end < 0 ? 'a line without end' : 'a response line too long', {
          limit: maxHeldResponseBytes,
        });
      }
      if (end < 0) return;
      const part = this.#input.take(end).toString('utf8', 0, end - 2);
      this.#heldBytes += lineBytes;
      this.#segment(part);
    }
  }

  /** One line of a response: its end, or the announcement of a literal that follows it. */
  #segment(part: string): void {
    const size = literalSize(part);
    if (size === undefined) {
      const line = this.#held + part;
      this.#held = '';
      this.#heldBytes = 0;
      this.#onLine(line);
      return;
    }
    this.#held += part;
    if (size > maxLiteralBytes) {
      throw responseTooLarge('a literal of more than 256 MiB', {
        literalSize: Number.isFinite(size) ? size : 'more digits than any size has',
        limit: maxLiteralBytes,
      });
    }
    const sink = this.literalSink?.(this.#held, size);
    if (sink) {
      this.#streaming = { sink, left: size };
      return;
    }
    if (this.#heldBytes + size > maxHeldResponseBytes) {
      throw responseTooLarge('a response too large to hold', {
        literalSize: size,
        limit: maxHeldResponseBytes,
      });
    }
    this.#heldBytes += size;
    this.#inlineLeft = size;
  }

  /** Moves received bytes of a streamed literal to its sink; false when more must arrive. */
  #pumpLiteral(): boolean {
    const s = this.#streaming;
    if (!s) return true;
    while (s.left > 0) {
      if (this.#input.length === 0) return false;
      const piece = this.#input.takeUpTo(s.left);
      s.left -= piece.length;
      if (!s.sink.write(piece) && !this.#waitingForDrain) {
        // The disk is slower than the network: stop reading until the sink drains.
        this.#waitingForDrain = true;
        this.socket.pause();
        s.sink.once('drain', () => {
          this.#waitingForDrain = false;
          this.socket.resume();
        });
      }
    }
    // The rest of the response line follows the literal; #held keeps what came before.
    this.#streaming = undefined;
    return true;
  }

  /** The start of the response that broke a bound, to tell which message it was about. */
  #responseStart(): string {
    return (this.#held || this.#input.peekText(200)).slice(0, 200);
  }

  /**
   * A subclass may say more about a violation from the start of the response that caused it
   * (which message it was); the connection fails with what this returns.
   */
  protected explainViolation(error: SwitchoverError, _responseStart: string): SwitchoverError {
    return error;
  }

  #onLine(line: string): void {
    if (line.startsWith('+')) {
      this.#continuation.shift()?.(line);
      return;
    }
    if (line.startsWith('*')) {
      if (/^\* BYE/i.test(line) && this.#untagged === undefined) {
        this.#fail(classifyImapError({ code: 'NoConnection', responseText: line.slice(6) }));
        return;
      }
      if (/^\* CAPABILITY /i.test(line)) this.#readCapabilities(line);
      const waiter = this.#untagged;
      this.#untagged = undefined;
      if (waiter) waiter(line);
      else this.onUntagged?.(line);
      return;
    }
    const tag = line.slice(0, line.indexOf(' '));
    const pending = this.#pending.get(tag);
    if (pending) {
      this.#pending.delete(tag);
      pending.resolve(line);
    }
    if (this.#pending.size === 0) clearTimeout(this.#timer);
  }

  protected fail(error: SwitchoverError): void {
    this.#fail(error);
  }

  #fail(error: SwitchoverError): void {
    if (this.#closedError) return;
    this.#closedError = error;
    clearTimeout(this.#timer);
    for (const pending of this.#pending.values()) pending.reject(error);
    this.#pending.clear();
    for (const listener of this.#closeListeners) listener(error);
    // Destroyed without the error: the fetch learns it from its rejected answer, and an error
    // emitted on a sink nobody listens to (the in-memory body) is an uncaught exception.
    if (this.#streaming) this.#streaming.sink.destroy();
    this.#streaming = undefined;
    this.socket.destroy();
  }

  /** Waits for every queued command, then says goodbye. */
  async logout(): Promise<void> {
    if (this.#closedError) return;
    await this.writeChain.catch(() => undefined);
    try {
      await Promise.race([this.command('LOGOUT'), delay(5000)]);
    } catch {
      // the server hangs up after BYE; a lost connection here is fine
    }
    this.close();
  }

  close(): void {
    this.#fail(new SwitchoverError('imap.connection-lost', 'The connection was closed.'));
  }
}

/**
 * Pipelined answers may be abandoned: when a copy is cancelled or the link drops, commands sent
 * ahead are failed together, and nobody awaits the later ones any more. Whoever awaits still gets
 * the error; an abandoned one must not surface as an unhandled rejection (it would end the CLI or
 * be reported by the Electron main process as a crash).
 */
function abandonable<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
