// Regression (review): the idle timer only counted answers from the server, so a big message sent
// over a slow upload link — the server silent while it reads the literal — failed with
// net.timeout, and every retry failed the same way. Bytes going out now count as progress.

import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppendConnection } from '../../src-main/imap';

/** Logs in, then takes an APPEND's literal at `bytesPerSecond` before answering OK. */
async function slowReader(bytesPerSecond: number) {
  const sockets = new Set<net.Socket>();
  let received = 0;
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.write('* OK [CAPABILITY IMAP4rev1 SASL-IR LITERAL+ AUTH=PLAIN] slow ready\r\n');
    let text = '';
    let literal: { tag: string; left: number } | undefined;
    const onLine = (line: string) => {
      const [tag, verb] = line.split(' ');
      const size = /\{(\d+)\+?\}$/.exec(line)?.[1];
      if (/^APPEND$/i.test(verb ?? '') && size) literal = { tag: tag ?? '*', left: Number(size) };
      else if (/^(AUTHENTICATE|LOGOUT)$/i.test(verb ?? '')) {
        socket.write(`${tag} OK [CAPABILITY IMAP4rev1 LITERAL+] done\r\n`);
      }
    };
    socket.on('data', (chunk: Buffer) => {
      let at = 0;
      while (at < chunk.length) {
        if (literal) {
          const take = Math.min(literal.left, chunk.length - at);
          literal.left -= take;
          received += take;
          at += take;
          if (literal.left === 0) {
            socket.write(`${literal.tag} OK [APPENDUID 7 1] stored\r\n`);
            literal = undefined;
          }
          continue;
        }
        const end = chunk.indexOf('\n', at);
        if (end < 0) {
          text += chunk.subarray(at).toString('latin1');
          break;
        }
        const line = (text + chunk.subarray(at, end).toString('latin1')).replace(/\r$/, '');
        text = '';
        at = end + 1;
        if (line) onLine(line);
      }
      // Read no faster than the link allows.
      socket.pause();
      setTimeout(() => socket.resume(), Math.ceil((chunk.length / bytesPerSecond) * 1000));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    received: () => received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

describe('a big message over a slow upload link', () => {
  it('is not given up while its bytes keep going out, though the server says nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-slowupload-'));
    const size = 32 * 1024 * 1024;
    const file = path.join(dir, 'big.eml');
    fs.writeFileSync(file, Buffer.alloc(size, 'x'));
    // ~4 s of upload against a 1.5 s idle limit (loopback buffers hold a few MB at either end,
    // which the server is still reading after the last byte left: less than the limit).
    const server = await slowReader(8 * 1024 * 1024);
    try {
      const conn = await AppendConnection.open(
        { host: '127.0.0.1', port: server.port, security: 'plain', username: 'u' },
        'p',
        { idleTimeoutMs: 1500 },
      );
      const started = Date.now();
      const outcome = await conn.append({
        mailbox: 'INBOX',
        flags: [],
        internalDate: new Date('2020-01-01T00:00:00Z'),
        size,
        content: { file },
      });
      expect(outcome).toEqual({ ok: true, uid: 1, uidValidity: '7' });
      expect(server.received()).toBe(size);
      // The upload really outlasted the idle limit several times over.
      expect(Date.now() - started).toBeGreaterThan(3000);
      conn.close();
    } finally {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
