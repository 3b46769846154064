// Every kind of connection reaches the providers by HOST NAME through the app's network (the mail
// stack's dnsmasq, which the system resolver does not know): the raw IMAP connections of the copy
// engine, imapflow sessions, the nodemailer transport; and a certificate that lacks the name is
// refused with tls.untrusted. Nothing here signs an account in.

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type net from 'node:net';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testSmtp } from '../../src-main/accounts';
import type { ServerSettings } from '../../src-main/contract';
import {
  AppendConnection,
  connectProvider,
  ListConnection,
  openImapSession,
} from '../../src-main/imap';
import { useMailStack } from '../mailstack/forTests';
import { stackNetwork } from './sendTestFixtures';
import { createSmtpTransport } from '../../src-main/smtp';
import { resolveProvider, type Network, type NetworkPath } from '../../src-main/net';

const stack = useMailStack();
const run = `${Date.now().toString(36)}${crypto.randomBytes(3).toString('hex')}`;
const password = `pw-${run}-Net!`;
const oldUser = `nia-${run}@old.test`;
const newUser = `noa-${run}@new.test`;

let network: Network;
/** Host names the connections asked the network for. */
const asked: string[] = [];
/** The network, recording each name a socket's lookup asks for. */
let recording: NetworkPath;
const servers: net.Server[] = [];
const sockets = new Set<net.Socket>();

beforeAll(async () => {
  network = stackNetwork(stack().endpoints);
  recording = {
    ca: network.ca,
    port: (port) => network.port(port),
    lookupAll: (host) => {
      asked.push(host);
      return network.lookupAll(host);
    },
  };
  await stack().createUser('old', `nia-${run}`, 'old.test', password);
  await stack().createUser('new', `noa-${run}`, 'new.test', password);
}, 60_000);

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
});

const imap = (
  host: string,
  port: number,
  security: ServerSettings['security'],
  username: string,
): ServerSettings => ({ host, port, security, username });

/** A TLS server on a provider's address presenting one of the stack's certificates. */
async function fakeTlsServer(address: string, cert: 'old' | 'new', sni: string[]): Promise<number> {
  const certs = path.dirname(stack().endpoints.caCertPath);
  const server = tls.createServer(
    {
      cert: fs.readFileSync(path.join(certs, `${cert}.pem`)),
      key: fs.readFileSync(path.join(certs, `${cert}.key`)),
      // Records the name each client asked for; the default certificate answers.
      SNICallback: (name, done) => {
        sni.push(name);
        done(null, undefined);
      },
    },
    (socket) => {
      socket.on('error', () => undefined);
      socket.write('* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] fake\r\n');
    },
  );
  server.on('tlsClientError', () => undefined);
  server.on('connection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, address, resolve));
  const bound = server.address();
  if (bound === null || typeof bound === 'string') throw new Error('no port');
  return bound.port;
}

describe('connections by host name through the app network', () => {
  it('raw IMAP connections (TLS and STARTTLS) resolve through the network and log in', async () => {
    asked.length = 0;
    const list = await ListConnection.open(imap('imap.old.test', 993, 'tls', oldUser), password, {
      network: recording,
    });
    try {
      const tree = await list.listTree();
      expect(tree?.folders.map((f) => f.path)).toContain('INBOX');
    } finally {
      await list.logout();
    }
    const append = await AppendConnection.open(
      imap('imap.new.test', 143, 'starttls', newUser),
      password,
      { network: recording },
    );
    expect(append.closed).toBe(false);
    await append.logout();
    expect(asked).toEqual(['imap.old.test', 'imap.new.test']);
  }, 30_000);

  it('openImapSession resolves through the network, read-only and writable', async () => {
    asked.length = 0;
    const old = await openImapSession(imap('mail.old.test', 993, 'tls', oldUser), password, {
      readOnly: true,
      network: recording,
    });
    try {
      expect(old.namespace.prefix).toBe('INBOX.');
      expect((await old.examine('INBOX')).exists).toBe(0);
    } finally {
      await old.logout();
    }
    const next = await openImapSession(imap('imap.new.test', 143, 'starttls', newUser), password, {
      readOnly: false,
      network: recording,
    });
    try {
      expect((await next.list()).map((box) => box.path)).toContain('INBOX');
    } finally {
      await next.logout();
    }
    expect(asked).toEqual(['mail.old.test', 'imap.new.test']);
  }, 30_000);

  it('sends through the one nodemailer transport by host name, and the message arrives', async () => {
    const smtp: ServerSettings = {
      host: 'smtp.new.test',
      port: 587,
      security: 'starttls',
      username: newUser,
    };
    const address = await resolveProvider(network, smtp, 'smtp', password);
    expect(address).toBe(stack().endpoints.providers.new.host);
    const token = crypto.randomUUID();
    const transport = createSmtpTransport(smtp, address, {
      network,
      credential: { password },
      timeoutMs: 15_000,
    });
    try {
      const info = await transport.sendMail({
        from: newUser,
        to: newUser,
        subject: `network path ${token}`,
        text: 'by host name\n',
        headers: { 'X-Network-Path': token },
      });
      expect(info.accepted).toEqual([newUser]);
    } finally {
      transport.close();
    }
    const session = await openImapSession(imap('imap.new.test', 993, 'tls', newUser), password, {
      readOnly: true,
      network,
    });
    try {
      await session.examine('INBOX');
      const deadline = Date.now() + 20_000;
      let found: number[] = [];
      while (found.length === 0 && Date.now() < deadline) {
        await session.noop();
        found = await session.search({ header: { 'X-Network-Path': token } });
        if (found.length === 0) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(found).toHaveLength(1);
    } finally {
      await session.logout();
    }
  }, 45_000);

  it('verifies the certificate against the name it connects by (SNI = the name)', async () => {
    const newHost = stack().endpoints.providers.new.host;
    const sni: string[] = [];
    // Control: the new provider's certificate names imap.new.test; the handshake passes.
    const good = await fakeTlsServer(newHost, 'new', sni);
    const socket = await connectProvider(
      { host: 'imap.new.test', port: good, security: 'tls' },
      {
        network,
      },
    );
    socket.destroy();
    expect(sni).toEqual(['imap.new.test']);

    // The same address and name, but a certificate (from the trusted CA) that lacks the name.
    const wrongSni: string[] = [];
    const wrong = await fakeTlsServer(newHost, 'old', wrongSni);
    const settings = imap('imap.new.test', wrong, 'tls', newUser);
    await expect(
      connectProvider({ host: 'imap.new.test', port: wrong, security: 'tls' }, { network }),
    ).rejects.toMatchObject({ code: 'tls.untrusted' });
    await expect(ListConnection.open(settings, password, { network })).rejects.toMatchObject({
      code: 'tls.untrusted',
    });
    await expect(
      openImapSession(settings, password, { readOnly: true, network }),
    ).rejects.toMatchObject({ code: 'tls.untrusted' });
    await expect(
      testSmtp({ ...settings, host: 'smtp.new.test' }, { network, password, timeoutMs: 5000 }),
    ).rejects.toMatchObject({ code: 'tls.untrusted' });
    expect(wrongSni).toEqual(['imap.new.test', 'imap.new.test', 'imap.new.test', 'smtp.new.test']);
  }, 30_000);
});
