import { format } from 'node:util';
import { redact } from '../net';

const maxLines = 400;

/** A bunyan-shaped logger for nodemailer that keeps the SMTP conversation, redacted. */
export class SmtpTranscript {
  readonly #lines: string[] = [];
  readonly #secrets: readonly string[];

  constructor(secrets: readonly string[]) {
    this.#secrets = secrets;
  }

  /** Hand this to nodemailer as `logger` (with `transactionLog: true`, never `debug`: no bodies). */
  readonly logger = {
    trace: () => undefined,
    debug: (entry: object, message: unknown, ...args: unknown[]) => this.#add(entry, message, args),
    info: (entry: object, message: unknown, ...args: unknown[]) => this.#add(entry, message, args),
    warn: (entry: object, message: unknown, ...args: unknown[]) => this.#add(entry, message, args),
    error: (entry: object, message: unknown, ...args: unknown[]) => this.#add(entry, message, args),
    fatal: (entry: object, message: unknown, ...args: unknown[]) => this.#add(entry, message, args),
  };

  /** A line of our own, e.g. "trying port 465". */
  note(text: string): void {
    this.#push(`** ${text}`);
  }

  get lines(): string[] {
    return [...this.#lines];
  }

  #add(entry: object, message: unknown, args: unknown[]): void {
    const tnx = (entry as { tnx?: unknown }).tnx;
    // The message itself is the person's own mail: only its size is logged by nodemailer.
    if (tnx === 'message') return;
    const text = typeof message === 'string' ? format(message, ...args) : String(message);
    const prefix = tnx === 'client' ? 'C: ' : tnx === 'server' ? 'S: ' : '** ';
    for (const line of text.split(/\r?\n/)) this.#push(prefix + line);
  }

  #push(line: string): void {
    if (this.#lines.length >= maxLines) return;
    // Nodemailer already hides AUTH payloads; the password is removed again wherever it appears.
    this.#lines.push(redact(line, this.#secrets).slice(0, 500));
  }
}
