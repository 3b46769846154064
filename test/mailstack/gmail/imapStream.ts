// Cutting IMAP byte streams into lines and literals, for the proxy (imapProxy.ts). Nothing here
// rewrites: it only finds where a command or a response ends. Literal bytes are never decoded.
//
// Client → server is cut into pieces that go out as they arrive: a command with a synchronizing
// literal ({n}) waits for the server's "+" before sending the literal, so holding back its first
// line until the command is complete would hang both sides. Server → client is cut into whole
// responses (a line, and each literal with the line after it): servers never wait for clients.

/** Text is held as latin1 strings: one char per byte, so any byte sequence survives a round trip. */
export type Segment = string | Buffer;

export type ClientPiece =
  { kind: 'line'; text: string; commandStart: boolean } | { kind: 'literal'; data: Buffer };

/** A line longer than this without a line end is no IMAP any client or Dovecot sends. */
const maxLineBytes = 1 << 20;

/** The size of the literal announced at the end of a line ({n}, {n+}, ~{n}), if any. */
export function literalAtEnd(line: string): number | undefined {
  const match = /\{(\d+)\+?\}\r?\n$/.exec(line);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

class LineBuffer {
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

export class ClientStreamSplitter {
  readonly #lines = new LineBuffer();
  #literalLeft = 0;
  #commandStart = true;

  push(chunk: Buffer): ClientPiece[] {
    const pieces: ClientPiece[] = [];
    let data = this.#lines.take(chunk);
    while (data.length > 0) {
      if (this.#literalLeft > 0) {
        const size = Math.min(this.#literalLeft, data.length);
        pieces.push({ kind: 'literal', data: data.subarray(0, size) });
        this.#literalLeft -= size;
        data = data.subarray(size);
        continue;
      }
      const end = data.indexOf(0x0a);
      if (end < 0) {
        this.#lines.keep(data);
        break;
      }
      const text = data.subarray(0, end + 1).toString('latin1');
      pieces.push({ kind: 'line', text, commandStart: this.#commandStart });
      const literal = literalAtEnd(text);
      this.#literalLeft = literal ?? 0;
      this.#commandStart = literal === undefined;
      data = data.subarray(end + 1);
    }
    return pieces;
  }
}

export class ResponseSplitter {
  readonly #lines = new LineBuffer();
  #segments: Segment[] = [];
  #literal: { chunks: Buffer[]; left: number } | undefined;

  /** The responses completed by `chunk`, each as its text lines and literals in order. */
  push(chunk: Buffer): Segment[][] {
    const responses: Segment[][] = [];
    let data = this.#lines.take(chunk);
    while (data.length > 0) {
      if (this.#literal !== undefined) {
        const size = Math.min(this.#literal.left, data.length);
        this.#literal.chunks.push(data.subarray(0, size));
        this.#literal.left -= size;
        data = data.subarray(size);
        if (this.#literal.left === 0) {
          this.#segments.push(Buffer.concat(this.#literal.chunks));
          this.#literal = undefined;
        }
        continue;
      }
      const end = data.indexOf(0x0a);
      if (end < 0) {
        this.#lines.keep(data);
        break;
      }
      const text = data.subarray(0, end + 1).toString('latin1');
      data = data.subarray(end + 1);
      this.#segments.push(text);
      const literal = literalAtEnd(text);
      if (literal === undefined) {
        responses.push(this.#segments);
        this.#segments = [];
      } else if (literal === 0) {
        this.#segments.push(Buffer.alloc(0));
      } else {
        this.#literal = { chunks: [], left: literal };
      }
    }
    return responses;
  }
}

export function segmentsToBuffer(segments: readonly Segment[]): Buffer {
  return Buffer.concat(segments.map((s) => (typeof s === 'string' ? Buffer.from(s, 'latin1') : s)));
}
