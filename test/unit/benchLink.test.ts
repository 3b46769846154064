// The bench's home link (test/bench/link.ts) is only worth its numbers if it is accurate: bulk
// transfers through the proxy at 10 Mbit/s take the time the rate says (±5%), connections share
// one budget fairly, bytes of a connection stay in order, latency adds on top, and the
// capability rewrite of --minimal-caps leaves literals byte-exact.

import crypto from 'node:crypto';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ImapStream, rewriteCapabilityLine } from '../bench/imapCaps';
import { SharedLink } from '../bench/link';
import { TcpProxy } from '../bench/tcpProxy';

const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** A server that takes `bytes` from each connection (hashing them), or sends them. */
async function endpoint(mode: 'sink' | 'source', payload: Buffer) {
  const done: Promise<{ at: number; hash: string }>[] = [];
  const server = net.createServer((socket) => {
    socket.on('error', () => undefined);
    if (mode === 'source') {
      socket.end(payload);
      return;
    }
    done.push(
      new Promise((resolve) => {
        const hash = crypto.createHash('sha256');
        let got = 0;
        socket.on('data', (d: Buffer) => {
          hash.update(d);
          got += d.length;
          if (got === payload.length) resolve({ at: performance.now(), hash: hash.digest('hex') });
        });
      }),
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  closers.push(() => new Promise<void>((r) => server.close(() => r())));
  return { port: (server.address() as net.AddressInfo).port, done };
}

async function proxyTo(
  port: number,
  options: { up?: SharedLink; down?: SharedLink; rttMs?: number },
) {
  const proxy = await TcpProxy.start({
    listenHost: '127.0.0.1',
    targetHost: '127.0.0.1',
    targetPort: port,
    ...options,
  });
  closers.push(() => proxy.close());
  return proxy;
}

const payload = crypto.randomBytes(1_250_000); // 1 s at 10 Mbit/s
const hashOf = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

describe('bench home link', { timeout: 20_000 }, () => {
  it('uploads at the capped rate (±5%), bytes in order', async () => {
    const sink = await endpoint('sink', payload);
    const link = new SharedLink(10);
    const proxy = await proxyTo(sink.port, { up: link });
    const started = performance.now();
    const socket = net.connect(proxy.port, '127.0.0.1');
    socket.end(payload);
    await new Promise((r) => socket.once('connect', r));
    while (sink.done.length === 0) await new Promise((r) => setTimeout(r, 5));
    const got = await sink.done[0];
    const seconds = ((got?.at ?? 0) - started) / 1000;
    expect(got?.hash).toBe(hashOf(payload));
    expect(seconds).toBeGreaterThan(0.95);
    expect(seconds).toBeLessThan(1.05);
    link.close();
  });

  it('shares one budget between connections, fairly', async () => {
    const half = payload.subarray(0, payload.length / 2);
    const sink = await endpoint('sink', half);
    const link = new SharedLink(10);
    const proxy = await proxyTo(sink.port, { up: link });
    const started = performance.now();
    for (let i = 0; i < 2; i++) net.connect(proxy.port, '127.0.0.1').end(half);
    while (sink.done.length < 2) await new Promise((r) => setTimeout(r, 5));
    const ends = await Promise.all(sink.done);
    const seconds = ends.map((e) => (e.at - started) / 1000);
    // Together they take what one transfer of both halves takes; neither finishes far ahead.
    expect(Math.max(...seconds)).toBeGreaterThan(0.95);
    expect(Math.max(...seconds)).toBeLessThan(1.05);
    expect(Math.min(...seconds)).toBeGreaterThan(0.9);
    for (const e of ends) expect(e.hash).toBe(hashOf(half));
    link.close();
  });

  it('downloads at the capped rate with the round trip on top', async () => {
    const source = await endpoint('source', payload);
    const link = new SharedLink(10);
    const proxy = await proxyTo(source.port, { down: link, rttMs: 100 });
    const started = performance.now();
    const socket = net.connect(proxy.port, '127.0.0.1');
    const hash = crypto.createHash('sha256');
    socket.on('data', (d: Buffer) => hash.update(d));
    await new Promise((r) => socket.once('end', r));
    const seconds = (performance.now() - started) / 1000;
    expect(hash.digest('hex')).toBe(hashOf(payload));
    // 1 s on the line, 50 ms one way for the connect and 50 ms for the data to arrive.
    expect(seconds).toBeGreaterThan(1.1 * 0.95);
    expect(seconds).toBeLessThan(1.1 * 1.05);
    link.close();
  });
});

describe('--minimal-caps capability rewrite', () => {
  it('hides extensions in untagged and code capabilities only', () => {
    expect(
      rewriteCapabilityLine(
        '* CAPABILITY IMAP4rev1 SASL-IR LITERAL+ MULTIAPPEND UIDPLUS AUTH=PLAIN IDLE\r\n',
      ),
    ).toBe('* CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN IDLE\r\n');
    expect(
      rewriteCapabilityLine('a1 OK [CAPABILITY IMAP4rev1 LITERAL- UIDPLUS MOVE] Logged in\r\n'),
    ).toBe('a1 OK [CAPABILITY IMAP4rev1] Logged in\r\n');
    expect(rewriteCapabilityLine('* 3 FETCH (FLAGS (\\Seen))\r\n')).toBe(
      '* 3 FETCH (FLAGS (\\Seen))\r\n',
    );
  });

  it('passes literals byte-exact, whatever they contain, split anywhere', () => {
    const literal = Buffer.from(
      '* CAPABILITY LITERAL+ UIDPLUS\r\n\xff\x00 [CAPABILITY X]\r\n',
      'latin1',
    );
    const stream = Buffer.concat([
      Buffer.from('* OK [CAPABILITY IMAP4rev1 LITERAL+] ready\r\n'),
      Buffer.from(`* 1 FETCH (BODY[] {${literal.length}}\r\n`),
      literal,
      Buffer.from(')\r\n* CAPABILITY IMAP4rev1 UIDPLUS\r\n'),
    ]);
    const expected = Buffer.concat([
      Buffer.from('* OK [CAPABILITY IMAP4rev1] ready\r\n'),
      Buffer.from(`* 1 FETCH (BODY[] {${literal.length}}\r\n`),
      literal,
      Buffer.from(')\r\n* CAPABILITY IMAP4rev1\r\n'),
    ]);
    for (const size of [1, 3, 7, 64, stream.length]) {
      const parser = new ImapStream(rewriteCapabilityLine);
      const out: Buffer[] = [];
      for (let i = 0; i < stream.length; i += size)
        out.push(parser.transform(stream.subarray(i, i + size)));
      expect(Buffer.concat(out).equals(expected)).toBe(true);
      expect(parser.literals).toBe(1);
    }
  });
});
