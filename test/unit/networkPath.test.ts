// The network path without the mail stack: a stub network that answers 127.0.0.3 for a made-up
// name, and a plain listener there, show that connections ask the network, not the system.

import type { LookupAddress } from 'node:dns';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectProvider, imapflowConnection } from '../../src-main/imap';
import {
  createNetwork,
  providerTlsOptions,
  socketLookup,
  type NetworkPath,
} from '../../src-main/net';
import { createSmtpTransport } from '../../src-main/smtp';

const madeUp = 'mail.switchover-made-up.invalid';
let server: net.Server;
let port: number;

function stubNetwork(answer: string, asked: string[] = []): NetworkPath {
  return {
    ca: undefined,
    port: (p) => (p === 993 ? port : p),
    lookupAll: async (host) => {
      asked.push(host);
      return [{ address: answer, family: net.isIPv6(answer) ? 6 : 4 }];
    },
  };
}

function lookupOnce(
  lookup: net.LookupFunction,
  host: string,
  all: boolean,
): Promise<string | LookupAddress[]> {
  return new Promise((resolve, reject) => {
    lookup(host, { all }, (error, address) => (error ? reject(error) : resolve(address)));
  });
}

beforeAll(async () => {
  server = net.createServer((socket) => socket.end());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.3', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  port = address.port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('one network path for every connection', () => {
  it('a socket connects where the network says, for a name the system does not know', async () => {
    const asked: string[] = [];
    const socket = net.connect({
      host: madeUp,
      port,
      lookup: socketLookup(stubNetwork('127.0.0.3', asked)),
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    expect(socket.remoteAddress).toBe('127.0.0.3');
    socket.destroy();
    expect(asked).toEqual([madeUp]);
  });

  it('answers both kinds of lookup request (one address, or all of them) and filters by family', async () => {
    const lookup = socketLookup(stubNetwork('127.0.0.3'));
    expect(await lookupOnce(lookup, madeUp, false)).toBe('127.0.0.3');
    expect(await lookupOnce(lookup, madeUp, true)).toEqual([{ address: '127.0.0.3', family: 4 }]);
    const v6only = await new Promise<unknown>((resolve) =>
      lookup(madeUp, { family: 6 }, (error) => resolve(error)),
    );
    expect(v6only).toMatchObject({ code: 'ENOTFOUND' });
  });

  it('connectProvider uses the lookup and the port map: plain "localhost" goes to 127.0.0.3', async () => {
    const asked: string[] = [];
    const socket = await connectProvider(
      { host: 'localhost', port: 993, security: 'plain' },
      { network: stubNetwork('127.0.0.3', asked) },
    );
    expect(socket.remoteAddress).toBe('127.0.0.3');
    expect(socket.remotePort).toBe(port);
    socket.destroy();
    expect(asked).toEqual(['localhost']);
  });

  it('plain text never leaves the machine, even when the DNS says "localhost" is elsewhere', async () => {
    await expect(
      connectProvider(
        { host: 'localhost', port: 993, security: 'plain' },
        { network: stubNetwork('192.0.2.7') },
      ),
    ).rejects.toMatchObject({ code: 'tls.required' });
    await expect(
      connectProvider({ host: madeUp, port: 993, security: 'plain' }, {}),
    ).rejects.toMatchObject({ code: 'tls.required' });
  });

  it('imapflow gets the host name, the lookup and TLS verified against the name', () => {
    const network = stubNetwork('127.0.0.3');
    const options = imapflowConnection(
      { host: madeUp, port: 993, security: 'tls' },
      { network, ca: 'test-ca' },
    );
    expect(options).toMatchObject({
      host: madeUp,
      port,
      secure: true,
      servername: madeUp,
      tls: { servername: madeUp, minVersion: 'TLSv1.2', ca: 'test-ca' },
    });
    expect(typeof options.tls.lookup).toBe('function');
    // An address the caller resolved: connect there, still verify the name; no lookup needed.
    const pinned = imapflowConnection(
      { host: madeUp, port: 143, security: 'starttls' },
      { network, address: '127.0.0.3' },
    );
    expect(pinned).toMatchObject({ host: '127.0.0.3', port: 143, doSTARTTLS: true });
    expect(pinned.tls).toEqual({ servername: madeUp, minVersion: 'TLSv1.2' });
  });

  it('never sends an address as the TLS server name', () => {
    expect(providerTlsOptions('127.0.0.3', undefined)).toEqual({ minVersion: 'TLSv1.2' });
    expect(providerTlsOptions('[::1]', undefined)).toEqual({ minVersion: 'TLSv1.2' });
    expect(providerTlsOptions('imap.example.org', undefined).servername).toBe('imap.example.org');
  });

  it('the nodemailer transport goes to the resolved address and verifies the host name', () => {
    const network = createNetwork({ dnsServers: ['127.0.0.1:9'], portMap: { 587: 10587 } });
    const transport = createSmtpTransport(
      { host: 'smtp.example.org', port: 587, security: 'starttls', username: 'zoe' },
      '192.0.2.25',
      { network, credential: { password: 'secret' }, timeoutMs: 1000 },
    );
    const options = (transport as unknown as { options: Record<string, unknown> }).options;
    transport.close();
    expect(options).toMatchObject({
      host: '192.0.2.25',
      port: 10587,
      secure: false,
      requireTLS: true,
      ignoreTLS: false,
      tls: { servername: 'smtp.example.org', minVersion: 'TLSv1.2' },
    });
  });

  it('a network passes addresses through and lists every address of a name in lookup order', async () => {
    const network = createNetwork({ dnsServers: ['127.0.0.1:9'], dnsTimeoutMs: 200 });
    expect(await network.lookupAll('[::1]')).toEqual([{ address: '::1', family: 6 }]);
    expect(await network.lookupAll('127.0.0.3')).toEqual([{ address: '127.0.0.3', family: 4 }]);
    const system = createNetwork({ dnsServers: [] });
    const all = await system.lookupAll('localhost');
    expect(all.length).toBeGreaterThan(0);
    expect(await system.lookup('localhost')).toBe(all[0]?.address);
  });
});
