import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startBridge, type BridgeServer } from '../../src-main/bridge';
import { serverMessageSchema, type ServerMessage } from '../../src-main/contract';
import { browserModeBackend } from './browserModeBackend';

const rendererDir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-bridge-'));
fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Switchover</title>');
let bridge: BridgeServer;

beforeAll(async () => {
  bridge = await startBridge({ ...browserModeBackend('9.9.9'), rendererDir });
});

afterAll(async () => {
  await bridge.close();
  fs.rmSync(rendererDir, { recursive: true });
});

function socketUrl(token: string | null): string {
  const query = token === null ? '' : `?token=${encodeURIComponent(token)}`;
  return `ws://127.0.0.1:${bridge.port}/bridge${query}`;
}

/** Opens a socket and collects what the server sends until it closes or we stop it. */
function connect(token: string | null, origin = bridge.origin) {
  const ws = new WebSocket(socketUrl(token), { origin });
  const messages: ServerMessage[] = [];
  const waiters: (() => void)[] = [];
  ws.on('message', (data) => {
    messages.push(serverMessageSchema.parse(JSON.parse(String(data))));
    waiters.splice(0).forEach((wake) => wake());
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: String(reason) })),
  );
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const next = async (count: number): Promise<ServerMessage[]> => {
    const deadline = Date.now() + 5000;
    while (messages.length < count) {
      if (Date.now() > deadline) throw new Error(`only ${messages.length} messages arrived`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
    return messages.slice(0, count);
  };
  return { ws, messages, closed, opened, next };
}

function get(pathname: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
    (resolve, reject) => {
      const request = http.get({ host: '127.0.0.1', port: bridge.port, path: pathname, headers });
      request.on('response', (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        );
      });
      request.on('error', reject);
    },
  );
}

describe('bridge', () => {
  it('gives a loopback URL that carries the token in the fragment only', () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{43}$/);
  });

  it('serves the renderer with the strict CSP', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.body).toContain('<title>Switchover</title>');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses a Host it does not answer to (DNS rebinding)', async () => {
    const response = await get('/', { Host: `evil.example:${bridge.port}` });
    expect(response.status).toBe(421);
  });

  it.each([
    ['no token', null],
    ['a wrong token', 'not-the-token'],
    ['an empty token', ''],
  ])('closes a socket with %s and never answers it', async (_label, token) => {
    const client = connect(token);
    await client.opened;
    client.ws.send(JSON.stringify({ id: 1, call: 'app.info', input: {} }));
    const { code } = await client.closed;
    expect(code).toBe(4401);
    expect(client.messages).toEqual([]);
  });

  it('refuses a socket from another origin at the handshake', async () => {
    const client = connect(bridge.token, 'https://evil.example');
    await expect(client.opened).rejects.toThrow(/403/);
  });

  it('answers contract calls with the token', async () => {
    const client = connect(bridge.token);
    await client.opened;
    client.ws.send(JSON.stringify({ id: 7, call: 'app.info', input: {} }));
    const [reply] = await client.next(1);
    expect(reply).toEqual({
      id: 7,
      ok: true,
      value: {
        name: 'Switchover',
        version: '9.9.9',
        platform: 'linux',
        runtime: 'browser',
        language: 'en',
      },
    });
    client.ws.close();
  });

  it('rejects bad input with a SwitchoverError and keeps serving', async () => {
    const client = connect(bridge.token);
    await client.opened;
    client.ws.send(JSON.stringify({ id: 1, call: 'app.setLanguage', input: { language: 'xx' } }));
    client.ws.send('{not json');
    client.ws.send(Buffer.from([0, 1, 2]), { binary: true });
    client.ws.send(JSON.stringify({ id: -1, call: 'app.info', input: {} }));
    client.ws.send(JSON.stringify({ id: 2, call: 'no.such.call', input: {} }));
    client.ws.send(JSON.stringify({ id: 3, call: 'app.info', input: {} }));
    const replies = await client.next(6);
    // Calls are answered as they finish, so compare (id, outcome) pairs in any order.
    const outcomes = replies
      .map((reply) => ('ok' in reply ? `${reply.id}:${reply.ok ? 'ok' : reply.error.code}` : ''))
      .sort();
    expect(outcomes).toEqual([
      '1:ipc.invalid-input',
      '2:ipc.unknown-call',
      '3:ok',
      'null:ipc.invalid-message',
      'null:ipc.invalid-message',
      'null:ipc.invalid-message',
    ]);
    client.ws.close();
  });

  it('closes a socket that sends more than a megabyte at once', async () => {
    const client = connect(bridge.token);
    await client.opened;
    client.ws.send(JSON.stringify({ id: 1, call: 'app.info', input: 'x'.repeat(2_000_000) }));
    const { code } = await client.closed;
    expect(code).toBe(1009);
  });

  it('pushes events to every connected page', async () => {
    const listener = connect(bridge.token);
    const caller = connect(bridge.token);
    await Promise.all([listener.opened, caller.opened]);
    caller.ws.send(JSON.stringify({ id: 1, call: 'app.setLanguage', input: { language: 'de' } }));
    const [event] = await listener.next(1);
    expect(event).toEqual({ event: 'app.languageChanged', payload: { language: 'de' } });
    listener.ws.close();
    caller.ws.close();
  });

  it('will not listen beyond loopback', async () => {
    const backend = browserModeBackend('1', 'en');
    await expect(startBridge({ ...backend, rendererDir, host: '0.0.0.0' })).rejects.toThrow(
      /loopback/,
    );
  });
});
