// The raw connections' pieces without the mail stack: the append connection against a tiny
// in-process fake IMAP server (plain TCP on loopback) on the one-literal-at-a-time path used when
// a server lacks LITERAL+, UID sets of MULTIAPPEND, and LIST-STATUS parsing for the re-run path.

import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { AppendConnection, expandUidSet, ListConnection, parseListing } from '../../src-main/imap';

interface Fake {
  port: number;
  /** Literals received, in order. */
  literals: string[];
  close(): Promise<void>;
}

/**
 * Answers APPENDs without LITERAL+: the first one with an immediate NO (no "+", so no literal
 * follows), every later one with "+", then OK once the literal has arrived.
 */
async function fakeServer(
  options: { silentAppend?: boolean; silentOthers?: boolean; capabilities?: string } = {},
): Promise<Fake> {
  const capabilities = options.capabilities ?? 'IMAP4rev1 SASL-IR';
  const literals: string[] = [];
  const sockets = new Set<net.Socket>();
  let appends = 0;
  let uid = 40;
  const server = net.createServer((socket) => {
    sockets.add(socket);
    let buffer = Buffer.alloc(0);
    let literal: { tag: string; size: number } | undefined;
    socket.write(`* OK [CAPABILITY ${capabilities} AUTH=PLAIN] fake ready\r\n`);
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (literal) {
          // The literal, then the CRLF that ends the command.
          if (buffer.length < literal.size + 2) return;
          literals.push(buffer.subarray(0, literal.size).toString());
          buffer = buffer.subarray(literal.size + 2);
          uid += 1;
          socket.write(`${literal.tag} OK [APPENDUID 7 ${uid}] Append completed.\r\n`);
          literal = undefined;
          continue;
        }
        const end = buffer.indexOf('\r\n');
        if (end < 0) return;
        const line = buffer.subarray(0, end).toString();
        buffer = buffer.subarray(end + 2);
        const [tag = '*', verb = ''] = line.split(' ');
        if (/^AUTHENTICATE$/i.test(verb)) {
          socket.write(`${tag} OK [CAPABILITY ${capabilities}] Logged in\r\n`);
        } else if (/^APPEND$/i.test(verb)) {
          const size = Number(/\{(\d+)\}$/.exec(line)?.[1]);
          appends += 1;
          if (options.silentAppend) {
            // A server that has gone quiet: the client's answers stay pending until it gives up.
          } else if (appends === 1) {
            socket.write(`${tag} NO [TOOBIG] Message too big.\r\n`);
          } else {
            literal = { tag, size };
            socket.write('+ Ready for literal data\r\n');
          }
        } else if (/^LOGOUT$/i.test(verb)) {
          socket.end(`* BYE Logging out\r\n${tag} OK Logout completed.\r\n`);
        } else if (!options.silentOthers) {
          socket.write(`${tag} BAD Unknown command\r\n`);
        }
      }
    });
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address() as net.AddressInfo;
  return {
    port: address.port,
    literals,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

const within = <T>(p: Promise<T>, ms: number): Promise<T> =>
  Promise.race([
    p,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref(),
    ),
  ]);

describe('append connection without LITERAL+', () => {
  let fake: Fake | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  it('a NO before "+" does not leave a waiter that swallows the next command\'s "+"', async () => {
    fake = await fakeServer();
    const conn = await AppendConnection.open(
      { host: '127.0.0.1', port: fake.port, security: 'plain', username: 'u' },
      'p',
    );
    try {
      expect(conn.literalPlus).toBe(false);
      const message = (text: string) => ({
        mailbox: 'INBOX',
        flags: ['\\Seen'],
        internalDate: new Date('2020-01-01T00:00:00Z'),
        size: Buffer.byteLength(text),
        content: Buffer.from(text),
      });
      const first = conn.append(message('refused'));
      const second = conn.append(message('second message'));
      const third = conn.append(message('third'));
      const outcomes = await within(Promise.all([first, second, third]), 3000);
      expect(outcomes.map((o) => (o.ok ? 'ok' : o.error.code))).toEqual([
        'message.too-big',
        'ok',
        'ok',
      ]);
      expect(outcomes[1]).toEqual({ ok: true, uid: 41, uidValidity: '7' });
      expect(fake.literals).toEqual(['second message', 'third']);
      // Without MULTIAPPEND a batch is the same appends, one at a time.
      const batch = await within(conn.appendBatch([message('four'), message('five')]), 3000);
      expect(batch.every((o) => o.ok)).toBe(true);
      expect(fake.literals.slice(2)).toEqual(['four', 'five']);
    } finally {
      await conn.logout();
    }
  });
});

describe('closing with commands in flight', () => {
  // Regression (seen in CI): cancelling a copy closed a connection whose pipelined LIST answer
  // nobody awaited any more once NAMESPACE had failed: an unhandled rejection, which fails the
  // run and would be reported as a crash by the Electron main process.
  it('fails them for whoever waits, and leaves no unhandled rejection behind', async () => {
    const fake = await fakeServer({
      silentOthers: true,
      capabilities: 'IMAP4rev1 SASL-IR LIST-STATUS',
    });
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      const conn = await ListConnection.open(
        { host: '127.0.0.1', port: fake.port, security: 'plain', username: 'u' },
        'p',
      );
      const listing = conn.listTree().catch((error: unknown) => error);
      await new Promise((resolve) => setTimeout(resolve, 50));
      // What cancelling a copy does: close the connection while NAMESPACE and LIST are in flight.
      conn.close();
      expect(await within(listing, 3000)).toMatchObject({ code: 'imap.connection-lost' });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', record);
      await fake.close();
    }
  });
});

describe('APPENDUID sets (RFC 4315)', () => {
  it('expands ranges and lists in order, and refuses nonsense', () => {
    expect(expandUidSet('5')).toEqual([5]);
    expect(expandUidSet('5:8')).toEqual([5, 6, 7, 8]);
    expect(expandUidSet('3,7:8,10')).toEqual([3, 7, 8, 10]);
    expect(expandUidSet('9:7')).toEqual([9, 8, 7]);
    expect(expandUidSet('0')).toEqual([]);
    expect(expandUidSet('a:b')).toEqual([]);
    expect(expandUidSet('')).toEqual([]);
  });
});

describe('LIST-STATUS responses read without imapflow', () => {
  it('reads quoted, atom and literal names, special use, counts and the namespace', () => {
    const tree = parseListing([
      '* NAMESPACE (("INBOX." ".")) NIL NIL',
      '* LIST (\\HasChildren) "." INBOX',
      '* STATUS INBOX (MESSAGES 3 UIDNEXT 9 UIDVALIDITY 17 HIGHESTMODSEQ 40)',
      '* LIST (\\HasNoChildren \\Sent) "." "INBOX.Sent \\"old\\""',
      '* STATUS "INBOX.Sent \\"old\\"" (MESSAGES 0 UIDNEXT 1 UIDVALIDITY 18)',
      '* LIST (\\Noselect) "." {14}INBOX.Caf&AOk-',
    ]);
    expect(tree?.namespace).toEqual({ prefix: 'INBOX.', delimiter: '.' });
    expect(tree?.folders).toEqual([
      {
        path: 'INBOX',
        delimiter: '.',
        segments: ['INBOX'],
        noselect: false,
        messages: 3,
        status: { messages: 3, uidNext: 9, uidValidity: '17', highestModseq: '40' },
      },
      {
        path: 'INBOX.Sent "old"',
        delimiter: '.',
        segments: ['Sent "old"'],
        noselect: false,
        specialUse: '\\Sent',
        messages: 0,
        status: { messages: 0, uidNext: 1, uidValidity: '18' },
      },
      { path: 'INBOX.Café', delimiter: '.', segments: ['Café'], noselect: true },
    ]);
    expect(parseListing(['* LIST (\\HasNoChildren) "/" "unterminated'])).toBeUndefined();
  });
});
