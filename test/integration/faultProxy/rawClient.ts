// A bare IMAP client for tests that must control every byte: what is sent when (pipelining,
// synchronizing literals, LITERAL+), and every byte that came back, in order.

import net from 'node:net';
import tls from 'node:tls';

export interface RawConnectOptions {
  host: string;
  port: number;
  /** Implicit TLS verified against `ca` and `servername` (default true). */
  tls?: boolean;
  servername?: string;
  ca?: string | Buffer;
}

export class RawImap {
  #received = Buffer.alloc(0);
  #mark = 0;
  #ended = false;
  readonly #waiters = new Set<() => void>();

  private constructor(readonly socket: net.Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.#received = Buffer.concat([this.#received, chunk]);
      this.#wake();
    });
    socket.on('close', () => {
      this.#ended = true;
      this.#wake();
    });
    socket.on('error', () => undefined);
  }

  static async connect(options: RawConnectOptions): Promise<RawImap> {
    const socket =
      options.tls === false
        ? net.connect({ host: options.host, port: options.port })
        : tls.connect({
            host: options.host,
            port: options.port,
            ...(options.servername !== undefined ? { servername: options.servername } : {}),
            ...(options.ca !== undefined ? { ca: options.ca } : {}),
          });
    await new Promise<void>((resolve, reject) => {
      socket.once(options.tls === false ? 'connect' : 'secureConnect', () => resolve());
      socket.once('error', reject);
    });
    const raw = new RawImap(socket);
    await raw.waitFor(/^\* OK .*\r\n/m);
    return raw;
  }

  /** Every byte received so far. */
  get received(): Buffer {
    return this.#received;
  }

  get ended(): boolean {
    return this.#ended;
  }

  send(data: string | Buffer): void {
    this.socket.write(typeof data === 'string' ? Buffer.from(data, 'latin1') : data);
  }

  /**
   * Waits until what arrived after the previous wait matches `pattern`; returns it up to the end
   * of the match (latin1) and moves past it.
   */
  async waitFor(pattern: RegExp, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const text = this.#received.subarray(this.#mark).toString('latin1');
      const match = pattern.exec(text);
      if (match) {
        const end = match.index + match[0].length;
        this.#mark += end;
        return text.slice(0, end);
      }
      if (this.#ended) throw new Error(`connection closed before ${pattern}; got: ${text.slice(-500)}`); // prettier-ignore
      if (Date.now() > deadline) throw new Error(`no ${pattern} within ${timeoutMs} ms; got: ${text.slice(-500)}`); // prettier-ignore
      await this.#next(deadline);
    }
  }

  /** Waits for the tagged completion of `tag`; returns everything up to and including it. */
  tagged(tag: string, timeoutMs?: number): Promise<string> {
    return this.waitFor(new RegExp(`^${tag} (OK|NO|BAD)[^\\r\\n]*\\r\\n`, 'm'), timeoutMs);
  }

  /** Waits for the server to hang up; returns what came after the last wait. */
  async closed(timeoutMs = 10_000): Promise<Buffer> {
    const deadline = Date.now() + timeoutMs;
    while (!this.#ended) {
      if (Date.now() > deadline) throw new Error(`connection still open after ${timeoutMs} ms`);
      await this.#next(deadline);
    }
    return this.#received.subarray(this.#mark);
  }

  async login(user: string, password: string): Promise<void> {
    this.send(`L1 LOGIN "${user}" "${password}"\r\n`);
    const answer = await this.tagged('L1');
    if (!/^L1 OK/m.test(answer)) throw new Error(`login refused: ${answer}`);
  }

  close(): void {
    this.socket.destroy();
  }

  #wake(): void {
    for (const wake of this.#waiters) wake();
    this.#waiters.clear();
  }

  #next(deadline: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, Math.max(0, deadline - Date.now()) + 5);
      this.#waiters.add(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}
