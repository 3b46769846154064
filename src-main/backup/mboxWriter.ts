/**
 * mboxrd, the mbox variant that round-trips any message: each message starts with a
 * `From MAILER-DAEMON <asctime>` line, every body line matching `^>*From ` gets one more `>`
 * (a reader takes exactly one away again), line ends become LF, and a blank line follows each
 * message. Nothing else is added or changed: no Status/X-Status headers, so the bytes are the
 * server's bytes (flags are not kept).
 */

const LF = 0x0a;
const CR = 0x0d;
const GT = 0x3e;
const FROM_ = Buffer.from('From ');
const QUOTE = Buffer.from('>');
const NEWLINE = Buffer.from('\n');

const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** C's asctime() of the date in UTC, without the newline: `Thu Jan  1 00:00:00 1970`. */
export function asctime(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const time = `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`;
  const day = String(date.getUTCDate()).padStart(2, ' ');
  return `${days[date.getUTCDay()] ?? ''} ${months[date.getUTCMonth()] ?? ''} ${day} ${time} ${date.getUTCFullYear()}`;
}

/** The line that starts a message; an unusable date becomes the epoch rather than "NaN". */
export function mboxSeparator(internalDate: Date): string {
  const date = Number.isNaN(internalDate.getTime()) ? new Date(0) : internalDate;
  return `From MAILER-DAEMON ${asctime(date)}\n`;
}

/**
 * Encodes one message as it streams by (any chunking), so a big message never has to be held
 * whole: only the undecided start of a line (a few `>` and part of "From ") is carried over.
 */
export class MboxMessageEncoder {
  /** At the start of a line, still deciding whether it needs quoting. */
  #atLineStart = true;
  /** Bytes seen at the line start so far: `>`s, then a prefix of "From ". */
  #head: number[] = [];
  /** How much of "From " the head holds after its `>`s. */
  #fromMatched = 0;
  /** A CR at the end of the previous chunk: dropped if an LF follows. */
  #pendingCr = false;
  #lastByte = LF;

  constructor(internalDate: Date) {
    this.#start = Buffer.from(mboxSeparator(internalDate), 'latin1');
  }

  #start: Buffer | undefined;

  /** The mbox bytes for the next piece of the message. */
  push(chunk: Uint8Array): Buffer {
    const out: Buffer[] = [];
    if (this.#start) {
      out.push(this.#start);
      this.#start = undefined;
    }
    let i = 0;
    if (this.#pendingCr && chunk.length > 0) {
      this.#pendingCr = false;
      if (chunk[0] !== LF) this.#emit(out, Buffer.from([CR]));
    }
    while (i < chunk.length) {
      if (this.#atLineStart) {
        const b = chunk[i] ?? 0;
        const fits =
          this.#fromMatched === 0 ? b === GT || b === FROM_[0] : b === FROM_[this.#fromMatched];
        if (!fits) {
          this.#flushHead(out, false);
          continue;
        }
        this.#head.push(b);
        if (b !== GT || this.#fromMatched > 0) this.#fromMatched += 1;
        i += 1;
        if (this.#fromMatched === FROM_.length) this.#flushHead(out, true);
        continue;
      }
      const end = chunk.indexOf(LF, i);
      if (end < 0) {
        let last = chunk.length;
        if (chunk[last - 1] === CR) {
          this.#pendingCr = true;
          last -= 1;
        }
        if (last > i) this.#emit(out, chunk.subarray(i, last));
        break;
      }
      const lineEnd = end > i && chunk[end - 1] === CR ? end - 1 : end;
      if (lineEnd > i) this.#emit(out, chunk.subarray(i, lineEnd));
      this.#emit(out, NEWLINE);
      this.#atLineStart = true;
      i = end + 1;
    }
    return Buffer.concat(out);
  }

  /** The rest: a final line end if the message had none, and the blank line after it. */
  end(): Buffer {
    const out: Buffer[] = [];
    if (this.#start) out.push(this.#start);
    this.#start = undefined;
    if (this.#atLineStart && this.#head.length > 0) this.#flushHead(out, false);
    if (this.#pendingCr) this.#emit(out, Buffer.from([CR]));
    this.#pendingCr = false;
    if (this.#lastByte !== LF) this.#emit(out, NEWLINE);
    out.push(NEWLINE);
    return Buffer.concat(out);
  }

  #flushHead(out: Buffer[], quote: boolean): void {
    if (quote) this.#emit(out, QUOTE);
    if (this.#head.length > 0) this.#emit(out, Buffer.from(this.#head));
    this.#head = [];
    this.#fromMatched = 0;
    this.#atLineStart = false;
  }

  #emit(out: Buffer[], bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    out.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
    this.#lastByte = bytes[bytes.length - 1] ?? this.#lastByte;
  }
}

/** One whole (small) message as mboxrd bytes. */
export function encodeMboxMessage(source: Uint8Array, internalDate: Date): Buffer {
  const encoder = new MboxMessageEncoder(internalDate);
  return Buffer.concat([encoder.push(source), encoder.end()]);
}
