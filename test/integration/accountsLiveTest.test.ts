import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardForDomain, testImap, testSmtp } from '../../src-main/accounts';
import type { ServerSettings } from '../../src-main/contract';
import { useMailStack } from '../mailstack/forTests';
import { caOf } from './mailClients';
import { createNetwork, type Network } from '../../src-main/net';

const stack = useMailStack();
const run = Date.now().toString(36);
const password = `pw-${run}-Correct!`;
const oldUser = `lia-${run}@old.test`;
const newUser = `max-${run}@new.test`;
/** Fake servers bind to the old provider's address: its certificate (and the bad ones) name it. */
const fakeHost = '127.0.0.2';
const closedHost = '127.0.0.9';
const servers: net.Server[] = [];
const sockets = new Set<net.Socket>();

let network: Network;

beforeAll(async () => {
  const e = stack().endpoints;
  network = createNetwork({ dnsServers: [`${e.dns.host}:${e.dns.port}`], ca: caOf(e) });
  await stack().createUser('old', `lia-${run}`, 'old.test', password);
  await stack().createUser('new', `max-${run}`, 'new.test', password);
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
});

async function listen(server: net.Server): Promise<number> {
  servers.push(server);
  // Closing waits for open connections: keep them to end them in afterAll.
  server.on('connection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, fakeHost, resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** A line-based fake server: `reply(line)` gives what to answer each client line. */
function scripted(
  socket: net.Socket,
  greeting: string,
  reply: (line: string) => string | undefined,
): void {
  socket.on('error', () => undefined);
  socket.write(greeting);
  let buffered = '';
  socket.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('latin1');
    let end: number;
    while ((end = buffered.indexOf('\r\n')) >= 0) {
      const line = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      const answer = reply(line);
      if (answer !== undefined) socket.write(answer);
    }
  });
}

/** An IMAP server with a valid certificate that refuses LOGIN with the given text. */
async function imapRefusing(refusal: string): Promise<number> {
  const certs = path.dirname(stack().endpoints.caCertPath);
  const server = tls.createServer(
    {
      cert: fs.readFileSync(path.join(certs, 'old.pem')),
      key: fs.readFileSync(path.join(certs, 'old.key')),
    },
    (socket) =>
      scripted(socket, '* OK [CAPABILITY IMAP4rev1] fake ready\r\n', (line) => {
        const [tag = '*', command = ''] = line.split(' ');
        if (/^(LOGIN|AUTHENTICATE)$/i.test(command)) return `${tag} ${refusal}\r\n`;
        if (/^CAPABILITY$/i.test(command)) return `* CAPABILITY IMAP4rev1\r\n${tag} OK done\r\n`;
        if (/^LOGOUT$/i.test(command)) return `* BYE\r\n${tag} OK bye\r\n`;
        return `${tag} OK done\r\n`;
      }),
  );
  return listen(server);
}

async function tlsServerWith(kind: 'selfSigned' | 'expired' | 'wrongHost'): Promise<number> {
  const pair = stack().endpoints.badCerts[kind];
  const server = tls.createServer(
    { cert: fs.readFileSync(pair.certPath), key: fs.readFileSync(pair.keyPath) },
    (socket) => {
      socket.on('error', () => undefined);
      socket.end('* OK should never be seen\r\n');
    },
  );
  server.on('tlsClientError', () => undefined);
  return listen(server);
}

function imap(
  host: string,
  port: number,
  security: ServerSettings['security'],
  username = oldUser,
): ServerSettings {
  return { host, port, security, username };
}

async function failureOf(
  promise: Promise<unknown>,
): Promise<{ code: string; details: Record<string, unknown> }> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e as { code: string; details: Record<string, unknown> },
  );
  if (error === undefined) throw new Error('expected the live test to fail');
  return error;
}

describe('live sign-in tests and their plain failures', () => {
  it('passes for real accounts on both providers (IMAP login + LIST, SMTP STARTTLS and TLS)', async () => {
    const e = stack().endpoints;
    await expect(
      testImap(imap(e.providers.old.imapHostname, e.providers.old.imaps, 'tls'), {
        network,
        password,
      }),
    ).resolves.toMatchObject({ folders: expect.any(Number) });
    await expect(
      testImap(imap(e.providers.new.imapHostname, e.providers.new.imap, 'starttls', newUser), {
        network,
        password,
      }),
    ).resolves.toBeDefined();
    const smtp = await testSmtp(
      imap(e.providers.new.smtpHostname, e.providers.new.submission, 'starttls', newUser),
      { network, password },
    );
    expect(smtp.portBlocked).toBeUndefined();
  });

  it('auth.failed: wrong IMAP password, with the password never in the details', async () => {
    const e = stack().endpoints;
    const failure = await failureOf(
      testImap(imap(e.providers.old.imapHostname, e.providers.old.imaps, 'tls'), {
        network,
        password: 'wrong-Secret-123',
      }),
    );
    expect(failure.code).toBe('auth.failed');
    expect(JSON.stringify(failure.details)).not.toContain('wrong-Secret-123');
    expect(failure.details.technical).toMatch(/AUTHENTICATIONFAILED|Authentication failed/);
  });

  it('smtp.auth-failed: wrong password at submission', async () => {
    const e = stack().endpoints;
    const failure = await failureOf(
      testSmtp(
        imap(e.providers.new.smtpHostname, e.providers.new.submission, 'starttls', newUser),
        { network, password: 'wrong-Secret-123' },
      ),
    );
    expect(failure.code).toBe('smtp.auth-failed');
    expect(JSON.stringify(failure.details)).not.toContain('wrong-Secret-123');
  });

  it('net.unreachable: nothing listens at 127.0.0.9:993', async () => {
    const failure = await failureOf(testImap(imap(closedHost, 993, 'tls'), { network, password }));
    expect(failure.code).toBe('net.unreachable');
    expect(failure.details.errorCode).toBe('ECONNREFUSED');
  });

  it('net.dns-not-found: a host name dnsmasq does not know', async () => {
    const failure = await failureOf(
      testImap(imap(`nohost-${run}.old.test`, 993, 'tls'), { network, password }),
    );
    expect(failure.code).toBe('net.dns-not-found');
  });

  it('net.timeout: a server that accepts and never speaks', async () => {
    const port = await listen(net.createServer((socket) => socket.on('error', () => undefined)));
    const started = performance.now();
    const failure = await failureOf(
      testImap(imap(fakeHost, port, 'tls'), { network, password, timeoutMs: 1500 }),
    );
    expect(failure.code).toBe('net.timeout');
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  for (const [kind, problem] of [
    ['selfSigned', 'self-signed'],
    ['expired', 'expired'],
    ['wrongHost', 'wrong-host'],
  ] as const) {
    it(`tls.untrusted (${problem}): a server presenting the stack's ${kind} certificate`, async () => {
      const port = await tlsServerWith(kind);
      const failure = await failureOf(testImap(imap(fakeHost, port, 'tls'), { network, password }));
      expect(failure.code).toBe('tls.untrusted');
      expect(failure.details.problem).toBe(problem);
    });
  }

  it('tls.required: an IMAP server that does not offer STARTTLS is never used in plain text', async () => {
    let loginSeen = false;
    const port = await listen(
      net.createServer((socket) =>
        scripted(socket, '* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] plain only\r\n', (line) => {
          const [tag = '*', command = ''] = line.split(' ');
          if (/^(LOGIN|AUTHENTICATE)$/i.test(command)) loginSeen = true;
          if (/^CAPABILITY$/i.test(command))
            return `* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n${tag} OK done\r\n`;
          return `${tag} BAD no\r\n`;
        }),
      ),
    );
    const failure = await failureOf(
      testImap(imap(fakeHost, port, 'starttls'), { network, password }),
    );
    expect(failure.code).toBe('tls.required');
    expect(loginSeen).toBe(false);
  });

  it('tls.required: an SMTP server that does not offer STARTTLS', async () => {
    let authSeen = false;
    const port = await listen(
      net.createServer((socket) =>
        scripted(socket, '220 fake ESMTP\r\n', (line) => {
          if (/^EHLO/i.test(line)) return '250-fake\r\n250 AUTH PLAIN LOGIN\r\n';
          if (/^AUTH/i.test(line)) authSeen = true;
          if (/^STARTTLS/i.test(line)) return '502 5.5.1 STARTTLS not available\r\n';
          if (/^QUIT/i.test(line)) return '221 bye\r\n';
          return '500 what\r\n';
        }),
      ),
    );
    const failure = await failureOf(
      testSmtp(imap(fakeHost, port, 'starttls'), { network, password }),
    );
    expect(failure.code).toBe('tls.required');
    expect(authSeen).toBe(false);
  });

  it("auth.app-password-required: Gmail's refusal text", async () => {
    const port = await imapRefusing(
      'NO [ALERT] Application-specific password required: https://support.google.com/accounts/answer/185833 (Failure)',
    );
    const failure = await failureOf(testImap(imap(fakeHost, port, 'tls'), { network, password }));
    expect(failure.code).toBe('auth.app-password-required');
  });

  it("imap.disabled: Gmail's 'not enabled for IMAP use' and 'log in via your web browser'", async () => {
    for (const refusal of [
      'NO [ALERT] Your account is not enabled for IMAP use. Please visit your Gmail settings page and enable your account for IMAP access. (Failure)',
      'NO [WEBALERT https://accounts.google.com/signin/continue] Web login required. [ALERT] Please log in via your web browser (Failure)',
    ]) {
      const port = await imapRefusing(refusal);
      const failure = await failureOf(testImap(imap(fakeHost, port, 'tls'), { network, password }));
      expect(failure.code).toBe('imap.disabled');
    }
  });

  it('auth.oauth-only: a Microsoft login refused where passwords are not accepted', async () => {
    const port = await imapRefusing('NO LOGIN failed.');
    const card = cardForDomain('outlook.com');
    const failure = await failureOf(
      testImap(imap(fakeHost, port, 'tls'), { network, password, ...(card ? { card } : {}) }),
    );
    expect(failure.code).toBe('auth.oauth-only');
  });

  it('smtp.port-blocked: 587 closed, 465 open at the same host: the sign-in uses 465 and says so', async () => {
    const e = stack().endpoints;
    const result = await testSmtp(imap(e.providers.new.smtpHostname, 2587, 'starttls', newUser), {
      network,
      password,
    });
    expect(result.server).toMatchObject({ port: 465, security: 'tls' });
    expect(result.portBlocked).toEqual({ tried: 2587, used: 465 });
  });

  it('smtp.port-blocked: neither 587 nor 465 can be reached', async () => {
    const failure = await failureOf(
      testSmtp(imap(closedHost, 587, 'starttls'), { network, password }),
    );
    expect(failure.code).toBe('smtp.port-blocked');
  });
});
