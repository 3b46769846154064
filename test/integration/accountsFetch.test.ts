import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetchText, createNetwork } from '../../src-main/net';

// A server that answers 200 and then drips one byte every 200 ms, never finishing: the socket is
// never idle, so only a deadline on the whole fetch stops it.
let server: http.Server;
let url: string;
const timers = new Set<NodeJS.Timeout>();

beforeAll(async () => {
  server = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/xml' });
    const timer = setInterval(() => response.write('<'), 200);
    timers.add(timer);
    response.on('close', () => clearInterval(timer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/mail/config-v1.1.xml`;
});

afterAll(async () => {
  timers.forEach(clearInterval);
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('fetching autoconfig documents', () => {
  it('gives up on a server that drips bytes once the fetch deadline passes', async () => {
    const fetchText = createFetchText(createNetwork({ dnsServers: ['127.0.0.1:9'] }));
    const started = Date.now();
    await expect(fetchText(url, { timeoutMs: 1000 })).rejects.toMatchObject({ code: 'ETIMEDOUT' });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(900);
    expect(elapsed).toBeLessThan(5000);
  }, 15_000);
});
