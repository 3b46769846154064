// A hostile old provider for the tests: a small IMAP server on loopback (plain text, which the
// engine allows only to this computer) that speaks enough IMAP for a copy or a backup to list,
// index and fetch one folder of ordinary messages, and answers the body fetch of one message (or
// its header fields, or the folder list) with what a broken or malicious server might send: a
// literal whose size no buffer can hold, a 4 GB literal followed by bytes without end, a line
// that never ends, or a literal far larger than the message's RFC822.SIZE. Everything it sends without end stops at a bound of bytes and
// time, and when the client hangs up.

import net from 'node:net';

export type HostileCase = 'huge-number' | 'endless-literal' | 'endless-line' | 'oversize-literal';

export interface FakeMessage {
  uid: number;
  raw: Buffer;
  internalDate: Date;
  /** RFC822.SIZE as announced (else the length of `raw`). */
  size?: number;
}

export interface HostileStats {
  connections: number;
  /** Body fetches answered with the hostile response. */
  hostileAnswers: number;
  /** Bytes sent after the hostile response's start. */
  hostileBytes: number;
}

export interface HostileServer {
  host: string;
  port: number;
  stats: HostileStats;
  close(): Promise<void>;
}

export interface HostileOptions {
  host?: string;
  hostile: HostileCase;
  hostileUid: number;
  messages: FakeMessage[];
  /** Bytes an endless answer stops at (default 8 GiB), whichever comes first of this and time. */
  endlessBytes?: number;
  endlessMs?: number;
  /** Size of the literal in the oversize case (default 20 MiB). */
  oversizeBytes?: number;
  /**
   * Which answer is hostile: the body of message `hostileUid` (default), its header fields in
   * the index, or the folder list.
   */
  where?: 'body' | 'headers' | 'list';
  /** Capabilities besides IMAP4rev1 SASL-IR AUTH=PLAIN (LIST-STATUS for the raw listing). */
  capabilities?: string[];
}

const uidValidity = 1700000000;

function imapDate(d: Date): string {
  const months = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return `"${day}-${months[d.getUTCMonth()] ?? 'Jan'}-${d.getUTCFullYear()} ${time} +0000"`;
}

/** Sequence or UID numbers of a set such as "1:*", "4", "1,3:5". */
function inSet(set: string, n: number, max: number): boolean {
  return set.split(',').some((part) => {
    const [a, b] = part.split(':');
    const lo = a === '*' ? max : Number(a);
    const hi = b === undefined ? lo : b === '*' ? max : Number(b);
    return n >= Math.min(lo, hi) && n <= Math.max(lo, hi);
  });
}

/** The header fields a HEADER.FIELDS section asks for, taken from the raw message. */
function headerFields(raw: Buffer, names: string[]): Buffer {
  const head = raw.toString('latin1').split('\r\n\r\n')[0] ?? '';
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  const lines = head
    .split('\r\n')
    .filter((l) => wanted.has(l.slice(0, l.indexOf(':')).trim().toLowerCase()));
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
}

export async function startHostileServer(options: HostileOptions): Promise<HostileServer> {
  const stats: HostileStats = { connections: 0, hostileAnswers: 0, hostileBytes: 0 };
  const sockets = new Set<net.Socket>();
  const messages = [...options.messages].sort((a, b) => a.uid - b.uid);
  const uidNext = (messages.at(-1)?.uid ?? 0) + 1;
  const endlessBytes = options.endlessBytes ?? 8 * 1024 ** 3;
  const endlessMs = options.endlessMs ?? 120_000;
  const where = options.where ?? 'body';
  const capabilities = ['IMAP4rev1', 'SASL-IR', 'AUTH=PLAIN', ...(options.capabilities ?? [])].join(
    ' ',
  );

  /** Writes `piece` until the client hangs up or a bound is reached, minding backpressure. */
  const endless = (socket: net.Socket, piece: Buffer) => {
    const started = Date.now();
    let sent = 0;
    const pump = () => {
      while (!socket.destroyed && sent < endlessBytes && Date.now() - started < endlessMs) {
        sent += piece.length;
        stats.hostileBytes += piece.length;
        if (!socket.write(piece)) {
          socket.once('drain', pump);
          return;
        }
      }
    };
    pump();
  };

  let oversize: Buffer | undefined;
  /** `start` (the response up to the hostile part), then the hostile part itself. */
  const hostileAnswer = (socket: net.Socket, start: string, end: string, tag: string) => {
    stats.hostileAnswers += 1;
    const filler = Buffer.alloc(64 * 1024, 'x');
    switch (options.hostile) {
      case 'huge-number':
        // Twenty digits: more than any buffer (or a double's exact integers) can hold.
        socket.write(`${start}{99999999999999999999}\r\nFrom: a\r\n`);
        return;
      case 'endless-literal':
        socket.write(`${start}{4000000000}\r\n`);
        endless(socket, filler);
        return;
      case 'endless-line':
        // A quoted string that never ends: no CRLF, ever.
        socket.write(`${start}"`);
        endless(socket, filler);
        return;
      case 'oversize-literal': {
        const size = options.oversizeBytes ?? 20 * 1024 * 1024;
        // Made once: in a test worker, the fake server's memory counts with the client's.
        oversize ??= Buffer.alloc(size, 'y');
        const body = oversize;
        if (where !== 'list') body.write('Subject: far bigger than its RFC822.SIZE\r\n\r\n');
        stats.hostileBytes += size;
        socket.write(`${start}{${size}}\r\n`);
        socket.write(body);
        socket.write(`${end}\r\n${tag} OK done\r\n`);
        return;
      }
    }
  };

  const fetch = (socket: net.Socket, tag: string, uidMode: boolean, args: string) => {
    const match = /^(\S+) \((.*)\)$/.exec(args);
    const set = match?.[1] ?? '';
    const items = match?.[2] ?? '';
    const maxSeq = messages.length;
    const maxUid = messages.at(-1)?.uid ?? 0;
    const fields = /HEADER\.FIELDS \(([^)]*)\)/i.exec(items)?.[1]?.split(/\s+/) ?? [];
    const wantsBody = /BODY(\.PEEK)?\[\](<\d+\.\d+>)?/i.exec(items);
    for (const [i, m] of messages.entries()) {
      const seq = i + 1;
      if (!inSet(set, uidMode ? m.uid : seq, uidMode ? maxUid : maxSeq)) continue;
      if (
        m.uid === options.hostileUid &&
        ((wantsBody && where === 'body') || (fields.length > 0 && where === 'headers'))
      ) {
        const item = where === 'body' ? 'BODY[]' : `BODY[HEADER.FIELDS (${fields.join(' ')})]`;
        hostileAnswer(socket, `* ${seq} FETCH (UID ${m.uid} ${item} `, ')', tag);
        return;
      }
      const parts: (string | Buffer)[] = [`* ${seq} FETCH (UID ${m.uid}`];
      if (/FLAGS/i.test(items)) parts.push(' FLAGS ()');
      if (/RFC822\.SIZE/i.test(items)) parts.push(` RFC822.SIZE ${m.size ?? m.raw.length}`);
      if (/INTERNALDATE/i.test(items)) parts.push(` INTERNALDATE ${imapDate(m.internalDate)}`);
      if (fields.length > 0) {
        const head = headerFields(m.raw, fields);
        parts.push(` BODY[HEADER.FIELDS (${fields.join(' ')})] {${head.length}}\r\n`, head);
      }
      if (wantsBody) {
        const partial = /<(\d+)\.(\d+)>/.exec(wantsBody[2] ?? '');
        const from = partial ? Number(partial[1]) : 0;
        const body = partial ? m.raw.subarray(from, from + Number(partial[2])) : m.raw;
        parts.push(` BODY[]${partial ? `<${from}>` : ''} {${body.length}}\r\n`, body);
      }
      parts.push(')\r\n');
      for (const p of parts) socket.write(p);
    }
    socket.write(`${tag} OK fetched\r\n`);
  };

  const answer = (socket: net.Socket, line: string) => {
    const [tag = '*', rawVerb = '', ...rest] = line.split(' ');
    let verb = rawVerb.toUpperCase();
    let args = rest.join(' ');
    let uidMode = false;
    if (verb === 'UID') {
      uidMode = true;
      verb = (rest[0] ?? '').toUpperCase();
      args = rest.slice(1).join(' ');
    }
    const ok = (text = 'done') => socket.write(`${tag} OK ${text}\r\n`);
    switch (verb) {
      case 'CAPABILITY':
        socket.write(`* CAPABILITY ${capabilities}\r\n`);
        return ok();
      case 'LOGIN':
        return ok(`[CAPABILITY ${capabilities}] logged in`);
      case 'AUTHENTICATE':
        if (rest.length >= 2) return ok(`[CAPABILITY ${capabilities}] logged in`);
        socket.write('+ \r\n');
        // The next line (the credentials) is answered as this command.
        pendingAuth.set(socket, tag);
        return;
      case 'ID':
        socket.write('* ID NIL\r\n');
        return ok();
      case 'LIST':
      case 'LSUB':
        if (where === 'list') {
          return hostileAnswer(socket, `* ${verb} (\\HasNoChildren) "." `, '', tag);
        }
        socket.write(`* ${verb} (\\HasNoChildren) "." INBOX\r\n`);
        return ok();
      case 'STATUS':
        socket.write(
          `* STATUS INBOX (MESSAGES ${messages.length} UIDVALIDITY ${uidValidity} UIDNEXT ${uidNext})\r\n`,
        );
        return ok();
      case 'EXAMINE':
      case 'SELECT':
        socket.write(
          `* FLAGS (\\Seen \\Answered \\Flagged \\Deleted \\Draft)\r\n` +
            `* OK [PERMANENTFLAGS ()] none\r\n* ${messages.length} EXISTS\r\n* 0 RECENT\r\n` +
            `* OK [UIDVALIDITY ${uidValidity}] ok\r\n* OK [UIDNEXT ${uidNext}] ok\r\n`,
        );
        return ok('[READ-ONLY] examined');
      case 'FETCH':
        return fetch(socket, tag, uidMode, args);
      case 'LOGOUT':
        socket.write('* BYE bye\r\n');
        ok();
        socket.end();
        return;
      default:
        return ok();
    }
  };

  const pendingAuth = new Map<net.Socket, string>();
  const server = net.createServer((socket) => {
    stats.connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.write(`* OK [CAPABILITY ${capabilities}] hostile test server ready\r\n`);
    let buffer = '';
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('latin1');
      // Bounded: a client line is a command, never more than a few kB here.
      if (buffer.length > 1024 * 1024) socket.destroy();
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const authTag = pendingAuth.get(socket);
        if (authTag !== undefined) {
          pendingAuth.delete(socket);
          socket.write(`${authTag} OK [CAPABILITY ${capabilities}] logged in\r\n`);
          continue;
        }
        answer(socket, line);
      }
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  return {
    host,
    port: (server.address() as net.AddressInfo).port,
    stats,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
