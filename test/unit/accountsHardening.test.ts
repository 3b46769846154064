import { describe, expect, it } from 'vitest';
import { createDetector, preferredResult, testImap } from '../../src-main/accounts';
import type { ServerSettings } from '../../src-main/contract';
import { classifyFailure, createNetwork, mailDomain, type Network } from '../../src-main/net';

const plainLocal: ServerSettings = {
  host: 'localhost',
  port: 143,
  security: 'plain',
  username: 'zoe',
};

describe('sign-in hardening', () => {
  it('refuses plain text to "localhost" when the DNS in use does not answer with loopback', async () => {
    let connectedTo: string | undefined;
    const lying: Network = {
      ...createNetwork({ dnsServers: ['127.0.0.1:9'] }),
      lookup: async () => '192.0.2.7',
      port: (port) => {
        connectedTo = `port ${port}`;
        return port;
      },
    };
    await expect(
      testImap(plainLocal, { network: lying, password: 'hunter22' }),
    ).rejects.toMatchObject({ code: 'tls.required', details: { host: 'localhost' } });
    expect(connectedTo).toBeUndefined();
  });

  it('keeps the domain of an address to a host name (it goes into URLs and DNS)', () => {
    expect(mailDomain('zoe@Example.ORG')).toBe('example.org');
    expect(mailDomain('zoe@bücher.de')).toBe('xn--bcher-kva.de');
    expect(mailDomain('zoe@evil.example/x?.com')).toBeUndefined();
    expect(mailDomain('zoe@evil.example#.com')).toBeUndefined();
    expect(mailDomain('zoe@a..example')).toBeUndefined();
    expect(mailDomain('zoe@[127.0.0.1].x')).toBeUndefined();
  });

  it('never looks anything up for an address whose domain is not a host name', async () => {
    const fetched: string[] = [];
    const detector = createDetector({
      network: createNetwork({ dnsServers: ['127.0.0.1:9'], dnsTimeoutMs: 200 }),
      fetchText: async (url) => {
        fetched.push(url);
        throw new Error('404');
      },
      guessBudgetMs: 200,
    });
    await expect(detector.detect({ email: 'zoe@evil.example/x?.com' })).rejects.toMatchObject({
      code: 'settings.not-found',
      details: { reason: 'not-a-domain' },
    });
    expect(fetched).toEqual([]);
  });

  it('answers at once when the caller has already given up', async () => {
    const started = Date.now();
    const outcome = await preferredResult<string>(
      [(signal) => new Promise((resolve) => signal.addEventListener('abort', () => resolve('x')))],
      { signal: AbortSignal.abort() },
    );
    expect(outcome.value).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('redacts a LOGIN line even when it is not the first text of the error', () => {
    const failure = classifyFailure(
      { message: 'Command failed', response: 'A1 LOGIN "zoe" "pa\\"ss1"' },
      { protocol: 'imap', server: { ...plainLocal, security: 'tls' }, password: 'pa"ss1' },
    );
    const technical = (failure.details as { technical: string }).technical;
    expect(technical).toContain('A1 LOGIN [redacted]');
    expect(technical).not.toContain('ss1');
  });
});
