import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventName, ResultEnvelope, SendTestState } from '../../src-main/contract';
import { createBackend, type Backend } from '../../src-main/backend/index';
import { openFileSettings } from '../../src-main/store';
import { useMailStack } from '../mailstack/forTests';
import { runSwitchover } from './cliChild';
import { freshAccount, probesIn, stackNetwork, type TestAccount } from './sendTestFixtures';
import type { Network } from '../../src-main/net';
import { probeSubject, startSendTest, type SendTestRequest } from '../../src-main/sendTest';

const stack = useMailStack();
let network: Network;
const servers: net.Server[] = [];
/** Measured round trips (click → seen in INBOX), reported at the end. */
const roundTrips: { label: string; ms: number }[] = [];

beforeAll(() => {
  network = stackNetwork(stack().endpoints);
});

afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  if (roundTrips.length > 0) {
    console.log(
      `send-test round trips: ${roundTrips.map((r) => `${r.label} ${r.ms} ms`).join(', ')}`,
    );
  }
});

function request(account: TestAccount, extra: Partial<SendTestRequest> = {}): SendTestRequest {
  return {
    address: account.address,
    smtp: account.smtp,
    imap: account.imap,
    password: account.password,
    network,
    language: 'en',
    timeoutMs: 30_000,
    ...extra,
  };
}

/** A port on the new provider's address that nothing listens on (bound, then released). */
async function unusedPort(host: string): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const address = server.address();
  await new Promise((r) => server.close(r));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** An implicit-TLS "SMTP server" presenting one of the stack's bad certificates. */
async function badTlsServer(which: 'selfSigned' | 'wrongHost'): Promise<number> {
  const cert = stack().endpoints.badCerts[which];
  const server = tls.createServer(
    { cert: fs.readFileSync(cert.certPath), key: fs.readFileSync(cert.keyPath) },
    (socket) => {
      socket.on('error', () => undefined);
      socket.end('220 fake ESMTP\r\n');
    },
  );
  server.on('tlsClientError', () => undefined);
  servers.push(server);
  await new Promise<void>((resolve) =>
    server.listen(0, stack().endpoints.providers.new.host, resolve),
  );
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('send test round trip on the real stack', () => {
  it('arrives in INBOX via 587 STARTTLS: tagged, subject, timing, redacted transcript; left in place', async () => {
    const account = await freshAccount(stack(), 'st587');
    const seen: SendTestState[] = [];
    const job = startSendTest(request(account, { progressEveryMs: 100 }));
    job.on((state) => seen.push(state));
    const final = await job.done;
    expect(final.outcome).toMatchObject({ ok: true, folder: 'inbox', usedPort: 587, notices: [] });
    if (!final.outcome?.ok) throw new Error('unreachable');
    roundTrips.push({ label: '587', ms: final.outcome.arrivedAfterMs });
    expect(final.outcome.arrivedAfterMs).toBeGreaterThanOrEqual(final.outcome.sentAfterMs);
    expect(seen.map((s) => s.phase)).toEqual(
      expect.arrayContaining(['sending', 'waiting', 'arrived']),
    );
    expect(seen.every((s) => s.timeoutMs === 30_000 && s.probeId === job.probeId)).toBe(true);
    const transcript = final.outcome.transcript.join('\n');
    expect(transcript).toMatch(/C: STARTTLS/);
    expect(transcript).toMatch(/S: 250 2\.0\.0 Ok: queued as/);
    expect(transcript).toMatch(/C: AUTH \[redacted\]/);
    expect(transcript).not.toContain(account.password);
    expect(transcript).not.toContain(Buffer.from(account.password).toString('base64'));
    expect(transcript).not.toContain(
      Buffer.from(`\0${account.address}\0${account.password}`).toString('base64'),
    );
    // The probe is the person's mail: still there, with the clear subject, never deleted.
    expect(await probesIn(stack().endpoints, account, 'INBOX')).toHaveLength(1);
  });

  it('arrives via 465 (implicit TLS)', async () => {
    const account = await freshAccount(stack(), 'st465');
    const p = stack().endpoints.providers.new;
    const final = await startSendTest(
      request(account, { smtp: { ...account.smtp, port: p.submissions, security: 'tls' } }),
    ).done;
    expect(final.outcome).toMatchObject({ ok: true, folder: 'inbox', usedPort: p.submissions });
    if (final.outcome?.ok) roundTrips.push({ label: '465', ms: final.outcome.arrivedAfterMs });
  });

  it('a wrong password → smtp.auth-failed with the server’s words, nothing sent', async () => {
    const account = await freshAccount(stack(), 'stauth');
    const final = await startSendTest(request(account, { password: 'not the password' })).done;
    expect(final.phase).toBe('failed');
    expect(final.outcome?.ok).toBe(false);
    if (final.outcome?.ok !== false) throw new Error('unreachable');
    expect(final.outcome.error.code).toBe('smtp.auth-failed');
    expect(JSON.stringify(final.outcome.error.details)).toMatch(/535/);
    expect(final.outcome.transcript.join('\n')).not.toContain('not the password');
    expect(await probesIn(stack().endpoints, account, 'INBOX')).toHaveLength(0);
  });

  it('587 closed but 465 open → arrives, and says that port 465 was used', async () => {
    const account = await freshAccount(stack(), 'stblock');
    const closed = await unusedPort(stack().endpoints.providers.new.host);
    const final = await startSendTest(request(account, { smtp: { ...account.smtp, port: closed } }))
      .done;
    expect(final.outcome).toMatchObject({
      ok: true,
      usedPort: 465,
      notices: [{ code: 'smtp.port-blocked' }],
    });
    expect(final.outcome?.transcript.join('\n')).toMatch(/trying port 465/);
  });

  for (const which of ['selfSigned', 'wrongHost'] as const) {
    it(`a certificate that cannot be trusted (${which}) → tls.untrusted`, async () => {
      const account = await freshAccount(stack(), 'sttls');
      const port = await badTlsServer(which);
      const final = await startSendTest(
        request(account, { smtp: { ...account.smtp, port, security: 'tls' } }),
      ).done;
      if (final.outcome?.ok !== false)
        throw new Error(`expected a failure: ${JSON.stringify(final)}`);
      expect(final.outcome.error.code).toBe('tls.untrusted');
      expect(final.outcome.error.details).toMatchObject({
        problem: which === 'selfSigned' ? 'self-signed' : 'wrong-host',
      });
    });
  }

  it('relay to an outside domain refused (port 25, no login) → extra address smtp.relay-denied, own probe still arrives', async () => {
    const account = await freshAccount(stack(), 'strelay');
    const p = stack().endpoints.providers.new;
    const outside = `nobody-${Date.now().toString(36)}@old.test`;
    const final = await startSendTest(
      request(account, { smtp: { ...account.smtp, port: p.smtp }, extra: outside }),
    ).done;
    expect(final.outcome).toMatchObject({ ok: true, folder: 'inbox' });
    expect(final.extra).toMatchObject({
      address: outside,
      status: 'refused',
      confirmed: 'unknown',
      error: { code: 'smtp.relay-denied' },
    });
    expect(final.extra?.error?.message).toMatch(/Relay access denied/);
  });
});

describe('send test through the contract (signed-in new account, events, status after reload)', () => {
  let dataDir: string;
  let backend: Backend;

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-sendtest-'));
    backend = createBackend({
      name: 'Switchover',
      version: '0.0.0-test',
      platform: process.platform,
      runtime: 'browser',
      systemLocale: 'de-DE',
      settings: openFileSettings(dataDir),
      network,
      // The password stays in memory: no keychain needed for this test.
      secretStores: [],
    });
  });

  afterAll(async () => {
    await backend.sendTests.settled();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function call(name: string, input: unknown): Promise<unknown> {
    const result: ResultEnvelope = await backend.dispatcher.dispatch(name, input);
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
    return result.value;
  }

  it('sendTest.start before sign-in → account.missing', async () => {
    const result = await backend.dispatcher.dispatch('sendTest.start', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'account.missing' } });
    expect(await call('sendTest.status', {})).toEqual({ current: null });
  });

  it('signs in by host name, sends (also to a second address), emits progress, keeps the result', async () => {
    const account = await freshAccount(stack(), 'stapi');
    const relative = await freshAccount(stack(), 'strel');
    await call('accounts.signIn', {
      role: 'new',
      email: account.address,
      password: account.password,
      imap: { host: 'imap.new.test', port: 993, security: 'tls', username: account.address },
      smtp: { host: 'smtp.new.test', port: 587, security: 'starttls', username: account.address },
      source: 'manual',
    });
    const events: { name: EventName; state: SendTestState }[] = [];
    const finished = new Promise<SendTestState>((resolve) => {
      backend.hub.subscribe((name, payload) => {
        const state = payload as SendTestState;
        if (name === 'sendTest.progress' || name === 'sendTest.finished')
          events.push({ name, state });
        if (name === 'sendTest.finished') resolve(state);
      });
    });
    const { probeId } = (await call('sendTest.start', {
      to: relative.address,
      timeoutSeconds: 30,
    })) as { probeId: string };
    // A second click while it runs is the same test.
    expect(await call('sendTest.start', {})).toEqual({ probeId });

    const final = await finished;
    expect(final).toMatchObject({
      probeId,
      phase: 'arrived',
      timeoutMs: 30_000,
      address: account.address,
      extra: { address: relative.address, status: 'sent', confirmed: 'unknown' },
      outcome: { ok: true, folder: 'inbox', usedPort: 587 },
    });
    expect(events.filter((e) => e.name === 'sendTest.finished')).toHaveLength(1);
    expect(events.some((e) => e.name === 'sendTest.progress' && e.state.phase === 'sending')).toBe(
      true,
    );

    // A reloaded renderer reads the same result back, and records the relative's answer.
    const status = (await call('sendTest.status', {})) as { current: SendTestState };
    expect(status.current).toEqual(final);
    const confirmed = (await call('sendTest.confirmExtra', { probeId, arrived: true })) as {
      current: SendTestState;
    };
    expect(confirmed.current.extra?.confirmed).toBe('arrived');

    // The message text speaks the app's language (German from the system locale).
    expect(await probesIn(stack().endpoints, relative, 'INBOX')).toHaveLength(1);
    const client = (await import('./sendTestFixtures')).imapOf(stack().endpoints, account);
    await client.connect();
    try {
      await client.mailboxOpen('INBOX', { readOnly: true });
      const message = await client.fetchOne('*', { source: true, envelope: true });
      if (!message || !message.source) throw new Error('no message');
      expect(message.envelope?.subject).toBe(probeSubject);
      expect(message.source.toString('utf8')).toMatch(/Testnachricht von Switchover/);
    } finally {
      await client.logout();
    }
  });
});

describe('switchover send-test (child process)', () => {
  /** `switchover send-test` for the account, sending through `smtpPort` with STARTTLS. */
  const sendTestCli = (
    account: TestAccount,
    smtpPort: number,
    extraArgs: string[],
    sources = false,
  ) => {
    const e = stack().endpoints;
    const p = e.providers.new;
    const user = encodeURIComponent(account.address);
    return runSwitchover(
      [
        'send-test',
        '--account',
        `smtp://${user}@${p.host}:${smtpPort}?tls=starttls imap://${user}@${p.host}:${p.imaps}?tls=implicit`,
        '--timeout',
        '30',
        ...extraArgs,
      ],
      {
        ...process.env,
        NODE_EXTRA_CA_CERTS: e.caCertPath,
        SWITCHOVER_DNS: e.env.SWITCHOVER_DNS,
        SWITCHOVER_PASSWORD: account.password,
      },
      { sources },
    );
  };

  it('exits 1 when the server refused the --to address, and ends as soon as it has said so', async () => {
    const account = await freshAccount(stack(), 'stclito');
    const outside = `nobody-${Date.now().toString(36)}@old.test`;
    // Port 25 without a login: the server takes the message for its own user, refuses the relay.
    const run = await sendTestCli(account, stack().endpoints.providers.new.smtp, ['--to', outside]);
    expect(run.out, run.err).toMatch(/^It arrived in /);
    expect(run.out).toContain(`Not sent to ${outside}: smtp.relay-denied`);
    expect(run.code).toBe(1);
    // The watcher's connections are closed by then: nothing keeps the terminal waiting.
    expect(run.ms - run.lastOutputMs).toBeLessThan(1000);
  });

  it('round trip through the CLI exits 0 and prints the result as JSON', async () => {
    const account = await freshAccount(stack(), 'stcli');
    const submission = stack().endpoints.providers.new.submission;
    const { code, out, err, lines } = await sendTestCli(account, submission, ['--json'], true);
    const result = lines.at(-1);
    expect(result, err).toMatchObject({ type: 'result', phase: 'arrived', outcome: { ok: true } });
    expect(lines.some((l) => l.type === 'progress' && l.phase === 'waiting')).toBe(true);
    expect(out).not.toContain(account.password);
    expect(code).toBe(0);
  });
});
