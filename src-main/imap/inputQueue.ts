/**
 * Bytes received from a server and not yet parsed, kept as the chunks they arrived in: nothing
 * is copied when a chunk arrives, a line's end is searched for only in bytes not searched
 * before, and a line is joined once, when it is taken whole. (Concatenating the buffer with
 * every chunk made a line without end cost time and memory quadratic in its length.)
 */
const empty = Buffer.alloc(0);

export class InputQueue {
  #chunks: Buffer[] = [];
  /** The first chunk still holding bytes, and how many of its bytes were taken already. */
  #head = 0;
  #offset = 0;
  #length = 0;
  /** Leading bytes known to hold no CRLF: the next search starts after them. */
  #scanned = 0;

  get length(): number {
    return this.#length;
  }

  /** A chunk whose memory is the socket's, read into again next time (see settle). */
  #borrowed: Buffer | undefined;

  /**
   * `borrowed`: the chunk is a view of the connection's reused read buffer, valid only until
   * settle() — which copies what is left of it, normally a partial line.
   */
  push(chunk: Buffer, borrowed = false): void {
    if (chunk.length === 0) return;
    this.#chunks.push(chunk);
    this.#length += chunk.length;
    if (borrowed) this.#borrowed = chunk;
  }

  /** After parsing: bytes of the borrowed chunk still queued become the queue's own. */
  settle(): void {
    const borrowed = this.#borrowed;
    if (!borrowed) return;
    this.#borrowed = undefined;
    const i = this.#chunks.lastIndexOf(borrowed);
    if (i < this.#head) return;
    const from = i === this.#head ? this.#offset : 0;
    this.#chunks[i] = Buffer.from(borrowed.subarray(from));
    if (i === this.#head) this.#offset = 0;
  }

  /** How many bytes up to and including the first CRLF; -1 while none has arrived. */
  lineEnd(): number {
    // Where chunk i starts, counted from the queue's first byte (the head's taken bytes before).
    let base = -this.#offset;
    let previous = -1;
    for (let i = this.#head; i < this.#chunks.length; i++) {
      const chunk = this.#chunks[i] as Buffer;
      const first = i === this.#head ? this.#offset : 0;
      const end = base + chunk.length;
      if (end > this.#scanned) {
        let from = Math.max(first, this.#scanned - base);
        for (;;) {
          const lf = chunk.indexOf(10, from);
          if (lf < 0) break;
          const before = lf > first ? chunk[lf - 1] : previous;
          if (before === 13) return base + lf + 1;
          from = lf + 1;
        }
      }
      previous = chunk[chunk.length - 1] ?? -1;
      base = end;
    }
    this.#scanned = this.#length;
    return -1;
  }

  /** Takes `n` bytes (all there are, if fewer) as one buffer: joined only if they span chunks. */
  take(n: number): Buffer {
    const wanted = Math.min(n, this.#length);
    const first = this.#chunks[this.#head];
    if (first && first.length - this.#offset >= wanted) return this.takeUpTo(wanted);
    const parts: Buffer[] = [];
    for (let left = wanted; left > 0;) {
      const piece = this.takeUpTo(left);
      parts.push(piece);
      left -= piece.length;
    }
    return Buffer.concat(parts, wanted);
  }

  /** Up to `n` bytes from the front, never copied: a view of the first chunk. */
  takeUpTo(n: number): Buffer {
    const first = this.#chunks[this.#head];
    if (!first || n <= 0) return Buffer.alloc(0);
    const piece = first.subarray(this.#offset, Math.min(first.length, this.#offset + n));
    this.#length -= piece.length;
    this.#scanned = Math.max(0, this.#scanned - piece.length);
    this.#offset += piece.length;
    if (this.#offset === first.length) {
      // Let go of the chunk at once: a line still arriving must not keep what came before.
      this.#chunks[this.#head] = empty;
      this.#head += 1;
      this.#offset = 0;
      if (this.#head === this.#chunks.length) {
        this.#chunks = [];
        this.#head = 0;
      } else if (this.#head >= 64) {
        this.#chunks = this.#chunks.slice(this.#head);
        this.#head = 0;
      }
    }
    return piece;
  }

  /** The first `n` bytes as Latin-1 text, left in place (to name what a bad answer was). */
  peekText(n: number): string {
    const first = this.#chunks[this.#head];
    if (!first) return '';
    return first.toString('latin1', this.#offset, Math.min(first.length, this.#offset + n));
  }
}
