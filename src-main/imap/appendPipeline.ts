import net from 'node:net';
import type { Readable } from 'node:stream';
import tls from 'node:tls';
import { SwitchoverError } from '../contract';
import type { ServerSettings } from '../contract';
import { classifyImapError } from './imapErrors';
import { copyableFlags, formatInternalDate, formatMailbox } from './imapWire';
import { isLoopbackHost } from './session';
import type { CaOption } from './session';

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
  /** The bytes, or a stream of exactly `size` bytes (large messages, spooled on disk). */
  content: Buffer | (() => Readable);
}

export type AppendOutcome =
  { ok: true; uid?: number; uidValidity?: string } | { ok: false; error: SwitchoverError };

export interface AppendConnectionOptions {
  ca?: CaOption;
  /** No answer for this long while appends are pending: the connection is dropped. */
  idleTimeoutMs?: number;
  /** Test hook: count of commands and round trips. */
  stats?: AppendStats;
}

export interface AppendStats {
  commands: number;
  bytes: number;
}

interface Pending {
  resolve(line: string): void;
  reject(error: Error): void;
}

type Waiter = (line: string) => void;

export class AppendConnection {
  readonly capabilities = new Set<string>();
  appendLimit: number | undefined;
  #socket: net.Socket;
  #buffer: Buffer = Buffer.alloc(0);
  #tag = 0;
  readonly #pending = new Map<string, Pending>();
  #continuation: Waiter[] = [];
  #untagged: ((line: string) => void) | undefined;
  #writeChain: Promise<void> = Promise.resolve();
  #closedError: SwitchoverError | undefined;
  #inFlightBytes = 0;
  #timer: NodeJS.Timeout | undefined;
  readonly #idleTimeoutMs: number;
  readonly #stats: AppendStats | undefined;
  readonly #closeListeners = new Set<(error: SwitchoverError) => void>();

  private constructor(socket: net.Socket, options: AppendConnectionOptions) {
    this.#socket = socket;
    this.#idleTimeoutMs = options.idleTimeoutMs ?? 120_000;
    this.#stats = options.stats;
    this.#attach(socket);
  }

  get inFlightBytes(): number {
    return this.#inFlightBytes;
  }

  get closed(): boolean {
    return this.#closedError !== undefined;
  }

  get literalPlus(): boolean {
    return this.capabilities.has('LITERAL+');
  }

  onClose(listener: (error: SwitchoverError) => void): void {
    this.#closeListeners.add(listener);
  }

  static async open(
    settings: ServerSettings,
    password: string,
    options: AppendConnectionOptions = {},
  ): Promise<AppendConnection> {
    if (settings.security === 'plain' && !isLoopbackHost(settings.host)) {
      throw new SwitchoverError(
        'tls.required',
        'An unencrypted connection is only allowed to this computer itself.',
      );
    }
    const socket = await connectSocket(settings, options.ca);
    const connection = new AppendConnection(socket, options);
    try {
      await connection.#login(settings, password, options.ca);
    } catch (error) {
      connection.close();
      throw error instanceof SwitchoverError ? error : classifyImapError(error);
    }
    return connection;
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
    password: string,
    ca: CaOption | undefined,
  ): Promise<void> {
    const greeting = await this.#nextUntagged();
    if (/^\* BYE/i.test(greeting)) throw classifyImapError({ responseText: greeting.slice(6) });
    this.#readCapabilities(greeting);
    if (settings.security === 'starttls') {
      if (this.capabilities.size === 0) await this.#command('CAPABILITY');
      await this.#command('STARTTLS');
      this.#socket.removeAllListeners('data');
      this.#socket.removeAllListeners('close');
      this.#socket.removeAllListeners('error');
      const secure = await upgrade(this.#socket, settings.host, ca);
      this.#socket = secure;
      this.#attach(secure);
      this.capabilities.clear();
    }
    if (this.capabilities.size === 0) await this.#command('CAPABILITY');
    const credentials = Buffer.from(`\0${settings.username}\0${password}`).toString('base64');
    let done: string;
    if (this.capabilities.has('SASL-IR')) {
      done = await this.#command(`AUTHENTICATE PLAIN ${credentials}`, { secret: true });
    } else {
      const tag = this.#nextTag();
      const answer = this.#expect(tag);
      const plus = this.#nextContinuation();
      this.#write(`${tag} AUTHENTICATE PLAIN\r\n`);
      await Promise.race([plus, answer]);
      this.#write(`${credentials}\r\n`);
      done = await answer;
    }
    this.capabilities.clear();
    this.#readCapabilities(done);
    if (this.capabilities.size === 0) await this.#command('CAPABILITY');
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

  #expect(tag: string): Promise<string> {
    if (this.#closedError) return Promise.reject(this.#closedError);
    this.#arm();
    return new Promise((resolve, reject) => this.#pending.set(tag, { resolve, reject }));
  }

  #nextContinuation(): Promise<string> {
    return new Promise((resolve) => this.#continuation.push(resolve));
  }

  #nextUntagged(): Promise<string> {
    return new Promise((resolve, reject) => {
      if (this.#closedError) return reject(this.#closedError);
      this.#untagged = resolve;
      this.#closeListeners.add(reject);
    });
  }

  async #command(text: string, opts: { secret?: boolean } = {}): Promise<string> {
    const tag = this.#nextTag();
    const answer = this.#expect(tag);
    this.#write(`${tag} ${text}\r\n`);
    const line = await answer;
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

  #write(data: string | Buffer): boolean {
    if (this.#stats) this.#stats.bytes += data.length;
    return this.#socket.write(data);
  }

  /** Queues one APPEND; resolves with the server's verdict for this message. */
  append(message: AppendMessage, permanentFlags?: ReadonlySet<string>): Promise<AppendOutcome> {
    if (this.#closedError) return Promise.resolve({ ok: false, error: this.#closedError });
    const tag = this.#nextTag();
    const flags = copyableFlags(message.flags, permanentFlags);
    const head =
      `${tag} APPEND ${formatMailbox(message.mailbox)} (${flags.join(' ')}) ` +
      `${formatInternalDate(message.internalDate)} {${message.size}${this.literalPlus ? '+' : ''}}\r\n`;
    this.#inFlightBytes += message.size;
    if (this.#stats) this.#stats.commands += 1;
    const answer = this.#expect(tag);
    // Writes go one after another: a literal must never be interleaved with the next command.
    this.#writeChain = this.#writeChain.then(async () => {
      if (this.#closedError) return;
      if (this.literalPlus) {
        this.#write(head);
      } else {
        const plus = this.#nextContinuation();
        this.#write(head);
        const first = await Promise.race([plus.then(() => 'go'), answer.then(() => 'answered')]);
        if (first !== 'go') return;
      }
      await this.#writeContent(message);
      this.#write('\r\n');
      if (this.#socket.writableNeedDrain) await waitDrain(this.#socket);
    });
    this.#writeChain.catch((error: unknown) => this.#fail(classifyImapError(error)));
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
      if (!this.#write(message.content)) await waitDrain(this.#socket);
      return;
    }
    let written = 0;
    for await (const chunk of message.content()) {
      const buf = chunk as Buffer;
      written += buf.length;
      if (written > message.size) break;
      if (!this.#write(buf)) await waitDrain(this.#socket);
    }
    if (written !== message.size) {
      // The literal's length is already on the wire: the only safe way out is to hang up.
      this.#socket.destroy();
      throw new Error('spooled message changed size');
    }
  }

  #arm(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      if (this.#pending.size > 0) {
        this.#fail(new SwitchoverError('net.timeout', 'The server did not answer in time.'));
        this.#socket.destroy();
      }
    }, this.#idleTimeoutMs);
    this.#timer.unref();
  }

  #onData(chunk: Buffer): void {
    this.#buffer = this.#buffer.length ? Buffer.concat([this.#buffer, chunk]) : chunk;
    this.#arm();
    for (;;) {
      const line = this.#takeLine();
      if (line === undefined) return;
      this.#onLine(line);
    }
  }

  /** One response line, with any literal it announces folded in (servers rarely send any). */
  #takeLine(): string | undefined {
    let offset = 0;
    let line = '';
    for (;;) {
      const end = this.#buffer.indexOf('\r\n', offset);
      if (end < 0) return undefined;
      const part = this.#buffer.subarray(offset, end).toString('utf8');
      const literal = /\{(\d+)\}$/.exec(part);
      if (!literal) {
        line += part;
        this.#buffer = this.#buffer.subarray(end + 2);
        return line;
      }
      const length = Number(literal[1]);
      if (this.#buffer.length < end + 2 + length) return undefined;
      line += part + this.#buffer.subarray(end + 2, end + 2 + length).toString('utf8');
      offset = end + 2 + length;
    }
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
      waiter?.(line);
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

  #fail(error: SwitchoverError): void {
    if (this.#closedError) return;
    this.#closedError = error;
    clearTimeout(this.#timer);
    for (const pending of this.#pending.values()) pending.reject(error);
    this.#pending.clear();
    for (const listener of this.#closeListeners) listener(error);
    this.#socket.destroy();
  }

  /** Waits for every queued append, then says goodbye. */
  async logout(): Promise<void> {
    if (this.#closedError) return;
    await this.#writeChain.catch(() => undefined);
    try {
      await Promise.race([this.#command('LOGOUT'), delay(5000)]);
    } catch {
      // the server hangs up after BYE; a lost connection here is fine
    }
    this.close();
  }

  close(): void {
    this.#fail(new SwitchoverError('imap.connection-lost', 'The connection was closed.'));
  }
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
  if (code === 'UNAVAILABLE' || code === 'SERVERBUG' || code === 'INUSE') {
    return {
      ok: false,
      error: new SwitchoverError('imap.command-failed', 'The new provider failed for a moment.', {
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

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

function waitDrain(socket: net.Socket): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      socket.off('drain', done);
      socket.off('close', closed);
      resolve();
    };
    const closed = () => {
      socket.off('drain', done);
      reject(new Error('connection closed while writing'));
    };
    socket.once('drain', done);
    socket.once('close', closed);
  });
}

function tlsOptions(host: string, ca: CaOption | undefined): tls.ConnectionOptions {
  const options: tls.ConnectionOptions = { minVersion: 'TLSv1.2' };
  if (!net.isIP(host.replace(/^\[|\]$/g, ''))) options.servername = host;
  if (ca !== undefined) options.ca = ca;
  return options;
}

function connectSocket(settings: ServerSettings, ca: CaOption | undefined): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket =
      settings.security === 'tls'
        ? tls.connect({
            host: settings.host,
            port: settings.port,
            ...tlsOptions(settings.host, ca),
          })
        : net.connect({ host: settings.host, port: settings.port });
    const ready = settings.security === 'tls' ? 'secureConnect' : 'connect';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new SwitchoverError('net.timeout', 'The server did not answer in time.'));
    }, 30_000);
    socket.once(ready, () => {
      clearTimeout(timer);
      socket.setNoDelay(true);
      socket.setKeepAlive(true, 30_000);
      socket.removeAllListeners('error');
      resolve(socket);
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      reject(classifyImapError(error));
    });
  });
}

function upgrade(
  socket: net.Socket,
  host: string,
  ca: CaOption | undefined,
): Promise<tls.TLSSocket> {
  return new Promise((resolve, reject) => {
    const secure = tls.connect({ socket, ...tlsOptions(host, ca) });
    secure.once('secureConnect', () => {
      secure.removeAllListeners('error');
      resolve(secure);
    });
    secure.once('error', (error) => reject(classifyImapError(error)));
  });
}
