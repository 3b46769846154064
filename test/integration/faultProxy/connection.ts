// One client connection through the fault proxy: its own upstream connection, both directions
// read as IMAP (wireReaders.ts), every client command logged and put to the rules. Bytes pass
// unchanged unless a rule acts or capabilities are hidden.
//
// Answers the proxy makes itself go out in command order: after the tagged completions of every
// command forwarded before them, as a server working through a pipeline would send them, and
// only between two server responses (never inside a FETCH literal).

import type net from 'node:net';
import {
  authenticateArgs,
  clientFirstMechanisms,
  loginUser,
  parseCommandHead,
  redacted,
  saslUser,
} from './commandLine';
import type { CommandHead } from './commandLine';
import { hideCapabilities } from './capabilities';
import type { RuleSet } from './ruleSet';
import type { CommandLogEntry, FaultLogEntry } from './types';
import { ClientReader, ResponseReader } from './wireReaders';
import type { ClientLine } from './wireReaders';

/** What connections share: the rules, the log, and who is logged in where. */
export interface ProxyShared {
  rules(): RuleSet;
  log(entry: FaultLogEntry): void;
  /** Other connections of `account` logged in or logging in. */
  accountConnections(account: string, except: number): number;
  setAccount(connection: number, account: string | undefined): void;
  closed(connection: number): void;
}

type InFlight =
  | { kind: 'forwarded'; tag: string; name: string; account?: string }
  | { kind: 'local'; entry: CommandLogEntry; bye?: string };

type Mode =
  | { kind: 'commands' }
  | { kind: 'idle'; tag: string }
  /** AUTHENTICATE forwarded: client lines are SASL responses until its completion. */
  | { kind: 'auth'; tag: string }
  /** AUTHENTICATE without SASL-IR held back: the proxy sent "+" and waits for the response. */
  | { kind: 'authHold'; head: CommandHead; line: string; at: number; mechanism: string };

/** A literal that carries message content (any section of BODY, BINARY, RFC822). */
const bodyLiteral =
  /(?:BODY(?:\.PEEK)?\[[^\]]*\]|BINARY(?:\.PEEK)?\[[^\]]*\]|RFC822(?:\.HEADER|\.TEXT)?)(?:<\d+>)? ~?\{\d+\}\r?\n$/i;

export class FaultConnection {
  readonly #clientReader: ClientReader;
  readonly #responseReader: ResponseReader;
  #closed = false;
  #account: string | undefined;
  #inFlight: InFlight[] = [];
  #mode: Mode = { kind: 'commands' };
  /** How continuation lines and literals of the command being read are handled. */
  #current: 'forward' | 'swallow' = 'forward';
  /** Tag of a forwarded command whose synchronizing literal waits for the server's "+". */
  #syncLiteralTag: string | undefined;
  #cut: { afterBytes: number; text?: string; rule?: string } | undefined;
  #cutting = false;
  readonly #toServer: (Buffer | 'plus')[] = [];
  #awaitingPlus = false;
  readonly #injections: { data: Buffer; close: boolean; written?: () => void }[] = [];

  constructor(
    readonly id: number,
    private readonly client: net.Socket,
    private readonly server: net.Socket,
    private readonly shared: ProxyShared,
  ) {
    this.#clientReader = new ClientReader({
      line: (line) => this.#clientLine(line),
      literal: (data) => {
        this.#syncLiteralTag = undefined;
        if (this.#current === 'forward') this.#sendServer(data);
      },
    });
    this.#responseReader = new ResponseReader({
      line: (text, start) => this.#serverLine(text, start),
      literal: (data, offset, size) => this.#serverLiteral(data, offset, size),
    });
    client.on('data', (chunk: Buffer) => this.#guard(() => this.#clientReader.push(chunk)));
    server.on('data', (chunk: Buffer) => this.#guard(() => this.#responseReader.push(chunk)));
    client.on('error', () => this.#close('client'));
    server.on('error', () => this.#close('server'));
    client.on('close', () => this.#close('client'));
    server.on('close', () => this.#close('server'));
  }

  get account(): string | undefined {
    return this.#account;
  }

  /** Ends both sides (the proxy is closing). */
  destroy(): void {
    this.#close('proxy');
    this.client.destroy();
  }

  #guard(work: () => void): void {
    if (this.#closed) return;
    try {
      work();
    } catch (error) {
      this.shared.log({ type: 'fault', at: Date.now(), connection: this.id, text: `proxy: ${(error as Error).message}` }); // prettier-ignore
      this.#close('proxy');
    }
  }

  // ---- client → server ----

  /** Returns whether the literal announced by `line` will follow. */
  #clientLine(line: ClientLine): boolean {
    if (this.#closed) return false;
    const mode = this.#mode;
    if (mode.kind === 'authHold') {
      this.#mode = { kind: 'commands' };
      const user = saslUser(mode.mechanism, line.text);
      this.#dispatch(mode.head, mode.line, mode.at, user, undefined, line.text);
      return false;
    }
    if (mode.kind === 'auth' || mode.kind === 'idle') {
      this.#sendServer(Buffer.from(line.text, 'latin1'));
      if (mode.kind === 'idle' && /^DONE\r?\n$/i.test(line.text)) this.#mode = { kind: 'commands' }; // prettier-ignore
      return false;
    }
    if (line.continuation) {
      if (this.#current === 'swallow') return line.literal?.nonSync ?? false;
      this.#sendServer(Buffer.from(line.text, 'latin1'));
      this.#noteSyncLiteral(line, this.#syncLiteralTag);
      return line.literal !== undefined;
    }
    const head = parseCommandHead(line.text);
    if (head === undefined) {
      // Not a command (an empty line): the server says what it thinks of it.
      this.#current = 'forward';
      this.#sendServer(Buffer.from(line.text, 'latin1'));
      return line.literal !== undefined;
    }
    const at = Date.now();
    if (head.name === 'AUTHENTICATE') {
      const { mechanism, initial } = authenticateArgs(head.rest);
      if (initial === undefined && clientFirstMechanisms.has(mechanism)) {
        // The user is in the client's first response: ask for it before deciding, as the
        // server would, and replay the exchange upstream if the command goes on.
        this.#mode = { kind: 'authHold', head, line: line.text, at, mechanism };
        this.#inject('+ \r\n');
        return false;
      }
      const user = initial === undefined ? undefined : saslUser(mechanism, initial);
      return this.#dispatch(head, line.text, at, user, line);
    }
    const user = head.name === 'LOGIN' ? loginUser(head.rest) : undefined;
    return this.#dispatch(head, line.text, at, user, line);
  }

  /** Puts a new command to the rules; forwards it or answers it. Returns whether its literal follows. */
  #dispatch(
    head: CommandHead,
    text: string,
    at: number,
    user: string | undefined,
    line: ClientLine | undefined,
    heldSasl?: string,
  ): boolean {
    const logging = head.name === 'LOGIN' || head.name === 'AUTHENTICATE';
    const account = logging ? (user ?? this.#account) : this.#account;
    const rule = this.shared.rules().decide({
      connection: this.id,
      ...(account !== undefined ? { account } : {}),
      name: head.name,
      text: redacted(head),
      accountConnections: logging && user !== undefined ? this.shared.accountConnections(user, this.id) : 0, // prettier-ignore
    });
    const entry: CommandLogEntry = {
      type: 'command',
      at,
      connection: this.id,
      ...(account !== undefined ? { account } : {}),
      tag: head.tag,
      name: head.name,
      text: redacted(head),
      outcome: 'forwarded',
      ...(rule?.name !== undefined ? { rule: rule.name } : {}),
    };
    const action = rule?.action;
    const literal = line?.literal;
    if (action === undefined || action.kind === 'byeMidBody') {
      if (action !== undefined) {
        this.#cut = { afterBytes: action.afterBytes, ...(action.text !== undefined ? { text: action.text } : {}), ...(rule?.name !== undefined ? { rule: rule.name } : {}) }; // prettier-ignore
      }
      this.shared.log(entry);
      this.#current = 'forward';
      this.#inFlight.push({ kind: 'forwarded', tag: head.tag, name: head.name, ...(user !== undefined ? { account: user } : {}) }); // prettier-ignore
      if (logging && user !== undefined) this.shared.setAccount(this.id, user);
      this.#sendServer(Buffer.from(text, 'latin1'));
      if (heldSasl !== undefined) {
        // The server's own "+" was already answered by the proxy's: swallow it, then replay.
        this.#toServer.push('plus');
        this.#sendServer(Buffer.from(heldSasl, 'latin1'));
      }
      if (head.name === 'IDLE') this.#mode = { kind: 'idle', tag: head.tag };
      if (head.name === 'AUTHENTICATE') this.#mode = { kind: 'auth', tag: head.tag };
      if (line !== undefined) this.#noteSyncLiteral(line, head.tag);
      return literal !== undefined;
    }
    this.#current = 'swallow';
    if (action.kind === 'answer') {
      entry.outcome = 'answered';
      entry.answer = `${head.tag} ${action.response}`;
      this.shared.log(entry);
      this.#inFlight.push({ kind: 'local', entry, ...(action.bye !== undefined ? { bye: action.bye } : {}) }); // prettier-ignore
      this.#flushLocalAnswers();
    } else {
      entry.outcome = 'bye';
      entry.answer = `* BYE ${action.text}`;
      this.shared.log(entry);
      this.#inject(`* BYE ${action.text}\r\n`, true, () => (entry.answeredAt = Date.now()));
    }
    // A synchronizing literal never comes (the client got an answer instead of "+"); LITERAL+
    // bytes are on their way and are swallowed.
    return literal?.nonSync ?? false;
  }

  #noteSyncLiteral(line: ClientLine, tag: string | undefined): void {
    this.#syncLiteralTag = line.literal !== undefined && !line.literal.nonSync ? tag : undefined;
  }

  #sendServer(data: Buffer): void {
    this.#toServer.push(data);
    this.#pumpServer();
  }

  #pumpServer(): void {
    while (!this.#awaitingPlus && this.#toServer.length > 0 && !this.#closed) {
      const item = this.#toServer.shift();
      if (item === 'plus') this.#awaitingPlus = true;
      else if (item !== undefined) write(this.client, this.server, item);
    }
  }

  // ---- server → client ----

  #serverLine(text: string, start: boolean): void {
    // The rest of a chunk read before the proxy closed the connection is not the client's.
    if (this.#closed) return;
    if (start && this.#awaitingPlus && text.startsWith('+')) {
      this.#awaitingPlus = false;
      this.#pumpServer();
      return;
    }
    if (start && text.startsWith('+')) this.#syncLiteralTag = undefined;
    const out = start ? hideCapabilities(text, this.shared.rules().hidden) : text;
    write(this.server, this.client, Buffer.from(out, 'latin1'));
    const literal = Number(/\{(\d+)\}\r?\n$/.exec(text)?.[1] ?? 0);
    this.#cutting = this.#cut !== undefined && bodyLiteral.test(text) && literal > this.#cut.afterBytes; // prettier-ignore
    const tagged = start ? /^(\S+) (OK|NO|BAD)\b ?(.*?)\r?\n$/i.exec(text) : null;
    if (tagged?.[1] !== undefined && tagged[1] !== '*' && tagged[1] !== '+') {
      this.#completed(tagged[1], (tagged[2] ?? '').toUpperCase(), tagged[3] ?? '');
    }
    this.#flushInjections();
  }

  #serverLiteral(data: Buffer, offset: number, size: number): void {
    if (this.#closed) return;
    const cut = this.#cut;
    if (!this.#cutting || cut === undefined) {
      write(this.server, this.client, data);
      if (offset + data.length === size) this.#flushInjections();
      return;
    }
    const keep = Math.max(0, cut.afterBytes - offset);
    if (keep >= data.length) {
      write(this.server, this.client, data);
      return;
    }
    write(this.server, this.client, data.subarray(0, keep));
    if (cut.text !== undefined) this.client.write(`* BYE ${cut.text}\r\n`);
    this.shared.log({
      type: 'fault',
      at: Date.now(),
      connection: this.id,
      ...(this.#account !== undefined ? { account: this.#account } : {}),
      ...(cut.rule !== undefined ? { rule: cut.rule } : {}),
      text: `cut after ${cut.afterBytes} of ${size} literal bytes${cut.text !== undefined ? `: * BYE ${cut.text}` : ''}`,
    });
    this.#close('proxy');
  }

  #completed(tag: string, status: string, text: string): void {
    const index = this.#inFlight.findIndex((f) => f.kind === 'forwarded' && f.tag === tag);
    const command = this.#inFlight[index];
    if (command?.kind !== 'forwarded') return;
    this.#inFlight.splice(index, 1);
    if (command.name === 'LOGIN' || command.name === 'AUTHENTICATE') {
      if (status === 'OK') this.#account = command.account;
      this.shared.setAccount(this.id, this.#account);
    }
    if ((this.#mode.kind === 'auth' || this.#mode.kind === 'idle') && this.#mode.tag === tag) {
      this.#mode = { kind: 'commands' };
    }
    // The server refused the command before its "+": the client sends no literal.
    if (this.#syncLiteralTag === tag) {
      this.#clientReader.cancelPendingLiteral();
      this.#syncLiteralTag = undefined;
    }
    this.shared.log({
      type: 'completion',
      at: Date.now(),
      connection: this.id,
      ...(this.#account !== undefined ? { account: this.#account } : {}),
      tag,
      status,
      text,
    });
    this.#flushLocalAnswers();
  }

  /** Sends the proxy's own answers that no earlier forwarded command is still ahead of. */
  #flushLocalAnswers(): void {
    while (this.#inFlight[0]?.kind === 'local') {
      const local = this.#inFlight.shift();
      if (local?.kind !== 'local') break;
      const { entry, bye } = local;
      const data = `${entry.answer ?? ''}\r\n${bye !== undefined ? `* BYE ${bye}\r\n` : ''}`;
      this.#inject(data, bye !== undefined, () => (entry.answeredAt = Date.now()));
    }
  }

  /** Writes `data` to the client between two server responses; closes afterwards if asked. */
  #inject(data: string, close = false, written?: () => void): void {
    this.#injections.push({ data: Buffer.from(data, 'latin1'), close, ...(written ? { written } : {}) }); // prettier-ignore
    this.#flushInjections();
  }

  #flushInjections(): void {
    while (this.#responseReader.atBoundary && this.#injections.length > 0 && !this.#closed) {
      const next = this.#injections.shift();
      if (next === undefined) break;
      this.client.write(next.data);
      next.written?.();
      if (next.close) this.#close('proxy');
    }
  }

  #close(by: 'client' | 'server' | 'proxy'): void {
    if (this.#closed) return;
    this.#closed = true;
    this.shared.log({
      type: 'close',
      at: Date.now(),
      connection: this.id,
      ...(this.#account !== undefined ? { account: this.#account } : {}),
      by,
    });
    this.shared.closed(this.id);
    this.server.destroy();
    // What was written still goes out; a client that never hangs up is cut a moment later.
    this.client.end();
    setTimeout(() => this.client.destroy(), 2000).unref();
  }
}

/** Writes with backpressure: a side that cannot take more pauses the other. */
function write(from: net.Socket, to: net.Socket, data: Buffer): void {
  // After end(), a write is an error that destroys the socket with what it still had to send
  // (a BAD line and BYE written just before the end were lost so).
  if (data.length === 0 || to.destroyed || to.writableEnded) return;
  if (!to.write(data)) {
    from.pause();
    to.once('drain', () => from.resume());
  }
}
