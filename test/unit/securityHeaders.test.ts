import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rendererResponse } from '../../src-main/app/rendererResponse';
import { startBridge, type BridgeServer } from '../../src-main/bridge';
import { contentSecurityPolicy, securityHeaders } from '../../src-main/security';
import { browserModeBackend } from './browserModeBackend';

// Every response either shell serves, page or not, found or not, carries the strict CSP and the
// other security headers: app:// in Electron (rendererResponse) and http://127.0.0.1 in browser
// mode (the bridge).

const rendererDir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-headers-'));
const files: Record<string, string> = {
  'index.html': '<!doctype html><title>Switchover</title>',
  'assets/index-abc.js': 'console.log(1)',
  'assets/index-abc.css': 'body{}',
  'assets/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'assets/font.woff2': 'wOF2',
  'assets/data.json': '{}',
};
for (const [name, body] of Object.entries(files)) {
  fs.mkdirSync(path.dirname(path.join(rendererDir, name)), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, name), body);
}
fs.writeFileSync(path.join(os.tmpdir(), 'switchover-headers-secret.txt'), 'outside');

// Paths without an extension are the one page (index.html).
const servedPaths = [
  '/',
  '/index.html',
  '/welcome',
  '/assets/',
  ...Object.keys(files).map((f) => `/${f}`),
];
const refusedPaths = [
  '/missing.js',
  '/../switchover-headers-secret.txt',
  '/%2e%2e/switchover-headers-secret.txt',
  '/assets/%00.js',
  '/file.exe',
];

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

function expectSecurityHeaders(get: (name: string) => string | null, bridgeOrigin?: string) {
  expect(get('content-security-policy')).toBe(contentSecurityPolicy({ bridgeOrigin }));
  for (const [name, value] of Object.entries(securityHeaders({ bridgeOrigin }))) {
    expect(get(name.toLowerCase())).toBe(value);
  }
}

describe('the content security policy', () => {
  it('allows no inline code, eval, plugins, framing, base rewriting or form posts', () => {
    for (const policy of [
      contentSecurityPolicy(),
      contentSecurityPolicy({ bridgeOrigin: 'http://127.0.0.1:4000' }),
    ]) {
      const parsed = directives(policy);
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*|https?:/);
      expect(parsed.get('default-src')).toEqual(["'self'"]);
      expect(parsed.get('script-src')).toEqual(["'self'"]);
      expect(parsed.get('object-src')).toEqual(["'none'"]);
      expect(parsed.get('base-uri')).toEqual(["'none'"]);
      expect(parsed.get('form-action')).toEqual(["'none'"]);
      expect(parsed.get('frame-ancestors')).toEqual(["'none'"]);
    }
    expect(directives(contentSecurityPolicy()).get('connect-src')).toEqual(["'self'"]);
    // Browser mode may reach exactly its own bridge socket, nothing else.
    expect(
      directives(contentSecurityPolicy({ bridgeOrigin: 'http://127.0.0.1:4000' })).get(
        'connect-src',
      ),
    ).toEqual(["'self'", 'ws://127.0.0.1:4000']);
  });
});

describe('app:// responses (Electron)', () => {
  it.each(servedPaths)('serve %s with the CSP', async (pathname) => {
    const response = await rendererResponse(rendererDir, `app://switchover${pathname}`);
    expect(response.status).toBe(200);
    expectSecurityHeaders((name) => response.headers.get(name));
    expect(response.headers.get('content-type')).toBeTruthy();
  });

  it.each(refusedPaths)('refuse %s, still with the CSP', async (pathname) => {
    const response = await rendererResponse(rendererDir, `app://switchover${pathname}`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside');
    expectSecurityHeaders((name) => response.headers.get(name));
  });

  it.each(['app://evil/index.html', 'app://switchover.evil/index.html', 'not a url'])(
    'refuse another host (%s), still with the CSP',
    async (url) => {
      const response = await rendererResponse(rendererDir, url);
      expect(response.status).toBe(404);
      expectSecurityHeaders((name) => response.headers.get(name));
    },
  );
});

describe('http://127.0.0.1 responses (browser mode bridge)', () => {
  let bridge: BridgeServer;

  beforeAll(async () => {
    bridge = await startBridge({ ...browserModeBackend('0.0.1'), rendererDir });
  });

  afterAll(async () => {
    await bridge.close();
    fs.rmSync(rendererDir, { recursive: true, force: true });
    fs.rmSync(path.join(os.tmpdir(), 'switchover-headers-secret.txt'), { force: true });
  });

  function request(pathname: string, options: { method?: string; host?: string } = {}) {
    return new Promise<{ status: number; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
      const req = http.request({
        host: '127.0.0.1',
        port: bridge.port,
        path: pathname,
        method: options.method ?? 'GET',
        headers: options.host ? { Host: options.host } : {},
      });
      req.on('response', (response) => {
        response.resume();
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers }),
        );
      });
      req.on('error', reject);
      req.end();
    });
  }

  const header = (headers: http.IncomingHttpHeaders) => (name: string) => {
    const value = headers[name];
    return typeof value === 'string' ? value : null;
  };

  it.each(servedPaths)('serves %s with the CSP', async (pathname) => {
    const response = await request(pathname);
    expect(response.status).toBe(200);
    expectSecurityHeaders(header(response.headers), bridge.origin);
  });

  it.each(refusedPaths)('refuses %s, still with the CSP', async (pathname) => {
    const response = await request(pathname);
    expect(response.status).toBe(404);
    expectSecurityHeaders(header(response.headers), bridge.origin);
  });

  it('answers HEAD, refuses POST and foreign Host names, always with the CSP', async () => {
    const head = await request('/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expectSecurityHeaders(header(head.headers), bridge.origin);
    const post = await request('/', { method: 'POST' });
    expect(post.status).toBe(405);
    expectSecurityHeaders(header(post.headers), bridge.origin);
    const rebinding = await request('/', { host: `evil.example:${bridge.port}` });
    expect(rebinding.status).toBe(421);
    expectSecurityHeaders(header(rebinding.headers), bridge.origin);
  });
});
