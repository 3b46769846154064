// Regression (seen in CI, copyFaults): a connection reset while a message body was streaming in
// destroyed the body's in-memory collector with the error, and nobody listened for it there: an
// uncaught exception, which would end the CLI and crash the Electron main process. The fetch
// must simply fail with imap.connection-lost, for the copy to reconnect and resume.

import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SpoolFetchConnection } from '../../src-main/imap';

/** Logs in, opens any folder, and answers a FETCH with half a message before resetting. */
async function halfBodyServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    let buffer = '';
    socket.write('* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] fake ready\r\n');
    socket.on('error', () => undefined);
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('latin1');
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const [tag, verb] = line.split(' ');
        if (/^(AUTHENTICATE|LOGOUT)$/i.test(verb ?? '')) {
          socket.write(`${tag} OK [CAPABILITY IMAP4rev1] done\r\n`);
        } else if (/^EXAMINE$/i.test(verb ?? '')) {
          socket.write(`* OK [UIDVALIDITY 7] ok\r\n${tag} OK [READ-ONLY] examined\r\n`);
        } else if (/^UID$/i.test(verb ?? '')) {
          socket.write(`* 1 FETCH (UID 5 BODY[] {100000}\r\n${'x'.repeat(40_000)}`, () =>
            setTimeout(() => socket.resetAndDestroy(), 30),
          );
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as net.AddressInfo;
  return {
    port: address.port,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

async function expectCleanFailure(
  fetch: (conn: SpoolFetchConnection) => Promise<unknown>,
): Promise<void> {
  const fake = await halfBodyServer();
  const uncaught: unknown[] = [];
  const record = (error: unknown) => uncaught.push(error);
  process.on('uncaughtException', record);
  process.on('unhandledRejection', record);
  try {
    const conn = await SpoolFetchConnection.open(
      { host: '127.0.0.1', port: fake.port, security: 'plain', username: 'u' },
      'p',
    );
    const outcome = await fetch(conn).then(
      () => 'resolved',
      (error: unknown) => error,
    );
    expect(outcome).toMatchObject({ code: 'imap.connection-lost' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(uncaught).toEqual([]);
  } finally {
    process.off('uncaughtException', record);
    process.off('unhandledRejection', record);
    await fake.close();
  }
}

describe('a connection reset in the middle of a message body', () => {
  it('fails a fetch into memory with imap.connection-lost and throws nothing else', async () => {
    const received: number[] = [];
    await expectCleanFailure((conn) =>
      conn.fetchMessages('INBOX', [{ uid: 5, size: 100_000 }], '7', (uid) => received.push(uid)),
    );
    expect(received).toEqual([]);
  });

  it('fails a fetch into a spool file the same way', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-spooldrop-'));
    try {
      await expectCleanFailure((conn) => conn.fetchToFile('INBOX', 5, path.join(dir, 'm.eml')));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
