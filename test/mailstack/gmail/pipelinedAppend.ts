// Seeding many messages fast: one TLS connection, every APPEND written at once with LITERAL+
// (no round trip per message), then all tagged answers awaited. 1000 messages take seconds.

import fs from 'node:fs';
import tls from 'node:tls';

export interface AppendRequest {
  mailbox: string;
  /** Flags and keywords. */
  flags: readonly string[];
  internalDate?: Date;
  raw: Buffer;
}

export interface ImapsTarget {
  host: string;
  port: number;
  servername: string;
  caCertPath: string;
  user: string;
  password: string;
}

const months = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** INTERNALDATE syntax, in UTC: "05-Jan-2020 10:00:00 +0000". */
export function imapDate(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${two(date.getUTCDate())}-${months[date.getUTCMonth()] ?? ''}-${date.getUTCFullYear()}`;
  const time = `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`;
  return `${day} ${time} +0000`;
}

function quoted(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&')}"`;
}

/** Appends all `requests` in order; throws naming the first one the server refused. */
export async function appendPipelined(
  target: ImapsTarget,
  requests: readonly AppendRequest[],
  limitMs = 120_000,
): Promise<void> {
  const socket = tls.connect({
    host: target.host,
    port: target.port,
    servername: target.servername,
    ca: [fs.readFileSync(target.caCertPath)],
  });
  const answers = new Map<string, string>();
  const waiting = new Map<string, (line: string) => void>();
  let greeted: (() => void) | undefined;
  let buffered = '';
  socket.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('latin1');
    for (let end = buffered.indexOf('\r\n'); end >= 0; end = buffered.indexOf('\r\n')) {
      const line = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      if (line.startsWith('* OK') && greeted !== undefined) {
        greeted();
        greeted = undefined;
      }
      const tag = /^(\S+) (?:OK|NO|BAD)/.exec(line)?.[1];
      if (tag === undefined) continue;
      answers.set(tag, line);
      waiting.get(tag)?.(line);
    }
  });
  const failed = new Promise<never>((_, reject) => {
    socket.once('error', reject);
    socket.once('close', () => reject(new Error('seeding connection closed')));
    setTimeout(() => reject(new Error(`seeding took over ${limitMs} ms`)), limitMs).unref();
  });
  failed.catch(() => undefined);
  const answer = (tag: string): Promise<string> =>
    Promise.race([
      failed,
      new Promise<string>((resolve) => {
        const done = answers.get(tag);
        if (done !== undefined) resolve(done);
        else waiting.set(tag, resolve);
      }),
    ]);
  const write = async (data: string | Buffer): Promise<void> => {
    if (!socket.write(data)) await Promise.race([failed, new Promise((r) => socket.once('drain', r))]); // prettier-ignore
  };
  try {
    await Promise.race([failed, new Promise<void>((resolve) => (greeted = resolve))]);
    const credentials = Buffer.from(`\0${target.user}\0${target.password}`).toString('base64');
    await write(`L AUTHENTICATE PLAIN ${credentials}\r\n`);
    const login = await answer('L');
    if (!/^L OK/.test(login)) throw new Error(`seeding login refused: ${login}`);
    for (const [i, request] of requests.entries()) {
      const date = request.internalDate === undefined ? '' : ` "${imapDate(request.internalDate)}"`;
      await write(
        `A${i} APPEND ${quoted(request.mailbox)} (${request.flags.join(' ')})${date} {${request.raw.length}+}\r\n`,
      );
      await write(request.raw);
      await write('\r\n');
    }
    for (const [i] of requests.entries()) {
      const line = await answer(`A${i}`);
      if (!line.startsWith(`A${i} OK`)) throw new Error(`APPEND of message ${i} refused: ${line}`);
    }
    await write('Z LOGOUT\r\n');
    await answer('Z');
  } finally {
    socket.destroy();
  }
}
