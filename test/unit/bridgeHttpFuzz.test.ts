import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startBridge, type BridgeServer } from '../../src-main/bridge';
import { browserModeBackend } from './browserModeBackend';
import { prng, type Random } from './ipcFuzzCases';

// Any web page the person visits can send requests to browser mode's bridge. Raw HTTP, seeded
// (the same requests on every machine): odd paths, methods, Host and Origin headers, upgrade
// requests; every one gets an answer or a closed connection, the bridge never throws (an
// exception in its handlers fails this test as an unhandled error) and still serves afterwards.
// A request path of `//[` once threw from the upgrade handler and ended the process.

const seed = 0xb41d9e;
const requestCount = 1500;
const rendererDir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-bridge-fuzz-'));
fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Switchover</title>');
let bridge: BridgeServer;

beforeAll(async () => {
  bridge = await startBridge({ ...browserModeBackend('9.9.9'), rendererDir });
});
afterAll(async () => {
  await bridge.close();
  fs.rmSync(rendererDir, { recursive: true });
});

const paths = (random: Random): string =>
  random.pick<() => string>([
    () => '//[',
    () => '/bridge//[',
    () => '//[::1',
    () => '/%',
    () => '/%E0%A4%A',
    () => '/%00',
    () => '/..%2f..%2f..%2fetc%2fpasswd',
    () => '/../../etc/passwd',
    () => '*',
    () => 'http://evil.example/',
    () => `/bridge?token=${random.text(43)}`,
    () => `/bridge?token=${bridge.token}`,
    () => `/${'a'.repeat(random.int(1000, 12_000))}`,
    () => `/${random.text(random.int(0, 80)).replace(/\s/g, '')}`,
    () => `/${encodeURIComponent(random.text(20))}.js`,
    () => '/index.html?x=%',
  ])();

const methods = [
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'DELETE',
  'OPTIONS',
  'TRACE',
  'PATCH',
  'BREW',
  'G ET',
];

function rawRequest(random: Random): string {
  const own = `127.0.0.1:${bridge.port}`;
  const host = random.pick<string | null>([
    own,
    own,
    `localhost:${bridge.port}`,
    null,
    '',
    'evil.example',
    `evil.example:${bridge.port}`,
    '[::1',
    'a'.repeat(9000),
  ]);
  const origin = random.pick<string | null>([
    null,
    `http://${own}`,
    'http://evil.example',
    'null',
    '//[',
  ]);
  const upgrade = random.next() < 0.4;
  const lines = [`${random.pick(methods)} ${paths(random)} HTTP/1.1`];
  if (host !== null) lines.push(`Host: ${host}`);
  if (origin !== null) lines.push(`Origin: ${origin}`);
  if (upgrade) {
    lines.push('Connection: Upgrade', 'Upgrade: websocket');
    if (random.next() < 0.7) lines.push('Sec-WebSocket-Version: 13');
    if (random.next() < 0.7)
      lines.push(`Sec-WebSocket-Key: ${Buffer.from(random.text(16)).toString('base64')}`);
  } else lines.push('Connection: close');
  if (random.next() < 0.1) lines.push(`X-Junk: ${random.text(random.int(0, 200))}`);
  if (random.next() < 0.05) lines.push('Broken header line without colon');
  return `${lines.join('\r\n')}\r\n\r\n`;
}

/** The status code of the answer, 'closed' when the bridge closed without one, 'timeout'. */
function send(raw: string): Promise<number | 'closed' | 'timeout'> {
  return new Promise((resolve) => {
    const socket = net.connect(bridge.port, '127.0.0.1');
    let received = '';
    const done = (result: number | 'closed' | 'timeout') => {
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => done('timeout'), 3000);
    socket.on('error', () => done('closed'));
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      const status = /^HTTP\/1\.1 (\d{3})/.exec(received);
      if (status) done(Number(status[1]));
    });
    socket.on('close', () => done('closed'));
    socket.write(raw);
  });
}

async function stillServes(): Promise<void> {
  const page = await fetch(`${bridge.origin}/`);
  expect(page.status).toBe(200);
  const answer = await new Promise<unknown>((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${bridge.port}/bridge?token=${bridge.token}`, {
      origin: bridge.origin,
    });
    ws.on('open', () => ws.send(JSON.stringify({ id: 1, call: 'app.info', input: {} })));
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as { id?: unknown };
      if (message.id === 1) {
        ws.close();
        resolve(message);
      }
    });
    ws.on('error', reject);
  });
  expect(answer).toMatchObject({ id: 1, ok: true });
}

describe('the bridge under hostile HTTP', () => {
  it('answers the request path //[ (upgrade and plain) and keeps running', async () => {
    const own = `127.0.0.1:${bridge.port}`;
    const upgrade = `GET //[ HTTP/1.1\r\nHost: ${own}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: ${Buffer.from('0123456789abcdef').toString('base64')}\r\n\r\n`;
    expect(await send(upgrade)).toBe(403);
    // The one page: any path without an extension is the app itself.
    expect(await send(`GET //[ HTTP/1.1\r\nHost: ${own}\r\nConnection: close\r\n\r\n`)).toBe(200);
    expect(await send(`GET //[ HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n`)).toBe(
      421,
    );
    await stillServes();
  });

  it(`answers ${requestCount} malformed requests without throwing, and still serves`, async () => {
    const random = prng(seed);
    const outcomes = new Map<string, number>();
    const started = Date.now();
    const queue = Array.from({ length: requestCount }, () => rawRequest(random));
    // A few at a time, as a page's scripts would.
    const workers = Array.from({ length: 16 }, async () => {
      for (let raw = queue.shift(); raw !== undefined; raw = queue.shift()) {
        const outcome = String(await send(raw));
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      }
    });
    await Promise.all(workers);
    const total = [...outcomes.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(requestCount);
    expect(outcomes.get('timeout') ?? 0).toBe(0);
    // Only answers the bridge gives on purpose (101 for an upgrade with the right Host, Origin
    // and path; the token is checked on the socket), or a closed connection.
    const expected = ['101', '200', '400', '403', '404', '405', '421', '431', 'closed'];
    expect([...outcomes.keys()].filter((o) => !expected.includes(o))).toEqual([]);
    console.log(`bridge fuzz: ${requestCount} requests →`, Object.fromEntries(outcomes));
    expect(Date.now() - started).toBeLessThan(60_000);
    await stillServes();
  }, 90_000);
});
