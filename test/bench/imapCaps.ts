// --minimal-caps: the new provider as a bare IMAP4rev1 server. The proxy (terminating TLS on the
// new side) rewrites the server's CAPABILITY lines — untagged `* CAPABILITY …` and
// `[CAPABILITY …]` codes — so clients cannot use LITERAL+, MULTIAPPEND, UIDPLUS… and must wait
// for each `+` continuation. Everything else, literals above all, passes byte for byte: the
// stream is split into lines and literals properly, never searched for text.

/** What a minimal server still offers (AUTH=… too); every other capability is hidden. */
const kept = new Set([
  'IMAP4REV1',
  'SASL-IR',
  'LOGIN-REFERRALS',
  'ID',
  'IDLE',
  'NAMESPACE',
  'CHILDREN',
  'STARTTLS',
  'LOGINDISABLED',
]);

export function minimalCapabilities(caps: string): string {
  return caps
    .split(' ')
    .filter((c) => c !== '' && (kept.has(c.toUpperCase()) || /^AUTH=/i.test(c)))
    .join(' ');
}

/** Rewrites one response line (CRLF included) if it carries capabilities. */
export function rewriteCapabilityLine(line: string): string {
  const untagged = /^\* CAPABILITY (.*?)(\r?\n)$/i.exec(line);
  if (untagged) return `* CAPABILITY ${minimalCapabilities(untagged[1] ?? '')}${untagged[2]}`;
  const code = /^(\S+ (?:OK|NO|BAD|PREAUTH|BYE) )\[CAPABILITY ([^\]]*)\](.*)$/is.exec(line);
  if (code) return `${code[1]}[CAPABILITY ${minimalCapabilities(code[2] ?? '')}]${code[3]}`;
  return line;
}

/** Longest line kept whole for inspection; a longer one passes through unread (none is a CAPABILITY). */
const maxLine = 64 * 1024;

/**
 * Splits an IMAP byte stream into lines and literals. `onLine` sees each line that begins a
 * command or response (not the rest of one after a literal) and may return a replacement;
 * literal bytes are never looked at.
 */
export class ImapStream {
  readonly #onLine: (line: string) => string;
  #pending: Buffer[] = [];
  #pendingBytes = 0;
  /** Bytes of the current literal still to pass. */
  #literalLeft = 0;
  /** The next line begins a new command/response (else it continues one after a literal). */
  #atStart = true;
  /** The current line was too long and is passing through unread. */
  #passing = false;
  /** Last bytes of a passing line, for the `{n}` at its end. */
  #tail = '';
  /** Literals announced as non-synchronizing ({n+}, LITERAL+/LITERAL-). */
  nonSyncLiterals = 0;
  literals = 0;

  constructor(onLine: (line: string) => string = (l) => l) {
    this.#onLine = onLine;
  }

  transform(chunk: Buffer): Buffer {
    const out: Buffer[] = [];
    let at = 0;
    // Each turn consumes at least one byte of `chunk` or ends the loop.
    while (at < chunk.length) {
      if (this.#literalLeft > 0) {
        const n = Math.min(this.#literalLeft, chunk.length - at);
        out.push(chunk.subarray(at, at + n));
        this.#literalLeft -= n;
        at += n;
        continue;
      }
      const nl = chunk.indexOf(10, at);
      if (nl < 0) {
        this.#hold(chunk.subarray(at), out);
        break;
      }
      this.#hold(chunk.subarray(at, nl + 1), out);
      at = nl + 1;
      this.#endLine(out);
    }
    return out.length === 1 ? (out[0] as Buffer) : Buffer.concat(out);
  }

  #hold(part: Buffer, out: Buffer[]): void {
    if (this.#passing) {
      out.push(part);
      this.#tail = (this.#tail + part.toString('latin1')).slice(-32);
      return;
    }
    this.#pending.push(part);
    this.#pendingBytes += part.length;
    if (this.#pendingBytes > maxLine) {
      const all = Buffer.concat(this.#pending);
      out.push(all);
      this.#tail = all.subarray(-32).toString('latin1');
      this.#pending = [];
      this.#pendingBytes = 0;
      this.#passing = true;
    }
  }

  #endLine(out: Buffer[]): void {
    let text: string;
    if (this.#passing) {
      text = this.#tail;
    } else {
      text = Buffer.concat(this.#pending).toString('latin1');
      const line = this.#atStart ? this.#onLine(text) : text;
      out.push(Buffer.from(line, 'latin1'));
    }
    this.#pending = [];
    this.#pendingBytes = 0;
    this.#passing = false;
    this.#tail = '';
    const literal = /\{(\d+)(\+|-)?\}\r?\n$/.exec(text);
    if (literal) {
      this.literals += 1;
      if (literal[2] !== undefined) this.nonSyncLiterals += 1;
      this.#literalLeft = Number(literal[1]);
      this.#atStart = false;
    } else {
      this.#atStart = true;
    }
  }
}
