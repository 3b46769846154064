// The IMAP fault proxy (faultProxy/) in front of the new provider's real Dovecot: bytes pass
// unchanged, each kind of rule does what big providers do to a large copy (issue #15), pipelined
// commands keep their order, and the log says what happened.

import crypto from 'node:crypto';
import fs from 'node:fs';
import { ImapFlow } from 'imapflow';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useMailStack } from '../mailstack/forTests';
import {
  providerAnswers,
  providerCertificate,
  providerUpstream,
  startFaultProxy,
} from './faultProxy';
import type { FaultProxy, FaultRule } from './faultProxy';
import { RawImap } from './faultProxy/rawClient';

const stack = useMailStack();
const id = crypto.randomBytes(4).toString('hex');
const address = `fault-proxy-${id}@new.test`;
const password = `pw-${id}`;
/** Any free loopback address: clients verify the provider's certificate by its host name. */
const listenHost = '127.0.0.12';
const bigBody = 200_000;

function message(subject: string, bodyBytes = 300): Buffer {
  // 8-bit bytes and long lines too: nothing on the way may touch them.
  const line = `${crypto.createHash('sha256').update(subject).digest('hex')} \xe9\xfc\xff\x01\r\n`;
  const body = line.repeat(Math.ceil(bodyBytes / line.length)).slice(0, bodyBytes);
  return Buffer.from(
    `From: <a@old.test>\r\nTo: <${address}>\r\nSubject: ${subject}\r\n` +
      `Message-ID: <${subject}-${id}@fault.test>\r\n\r\n${body}\r\n`,
    'latin1',
  );
}

const ca = () => fs.readFileSync(stack().endpoints.caCertPath);
const hostname = () => stack().endpoints.providers.new.hostname;

async function proxyWith(rules: FaultRule[] = [], host = listenHost): Promise<FaultProxy> {
  const endpoints = stack().endpoints;
  return startFaultProxy({
    listenHost: host,
    tls: providerCertificate(endpoints, 'new'),
    upstream: providerUpstream(endpoints, 'new'),
    rules,
  });
}

function flow(via: { host: string; port: number } | 'direct'): ImapFlow {
  const p = stack().endpoints.providers.new;
  const where = via === 'direct' ? { host: p.host, port: p.imaps } : via;
  return new ImapFlow({
    ...where,
    secure: true,
    servername: p.hostname,
    auth: { user: address, pass: password },
    tls: { ca: [ca()] },
    logger: false,
    // Throttled or refused answers must fail fast, not wait.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
  });
}

async function raw(proxy: FaultProxy): Promise<RawImap> {
  return RawImap.connect({ host: proxy.host, port: proxy.port, servername: hostname(), ca: ca() });
}

async function subjectsInInbox(): Promise<string[]> {
  const client = flow('direct');
  await client.connect();
  try {
    await client.mailboxOpen('INBOX', { readOnly: true });
    const subjects: string[] = [];
    for await (const m of client.fetch('1:*', { envelope: true })) {
      subjects.push(m.envelope?.subject ?? '');
    }
    return subjects;
  } finally {
    await client.logout();
  }
}

/** The untagged FETCH response(s) of a raw exchange: from "* n FETCH" to the tagged line. */
function fetchResponse(exchange: string, tag: string): string {
  const start = exchange.search(/^\* \d+ FETCH /m);
  const end = exchange.search(new RegExp(`^${tag} OK`, 'm'));
  return exchange.slice(start, end);
}

describe('the IMAP fault proxy', () => {
  let proxy: FaultProxy | undefined;
  let bigUid = 0;

  beforeAll(async () => {
    await stack().createUser('new', `fault-proxy-${id}`, 'new.test', password);
    await stack().seedMessage('new', address, 'INBOX', message('small'));
    await stack().seedMessage('new', address, 'INBOX', message('big', bigBody));
    const client = flow('direct');
    await client.connect();
    await client.mailboxOpen('INBOX');
    for await (const m of client.fetch('1:*', { uid: true, envelope: true })) {
      if (m.envelope?.subject === 'big') bigUid = m.uid;
    }
    await client.logout();
  });

  afterEach(async () => {
    await proxy?.close();
    proxy = undefined;
  });

  afterAll(async () => {
    await proxy?.close();
  });

  it('passes bytes through unchanged, both ways', async () => {
    proxy = await proxyWith();
    const exchange = async (client: RawImap): Promise<string> => {
      await client.login(address, password);
      client.send('S1 SELECT INBOX\r\n');
      await client.tagged('S1');
      client.send(`F1 UID FETCH ${bigUid} (UID RFC822.SIZE BODY.PEEK[])\r\n`);
      const fetched = await client.tagged('F1');
      // IDLE and DONE pass too.
      client.send('I1 IDLE\r\n');
      await client.waitFor(/^\+ [^\r\n]*\r\n/m);
      client.send('DONE\r\n');
      await client.tagged('I1');
      client.close();
      return fetchResponse(fetched, 'F1');
    };
    const p = stack().endpoints.providers.new;
    const direct = await exchange(await RawImap.connect({ host: p.host, port: p.imaps, ca: ca() }));
    const proxied = await exchange(await raw(proxy));
    expect(direct.length).toBeGreaterThan(bigBody);
    expect(Buffer.from(proxied, 'latin1').equals(Buffer.from(direct, 'latin1'))).toBe(true);

    // imapflow sees the same message too.
    const sources = await Promise.all(
      ['direct' as const, proxy].map(async (via) => {
        const client = flow(via);
        await client.connect();
        await client.mailboxOpen('INBOX', { readOnly: true });
        const m = await client.fetchOne(String(bigUid), { source: true }, { uid: true });
        await client.logout();
        return m ? m.source : undefined;
      }),
    );
    expect(sources[0]?.length).toBeGreaterThan(bigBody);
    expect(sources[1]?.equals(sources[0] ?? Buffer.alloc(0))).toBe(true);

    const commands = proxy.commands();
    expect(commands.every((c) => c.outcome === 'forwarded')).toBe(true);
    expect(commands.find((c) => c.name === 'LOGIN')).toMatchObject({ account: address, text: `LOGIN "${address}" ***` }); // prettier-ignore
    expect(commands.find((c) => c.name === 'UID FETCH')).toMatchObject({ account: address, tag: 'F1' }); // prettier-ignore
    expect(commands.some((c) => c.name === 'IDLE')).toBe(true);
    expect(JSON.stringify(proxy.log)).not.toContain(password);
    expect(proxy.log.filter((e) => e.type === 'open')).toHaveLength(2);
  });

  it('answers the 3rd APPEND itself (synchronizing literal) and a LITERAL+ one with BAD and BYE', async () => {
    proxy = await proxyWith([
      {
        name: 'throttle',
        match: { command: 'APPEND' },
        skip: 2,
        times: 1,
        action: { kind: 'answer', response: providerAnswers.throttled(1500) },
      },
    ]);
    const client = await raw(proxy);
    await client.login(address, password);
    const append = async (tag: string, subject: string): Promise<string> => {
      const data = message(subject);
      client.send(`${tag} APPEND INBOX {${data.length}}\r\n`);
      const first = await client.waitFor(new RegExp(`^(\\+|${tag}) [^\\r\\n]*\\r\\n`, 'm'));
      if (first.startsWith(tag) || new RegExp(`^${tag} `, 'm').test(first)) return first;
      client.send(Buffer.concat([data, Buffer.from('\r\n')]));
      return client.tagged(tag);
    };
    expect(await append('A1', `throttle-1-${id}`)).toMatch(/^A1 OK/m);
    expect(await append('A2', `throttle-2-${id}`)).toMatch(/^A2 OK/m);
    const third = await append('A3', `throttle-3-${id}`);
    expect(third).toMatch(/^A3 NO Request is throttled\. Suggested Backoff Time: 1500 milliseconds\r\n/m); // prettier-ignore
    expect(third).not.toMatch(/^\+/m);
    // The literal never came and the proxy did not wait for it: the next command is a command.
    expect(await append('A4', `throttle-4-${id}`)).toMatch(/^A4 OK/m);

    proxy.setRules([
      {
        name: 'throttle-bad',
        match: { command: 'APPEND' },
        action: {
          kind: 'answer',
          response: providerAnswers.throttledBad(900),
          bye: providerAnswers.byeConnectionClosed,
        },
      },
    ]);
    const data = message(`throttle-5-${id}`);
    // LITERAL+: the bytes come at once and must be swallowed, not taken for commands.
    client.send(Buffer.concat([Buffer.from(`A5 APPEND INBOX {${data.length}+}\r\n`), data, Buffer.from('\r\n')])); // prettier-ignore
    const rest = (await client.closed()).toString('latin1');
    expect(rest).toBe(
      'A5 BAD Request is throttled. Suggested Backoff Time: 900 milliseconds\r\n* BYE Connection closed. 14\r\n',
    );

    const subjects = await subjectsInInbox();
    expect(subjects).toEqual(expect.arrayContaining([`throttle-1-${id}`, `throttle-2-${id}`, `throttle-4-${id}`])); // prettier-ignore
    expect(subjects).not.toContain(`throttle-3-${id}`);
    expect(subjects).not.toContain(`throttle-5-${id}`);

    const appends = proxy.commands().filter((c) => c.name === 'APPEND');
    expect(appends.map((c) => [c.tag, c.outcome, c.rule])).toEqual([
      ['A1', 'forwarded', undefined],
      ['A2', 'forwarded', undefined],
      ['A3', 'answered', 'throttle'],
      ['A4', 'forwarded', undefined],
      ['A5', 'answered', 'throttle-bad'],
    ]);
    const a3 = appends[2];
    expect(a3?.answer).toBe(`A3 ${providerAnswers.throttled(1500)}`);
    expect(a3?.answeredAt).toBeGreaterThanOrEqual(a3?.at ?? Infinity);
    expect(proxy.log.at(-1)).toMatchObject({ type: 'close', by: 'proxy', account: address });
    // The server never completed A3 or A5: they never reached it.
    const completed = proxy.log.flatMap((e) => (e.type === 'completion' ? [e.tag] : []));
    expect(completed).toEqual(['L1', 'A1', 'A2', 'A4']);
  });

  it('refuses logins beyond 2 connections per account (LOGIN, AUTHENTICATE PLAIN and XOAUTH2 after "+")', async () => {
    proxy = await proxyWith([
      {
        name: 'pool',
        match: { command: ['LOGIN', 'AUTHENTICATE'], accountConnectionsAtLeast: 2 },
        action: { kind: 'answer', response: providerAnswers.tooManyConnections },
      },
    ]);
    const first = flow(proxy);
    const second = flow(proxy);
    await first.connect();
    await second.connect();
    const third = flow(proxy);
    const refused = await third.connect().then(
      () => undefined,
      (error: unknown) => error as Error & { responseText?: string },
    );
    expect(refused).toBeDefined();
    third.close();

    const plain = Buffer.from(`\0${address}\0${password}`).toString('base64');
    const rawPlain = await raw(proxy);
    rawPlain.send('P1 AUTHENTICATE PLAIN\r\n');
    await rawPlain.waitFor(/^\+ \r\n/m);
    rawPlain.send(`${plain}\r\n`);
    expect(await rawPlain.tagged('P1')).toMatch(/^P1 NO \[ALERT\] Too many simultaneous connections\. \(Failure\)\r\n/m); // prettier-ignore

    const xoauth = Buffer.from(`user=${address}\x01auth=Bearer not-a-token\x01\x01`).toString('base64'); // prettier-ignore
    rawPlain.send('X1 AUTHENTICATE XOAUTH2\r\n');
    await rawPlain.waitFor(/^\+ \r\n/m);
    rawPlain.send(`${xoauth}\r\n`);
    expect(await rawPlain.tagged('X1')).toMatch(/^X1 NO \[ALERT\] Too many simultaneous/m);

    // One connection gone: the next login goes through (the held exchange replayed upstream).
    await first.logout();
    await waitUntil(() => proxy?.log.some((e) => e.type === 'close') ?? false);
    rawPlain.send('P2 AUTHENTICATE PLAIN\r\n');
    await rawPlain.waitFor(/^\+ \r\n/m);
    rawPlain.send(`${plain}\r\n`);
    expect(await rawPlain.tagged('P2')).toMatch(/^P2 OK/m);
    rawPlain.send('N1 NOOP\r\n');
    expect(await rawPlain.tagged('N1')).toMatch(/^N1 OK/m);
    rawPlain.close();
    await second.logout();

    const logins = proxy.commands().filter((c) => ['LOGIN', 'AUTHENTICATE'].includes(c.name));
    // imapflow logs in with AUTHENTICATE PLAIN after "+" (or LOGIN): the proxy reads the user either way.
    expect(logins.map((c) => [c.account, c.outcome])).toEqual([
      [address, 'forwarded'],
      [address, 'forwarded'],
      [address, 'answered'],
      [address, 'answered'],
      [address, 'answered'],
      [address, 'forwarded'],
    ]);
    expect(logins.slice(3).map((c) => c.text)).toEqual([
      'AUTHENTICATE PLAIN',
      'AUTHENTICATE XOAUTH2',
      'AUTHENTICATE PLAIN',
    ]);
    expect(logins[2]?.answer).toMatch(
      / NO \[ALERT\] Too many simultaneous connections\. \(Failure\)$/,
    );
    expect(JSON.stringify(proxy.log)).not.toContain(plain);
  });

  it('cuts a FETCH body after N bytes with a BYE, and says BYE at the Nth command', async () => {
    proxy = await proxyWith([
      {
        name: 'mid-body',
        match: { command: 'FETCH' },
        action: { kind: 'byeMidBody', afterBytes: 50_000, text: providerAnswers.byeSessionExpired }, // prettier-ignore
      },
    ]);
    const client = await raw(proxy);
    await client.login(address, password);
    client.send('S1 EXAMINE INBOX\r\n');
    await client.tagged('S1');
    client.send(`F1 UID FETCH ${bigUid} (BODY.PEEK[])\r\n`);
    const head = await client.waitFor(/^\* \d+ FETCH \([^\r\n]*BODY\[\] \{(\d+)\}\r\n/m);
    const size = Number(/\{(\d+)\}\r\n$/.exec(head)?.[1]);
    expect(size).toBeGreaterThan(bigBody);
    const rest = await client.closed();
    expect(rest.length).toBe(50_000 + '* BYE Session expired, please login again\r\n'.length);
    expect(rest.subarray(0, 50_000).equals(message('big', bigBody).subarray(0, 50_000))).toBe(true);
    expect(rest.subarray(50_000).toString('latin1')).toBe('* BYE Session expired, please login again\r\n'); // prettier-ignore
    expect(proxy.log.find((e) => e.type === 'fault')).toMatchObject({ rule: 'mid-body', account: address }); // prettier-ignore

    // imapflow sees the connection end in the middle of the message, not a short message.
    const viaFlow = flow(proxy);
    await viaFlow.connect();
    await viaFlow.mailboxOpen('INBOX', { readOnly: true });
    const fetched = await viaFlow.fetchOne(String(bigUid), { source: true }, { uid: true }).then(
      (m) => (m ? m.source?.length : 'none'),
      (error: unknown) => error as Error,
    );
    expect(fetched).toBeInstanceOf(Error);
    viaFlow.close();

    proxy.setRules([
      { name: 'bye-2nd-noop', match: { command: 'NOOP' }, skip: 1, action: { kind: 'bye', text: providerAnswers.byeSystemError } }, // prettier-ignore
    ]);
    const second = await raw(proxy);
    await second.login(address, password);
    second.send('N1 NOOP\r\n');
    expect(await second.tagged('N1')).toMatch(/^N1 OK/m);
    second.send('N2 NOOP\r\n');
    expect((await second.closed()).toString('latin1')).toBe('* BYE System Error\r\n');
    expect(proxy.commands().at(-1)).toMatchObject({ tag: 'N2', outcome: 'bye', rule: 'bye-2nd-noop' }); // prettier-ignore
  });

  it('answers every FETCH with NO [OVERQUOTA] for 1.5 s, then lets them through', async () => {
    proxy = await proxyWith([
      {
        name: 'quota',
        match: { command: 'FETCH' },
        forMs: 1500,
        action: { kind: 'answer', response: providerAnswers.overQuota },
      },
      { name: 'unavailable', match: { command: 'STATUS' }, times: 2, action: { kind: 'answer', response: providerAnswers.serverUnavailable } }, // prettier-ignore
    ]);
    const client = await raw(proxy);
    await client.login(address, password);
    client.send('S1 EXAMINE INBOX\r\n');
    await client.tagged('S1');
    const answers: { at: number; ok: boolean }[] = [];
    const started = Date.now();
    for (let i = 0; Date.now() - started < 2500; i += 1) {
      client.send(`F${i} UID FETCH 1:* (UID)\r\n`);
      const answer = await client.tagged(`F${i}`);
      const ok = new RegExp(`^F${i} OK`, 'm').test(answer);
      if (!ok) expect(answer).toMatch(new RegExp(`^F${i} NO \\[OVERQUOTA\\] Account exceeded command or bandwidth limits\\. \\(Failure\\)\\r\\n`, 'm')); // prettier-ignore
      answers.push({ at: Date.now() - started, ok });
      await new Promise((r) => setTimeout(r, 100));
    }
    const firstOk = answers.findIndex((a) => a.ok);
    expect(firstOk).toBeGreaterThan(3);
    // One window: refused until it ends, then every FETCH goes through.
    expect(answers.slice(firstOk).every((a) => a.ok)).toBe(true);
    expect(answers[firstOk]?.at).toBeGreaterThanOrEqual(1500);

    for (const tag of ['T1', 'T2', 'T3']) client.send(`${tag} STATUS INBOX (MESSAGES)\r\n`);
    expect(await client.tagged('T1')).toMatch(/^T1 NO Server Unavailable\. 15\r\n/m);
    expect(await client.tagged('T2')).toMatch(/^T2 NO Server Unavailable\. 15\r\n/m);
    expect(await client.tagged('T3')).toMatch(/^T3 OK/m);
    client.close();

    const fetches = proxy.commands().filter((c) => c.name === 'UID FETCH');
    const refused = fetches.filter((c) => c.outcome === 'answered');
    const firstRefused = refused[0]?.at ?? 0;
    expect(refused.every((c) => c.at - firstRefused <= 1500)).toBe(true);
    // "No FETCH reached the account during the window" is what a test asks the log.
    const reached = fetches.filter((c) => c.outcome === 'forwarded');
    expect(reached.every((c) => c.at - firstRefused > 1500)).toBe(true);
  });

  it('hides capabilities from CAPABILITY and [CAPABILITY …], and sync literals still pass', async () => {
    const direct = flow('direct');
    await direct.connect();
    expect(direct.capabilities.has('MULTIAPPEND')).toBe(true);
    expect(direct.capabilities.has('LITERAL+')).toBe(true);
    await direct.logout();

    proxy = await proxyWith([{ hideCapabilities: ['MULTIAPPEND', 'LITERAL+'] }]);
    const client = await raw(proxy);
    const greeting = client.received.toString('latin1');
    expect(greeting).toMatch(/^\* OK \[CAPABILITY [^\]]*IMAP4rev1/);
    expect(greeting).not.toContain('LITERAL+');
    client.send('C1 CAPABILITY\r\n');
    const before = await client.tagged('C1');
    expect(before).toMatch(/^\* CAPABILITY IMAP4rev1 /m);
    expect(before).not.toContain('LITERAL+');
    await client.login(address, password);
    client.send('C2 CAPABILITY\r\n');
    const after = await client.tagged('C2');
    expect(after).toContain('IDLE');
    expect(after).not.toMatch(/MULTIAPPEND|LITERAL\+/);
    client.close();

    // Without LITERAL+ imapflow waits for "+" before each literal: those pass through too.
    const viaFlow = flow(proxy);
    await viaFlow.connect();
    expect(viaFlow.capabilities.has('MULTIAPPEND')).toBe(false);
    expect(viaFlow.capabilities.has('LITERAL+')).toBe(false);
    expect(viaFlow.capabilities.has('IDLE')).toBe(true);
    await viaFlow.append('INBOX', message(`sync-literal-${id}`), ['\\Seen']);
    await viaFlow.logout();
    expect(await subjectsInInbox()).toContain(`sync-literal-${id}`);
  });

  it('keeps pipelined commands in order, its own answers included', async () => {
    // On the provider's own address the certificate is valid for the IP too, so a client given
    // only an address (as the copy engine's settings are) verifies it without a host name.
    const host = stack().endpoints.providers.new.host;
    proxy = await proxyWith(
      [{ name: 'limit', match: { command: 'NOOP' }, times: 1, action: { kind: 'answer', response: providerAnswers.limit } }], // prettier-ignore
      host,
    );
    expect(proxy.host).toBe(host);
    const client = await RawImap.connect({ host, port: proxy.port, ca: ca() });
    await client.login(address, password);
    const data = message(`pipelined-${id}`);
    // One write: SELECT, a LITERAL+ APPEND, a NOOP the proxy answers, a FETCH, a NOOP forwarded.
    client.send(
      Buffer.concat([
        Buffer.from(`P1 SELECT INBOX\r\nP2 APPEND INBOX {${data.length}+}\r\n`),
        data,
        Buffer.from(`\r\nP3 NOOP\r\nP4 UID FETCH 1:* (UID FLAGS)\r\nP5 NOOP\r\n`),
      ]),
    );
    const all = await client.tagged('P5');
    const order = [...all.matchAll(/^(P\d) (OK|NO|BAD)/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(order).toEqual(['P1 OK', 'P2 OK', 'P3 NO', 'P4 OK', 'P5 OK']);
    expect(all).toMatch(/^P3 NO \[LIMIT\] /m);
    client.close();

    const commands = proxy.commands().filter((c) => c.tag.startsWith('P'));
    expect(commands.map((c) => [c.tag, c.name, c.outcome])).toEqual([
      ['P1', 'SELECT', 'forwarded'],
      ['P2', 'APPEND', 'forwarded'],
      ['P3', 'NOOP', 'answered'],
      ['P4', 'UID FETCH', 'forwarded'],
      ['P5', 'NOOP', 'forwarded'],
    ]);
    // The proxy's answer waited for P2's completion, as the server's would have.
    const p2done = proxy.log.find((e) => e.type === 'completion' && e.tag === 'P2');
    expect(commands[2]?.answeredAt).toBeGreaterThanOrEqual(p2done?.at ?? Infinity);
    expect(await subjectsInInbox()).toContain(`pipelined-${id}`);
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}
