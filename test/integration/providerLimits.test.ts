// What big providers answer when a copy is large, reproduced by the fault proxy with their exact
// words in front of the test stack's Dovecot, and what the copy engine does with each: waits as
// long as asked and sends nothing meanwhile, shrinks its pool, pauses for a daily limit and goes
// on later, reconnects after a BYE — never losing or doubling a message.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startCopy } from '../../src-main/copy';
import type { CopyEndpoint, CopyEvent, CopyOptions, CopyReport } from '../../src-main/copy';
import { useMailStack } from '../mailstack/forTests';
import { runSwitchover } from './cliChild';
import { caOf, endpointOf, makeMessage, run, snapshotMailbox } from './copyFixtures';
import {
  providerAnswers,
  providerCertificate,
  providerUpstream,
  startFaultProxy,
} from './faultProxy';
import type { CommandMatch, FaultAction, FaultProxy, FaultRule } from './faultProxy';

const stack = useMailStack();
const id = run();
const password = 'provider limits test password';
const oldUser = `pl-${id}@old.test`;
const count = 300;
let proxy: FaultProxy | undefined;

/** The provider's own address and certificate, so the engine verifies it as always. */
async function behindProxy(side: 'old' | 'new', rules: FaultRule[]): Promise<FaultProxy> {
  const e = stack().endpoints;
  proxy = await startFaultProxy({
    listenHost: e.providers[side].host,
    tls: providerCertificate(e, side),
    upstream: providerUpstream(e, side),
    rules,
  });
  return proxy;
}

function via(endpoint: CopyEndpoint, p: FaultProxy): CopyEndpoint {
  return { ...endpoint, settings: { ...endpoint.settings, port: p.port } };
}

/** A rule that acts on the matching commands after `skip` of them (at most `times`). */
function after(
  match: CommandMatch,
  name: string,
  skip: number,
  action: FaultAction,
  times?: number,
): FaultRule {
  return { name, match, skip, ...(times !== undefined ? { times } : {}), action };
}

/** The old account's body fetches (FETCH … BODY.PEEK[]). */
const bodyFetch: CommandMatch = { command: 'FETCH', text: /BODY\.PEEK\[\]/i };
const onBodyFetch = after.bind(null, bodyFetch);
/** The new account's APPENDs. */
const onAppend = after.bind(null, { command: 'APPEND' });

async function newAccount(name: string): Promise<CopyEndpoint> {
  await stack().createUser('new', `${name}-${id}`, 'new.test', password);
  return endpointOf(stack().endpoints, 'new', `${name}-${id}@new.test`, password);
}

const source = () => endpointOf(stack().endpoints, 'old', oldUser, password);

function copy(
  options: Pick<CopyOptions, 'source' | 'target'> & Partial<CopyOptions>,
  events: CopyEvent[] = [],
): Promise<CopyReport> {
  const job = startCopy({
    dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-limits-')),
    ca: caOf(stack().endpoints),
    ...options,
  });
  job.on((e) => events.push(e));
  return job.done;
}

/** Every message once on the new side: the same multiset of bodies as the old INBOX. */
async function exactlyOnce(target: CopyEndpoint): Promise<void> {
  const ca = caOf(stack().endpoints);
  const [before, after] = await Promise.all([
    snapshotMailbox(source(), ca),
    snapshotMailbox(target, ca),
  ]);
  const hashes = (box: (typeof before)[string] | undefined) =>
    (box?.messages ?? []).map((m) => m.sha256).sort();
  expect(hashes(after.INBOX)).toEqual(hashes(before.INBOX));
}

describe('provider limits, by their exact answers', () => {
  beforeAll(async () => {
    await stack().createUser('old', `pl-${id}`, 'old.test', password);
    await stack().seedMessages(
      'old',
      oldUser,
      'INBOX',
      Array.from({ length: count }, (_, i) => ({
        raw: makeMessage({ seed: `limits-${id}-${i}`, bodyBytes: 1500 + (i % 5) * 2000 }),
      })),
    );
  }, 120_000);

  afterEach(async () => {
    await proxy?.close();
    proxy = undefined;
  });

  it('Microsoft "Request is throttled": nothing sent for the time asked, then the same messages', async () => {
    const target = await newAccount('thr');
    const p = await behindProxy('new', [
      onAppend('throttle', 3, { kind: 'answer', response: providerAnswers.throttled(1500) }, 2),
    ]);
    const events: CopyEvent[] = [];
    const report = await copy(
      { source: source(), target: via(target, p), multiAppend: false },
      events,
    );
    expect(report.status).toBe('complete');
    expect(report.failed).toBe(0);
    await exactlyOnce(target);
    const throttled = p.commands().filter((c) => c.outcome === 'answered');
    expect(throttled.length).toBe(2);
    expect(commandsDuringWaits(p.commands())).toEqual([]);
    expect(events.some((e) => e.type === 'wait')).toBe(true);
  }, 120_000);

  it('Microsoft "BAD … throttled" then "* BYE Connection closed. 14": reconnect, nothing lost or doubled', async () => {
    const target = await newAccount('thrbye');
    const p = await behindProxy('new', [
      onAppend(
        'throttle-bad',
        10,
        {
          kind: 'answer',
          response: providerAnswers.throttledBad(1200),
          bye: providerAnswers.byeConnectionClosed,
        },
        1,
      ),
    ]);
    const events: CopyEvent[] = [];
    const report = await copy(
      { source: source(), target: via(target, p), multiAppend: false },
      events,
    );
    expect(report.status).toBe('complete');
    expect(report.failed).toBe(0);
    await exactlyOnce(target);
    expect(p.commands().filter((c) => c.outcome === 'answered')).toHaveLength(1);
    // The BAD line reaches the engine before the connection ends: its wait is kept.
    expect(commandsDuringWaits(p.commands())).toEqual([]);
    expect(events.find((e) => e.type === 'wait')).toMatchObject({ side: 'new' });
  }, 120_000);

  it('Microsoft "Request is throttled" from the old account: a wait of the old side, nothing sent to it meanwhile, nothing lost', async () => {
    const target = await newAccount('throld');
    const p = await behindProxy('old', [
      onBodyFetch('throttle-fetch', 2, { kind: 'answer', response: providerAnswers.throttled(1200) }, 1), // prettier-ignore
    ]);
    const events: CopyEvent[] = [];
    const report = await copy({ source: via(source(), p), target, batchMessages: 20 }, events);
    expect(report.status).toBe('complete');
    await exactlyOnce(target);
    expect(p.commands().filter((c) => c.outcome === 'answered')).toHaveLength(1);
    expect(commandsDuringWaits(p.commands())).toEqual([]);
    expect(events.find((e) => e.type === 'wait')).toMatchObject({
      side: 'old',
      reason: { code: 'provider.throttled' },
    });
  }, 120_000);

  it('RFC 5530 [INUSE], [SERVERBUG], [LIMIT] "Too many commands" on APPEND: reconnect, the same messages again, nothing skipped', async () => {
    const target = await newAccount('rfc5530');
    const answer = (name: string, skip: number, response: string) =>
      onAppend(name, skip, { kind: 'answer', response }, 1);
    const p = await behindProxy('new', [
      answer('inuse', 5, providerAnswers.inUse),
      answer('serverbug', 60, providerAnswers.serverBug),
      answer('limit', 150, providerAnswers.limit),
    ]);
    const report = await copy({ source: source(), target: via(target, p), multiAppend: false });
    expect(p.commands().flatMap((c) => (c.outcome === 'answered' ? [c.rule] : []))).toEqual([
      'inuse',
      'serverbug',
      'limit',
    ]);
    expect(report.status).toBe('complete');
    expect(report.skipped + report.failed).toBe(0);
    expect(report.retries).toBeGreaterThanOrEqual(1);
    await exactlyOnce(target);
  }, 120_000);

  it('a transfer that outlasts an idle session is verified on a new sign-in, not by a reconnect of the whole copy', async () => {
    const target = await newAccount('idle');
    // A 2.5 s wait in the middle of the transfer; the sessions idle meanwhile close after 1.5 s
    // (two minutes in the app: a copy over a capped home link outlasts them).
    const p = await behindProxy('new', [
      onAppend('throttle', 3, { kind: 'answer', response: providerAnswers.throttled(2500) }, 1),
    ]);
    const report = await copy({
      source: source(),
      target: via(target, p),
      multiAppend: false,
      sessionIdleTimeoutMs: 1500,
    });
    expect(report.status).toBe('complete');
    expect(report.retries).toBe(0);
    await exactlyOnce(target);
  }, 120_000);

  it('Gmail "Too many simultaneous connections" at login: fewer connections, never a wrong password', async () => {
    const target = await newAccount('cap');
    const p = await behindProxy('new', [
      {
        name: 'cap',
        match: { command: ['LOGIN', 'AUTHENTICATE'], accountConnectionsAtLeast: 3 },
        action: { kind: 'answer', response: providerAnswers.tooManyConnections },
      },
    ]);
    const report = await copy({ source: source(), target: via(target, p) });
    expect(report.status).toBe('complete');
    await exactlyOnce(target);
    const refused = p.commands().filter((c) => c.outcome === 'answered');
    expect(refused.length).toBeGreaterThan(0);
  }, 120_000);

  it('Gmail "[OVERQUOTA] … bandwidth limits" from the old account: paused (exit 75), then goes on without doubles', async () => {
    const target = await newAccount('quota');
    const p = await behindProxy('old', [
      onBodyFetch('daily limit', 1, { kind: 'answer', response: providerAnswers.overQuota }),
    ]);
    const e = stack().endpoints;
    const env = {
      ...process.env,
      ...e.env,
      SWITCHOVER_FROM_PASSWORD: password,
      SWITCHOVER_TO_PASSWORD: password,
      SWITCHOVER_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-limits-cli-')),
    };
    const args = [
      'copy',
      '--from',
      `imap://${encodeURIComponent(oldUser)}@${e.providers.old.host}:${p.port}`,
      '--to',
      `imap://${encodeURIComponent(target.settings.username)}@${e.providers.new.host}:${e.providers.new.imaps}`,
      '--json',
    ];
    const paused = await runSwitchover(args, env, { sources: true, timeoutMs: 120_000 });
    expect(paused.code, paused.err).toBe(75);
    const summary = paused.lines.find((l) => l.type === 'summary') as {
      status: string;
      resumeAfter?: string;
      stopReason?: { code: string };
      copied: number;
    };
    expect(summary.status).toBe('paused');
    expect(summary.stopReason?.code).toBe('provider.daily-limit');
    expect(Date.parse(summary.resumeAfter ?? '')).toBeGreaterThan(Date.now());
    expect(summary.copied).toBeLessThan(count);
    // The limit lifts: the same command goes on where it stopped.
    p.setRules([]);
    const resumed = await runSwitchover(args, env, { sources: true, timeoutMs: 120_000 });
    expect(resumed.code, resumed.err).toBe(0);
    await exactlyOnce(target);
  }, 240_000);

  it('Gmail "* BYE Session expired" at the daily limit: signs in again once, then pauses, then goes on without doubles', async () => {
    const target = await newAccount('expired');
    // Every body fetch from the third on: what an account past its daily limit answers.
    const p = await behindProxy('old', [
      onBodyFetch('expired', 2, { kind: 'bye', text: providerAnswers.byeSessionExpired }),
    ]);
    const options = { source: via(source(), p), target, batchMessages: 20 };
    const events: CopyEvent[] = [];
    const paused = await copy(options, events);
    expect(paused.status).toBe('paused');
    expect(paused.stopReason?.code).toBe('provider.daily-limit');
    expect(Date.parse(paused.resumeAfter ?? '')).toBeGreaterThan(Date.now());
    // A sign-in that ran out ends a session with the same words: one new sign-in first.
    expect(events.filter((e) => e.type === 'retry')).toHaveLength(1);
    expect(paused.copied).toBeLessThan(count);
    // The limit lifts: the copy goes on where it stopped.
    p.setRules([]);
    const resumed = await copy(options);
    expect(resumed.status).toBe('complete');
    await exactlyOnce(target);
  }, 120_000);

  // Two faults in one copy could land in the same attempt (fetches run on several connections at
  // once) and be cured by one reconnect, so each has its own copy and its own count.
  it('BYE in the middle of a message body: reconnect, nothing lost', async () => {
    const target = await newAccount('bye');
    const p = await behindProxy('old', [
      onBodyFetch('bye mid-body', 2, { kind: 'byeMidBody', afterBytes: 700, text: 'Session expired, please login again' }, 1), // prettier-ignore
    ]);
    // Small batches, so there are enough body fetches to cut one in the middle of the copy.
    const report = await copy({ source: via(source(), p), target, batchMessages: 20 });
    expect(p.log.filter((e) => e.type === 'fault').map((e) => e.rule)).toEqual(['bye mid-body']);
    expect(report.status).toBe('complete');
    expect(report.retries).toBeGreaterThanOrEqual(1);
    await exactlyOnce(target);
  }, 120_000);

  it('"NO Server Unavailable. 15": reconnect with back-off, nothing lost', async () => {
    const target = await newAccount('unavailable');
    const p = await behindProxy('old', [
      onBodyFetch('unavailable', 4, { kind: 'answer', response: providerAnswers.serverUnavailable }, 1), // prettier-ignore
    ]);
    const events: CopyEvent[] = [];
    const report = await copy({ source: via(source(), p), target, batchMessages: 20 }, events);
    expect(p.commands().filter((c) => c.rule === 'unavailable')).toHaveLength(1);
    expect(report.status).toBe('complete');
    const retries = events.filter((e) => e.type === 'retry');
    expect(retries.length).toBeGreaterThanOrEqual(1);
    expect(retries[0]).toMatchObject({ error: { code: 'provider.unavailable' } });
    expect(report.retries).toBe(retries.length);
    await exactlyOnce(target);
  }, 120_000);
});

/**
 * Commands that reached the account while a wait it asked for was running: after each
 * throttling answer reached the client (plus the moment a reply takes to arrive), until the
 * time it asked for was over. Named with their time after the answer, for a failure's message.
 */
function commandsDuringWaits(commands: ReturnType<FaultProxy['commands']>): string[] {
  return commands
    .filter((c) => c.outcome === 'answered')
    .flatMap((t) => {
      const waitMs = Number(/Backoff Time: (\d+)/.exec(t.answer ?? '')?.[1]);
      const from = (t.answeredAt ?? t.at) + 20;
      const until = (t.answeredAt ?? t.at) + waitMs - 50;
      return commands
        .filter((c) => c.outcome === 'forwarded' && c.at > from && c.at < until)
        .map((c) => `${c.name} at +${c.at - (t.answeredAt ?? t.at)} ms`);
    });
}
