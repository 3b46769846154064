// Incremental readers for both directions, streaming: lines are handed out whole, literal bytes
// as they arrive (a 50 MB FETCH body is never held). Unlike the Gmail proxy's splitters
// (gmail/imapStream.ts, whose literalAtEnd this reuses), the client reader asks its owner whether
// an announced literal will come: a command the proxy answers instead of sending "+" has no
// literal, and the next line is a new command.

import { literalAtEnd } from '../../mailstack/gmail/imapStream';

/** A line longer than this without a line end is no IMAP any client or Dovecot sends. */
const maxLineBytes = 1 << 20;

class Lines {
  #pending = Buffer.alloc(0);

  /** Appends `chunk`; returns the bytes to read from (what was pending plus the chunk). */
  take(chunk: Buffer): Buffer {
    const data = this.#pending.length > 0 ? Buffer.concat([this.#pending, chunk]) : chunk;
    this.#pending = Buffer.alloc(0);
    return data;
  }

  keep(rest: Buffer): void {
    if (rest.length > maxLineBytes) throw new Error(`IMAP line over ${maxLineBytes} bytes`);
    this.#pending = Buffer.from(rest);
  }
}

export interface ClientLine {
  /** latin1, one char per byte, CRLF included. */
  text: string;
  /** The line continues a command after one of its literals. */
  continuation: boolean;
  /** The literal announced at its end: size and whether it is LITERAL+ ({n+}). */
  literal?: { size: number; nonSync: boolean };
}

export interface ClientHandler {
  /** Returns whether the announced literal's bytes will follow. */
  line(line: ClientLine): boolean;
  literal(data: Buffer): void;
}

export class ClientReader {
  readonly #lines = new Lines();
  #literalLeft = 0;
  #continuation = false;
  #literalStarted = false;

  constructor(private readonly handler: ClientHandler) {}

  /**
   * The server answered the command instead of sending "+": the synchronizing literal it was
   * waiting for will not come. Only while none of its bytes arrived.
   */
  cancelPendingLiteral(): boolean {
    if (this.#literalLeft === 0 || this.#literalStarted) return false;
    this.#literalLeft = 0;
    this.#continuation = false;
    return true;
  }

  push(chunk: Buffer): void {
    let data = this.#lines.take(chunk);
    while (data.length > 0) {
      if (this.#literalLeft > 0) {
        const size = Math.min(this.#literalLeft, data.length);
        this.#literalLeft -= size;
        this.#literalStarted = true;
        this.handler.literal(data.subarray(0, size));
        data = data.subarray(size);
        continue;
      }
      const end = data.indexOf(0x0a);
      if (end < 0) {
        this.#lines.keep(data);
        break;
      }
      const text = data.subarray(0, end + 1).toString('latin1');
      data = data.subarray(end + 1);
      const size = literalAtEnd(text);
      const literal = size === undefined ? undefined : { size, nonSync: /\{\d+\+\}\r?\n$/.test(text) }; // prettier-ignore
      const follows = this.handler.line({ text, continuation: this.#continuation, ...(literal ? { literal } : {}) }); // prettier-ignore
      this.#literalLeft = follows && literal ? literal.size : 0;
      this.#literalStarted = false;
      this.#continuation = follows && literal !== undefined;
    }
  }
}

export interface ResponseHandler {
  /** `start`: the line begins a response (not the rest of one after a literal). */
  line(text: string, start: boolean): void;
  /** A piece of the literal announced by the last line; `offset` is where it starts in it. */
  literal(data: Buffer, offset: number, size: number): void;
}

export class ResponseReader {
  readonly #lines = new Lines();
  #literal: { size: number; done: number } | undefined;
  #start = true;

  constructor(private readonly handler: ResponseHandler) {}

  /** Between two responses: nothing of a response is half sent. */
  get atBoundary(): boolean {
    return this.#start && this.#literal === undefined;
  }

  push(chunk: Buffer): void {
    let data = this.#lines.take(chunk);
    while (data.length > 0) {
      if (this.#literal !== undefined) {
        const { size, done } = this.#literal;
        const take = Math.min(size - done, data.length);
        this.#literal.done += take;
        if (this.#literal.done === size) this.#literal = undefined;
        this.handler.literal(data.subarray(0, take), done, size);
        data = data.subarray(take);
        continue;
      }
      const end = data.indexOf(0x0a);
      if (end < 0) {
        this.#lines.keep(data);
        break;
      }
      const text = data.subarray(0, end + 1).toString('latin1');
      data = data.subarray(end + 1);
      const start = this.#start;
      const size = literalAtEnd(text);
      this.#start = size === undefined;
      if (size !== undefined && size > 0) this.#literal = { size, done: 0 };
      this.handler.line(text, start);
    }
  }
}
