// Screen 6 against the mail stack: MX (resolver and name server), the four probe outcomes driven
// by switchMx / setOldProviderHostsDomain / a Postfix HOLD rule, mixed MX, the TTL estimate,
// stragglers copied exactly once, the new-address senders list (DNS health: dnsHealth.test.ts).

import crypto from 'node:crypto';
import dgram from 'node:dgram';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AccountRole,
  AccountSummary,
  ServerSettings,
  SwitchCheckState,
} from '../../src-main/contract';
import type { DnsClient } from '../../src-main/dns';
import {
  checkMx,
  createSwitchCheckService,
  startProbeRun,
  type ProbeAccount,
} from '../../src-main/switchCheck/index';
import { useMailStack } from '../mailstack/forTests';
import { runSwitchover } from './cliChild';
import type { Endpoints, ProviderName } from '../mailstack';
import { imapClient } from './mailClients';
import { PostfixRules, stackDnsClient, stackNetwork } from './sendTestFixtures';

const stack = useMailStack();
const id = crypto.randomBytes(4).toString('hex');
const password = `sw ${id} Pw!`;
const local = `sw-${id}`;
const address = `${local}@family.test`;
let dataDir: string;

const dns = (): DnsClient => stackDnsClient(stack().endpoints);

function settings(e: Endpoints, provider: ProviderName, user: string) {
  const p = e.providers[provider];
  const imap: ServerSettings = { host: p.host, port: p.imaps, security: 'tls', username: user };
  const smtp: ServerSettings = {
    host: p.host,
    port: p.submission,
    security: 'starttls',
    username: user,
  };
  return { imap, smtp };
}

function account(provider: ProviderName, user = address, withSmtp = true): ProbeAccount {
  const s = settings(stack().endpoints, provider, user);
  return { email: user, imap: s.imap, password, ...(withSmtp ? { smtp: s.smtp } : {}) };
}

const newProvider = () => ({ expectedMx: [], hosts: [stack().endpoints.providers.new.host] });

function probes(timeoutMs = 30_000, withOldSmtp = true) {
  return startProbeRun({
    address,
    old: account('old', address, withOldSmtp),
    new: account('new'),
    network: stackNetwork(stack().endpoints),
    language: 'en',
    timeoutMs,
    pollMs: 500,
    mxState: 'switched',
  }).done;
}

async function seedInbox(
  provider: ProviderName,
  to: string,
  from: string,
  subject: string,
  date?: Date,
) {
  const raw = [
    `From: ${from}`,
    `To: ${to}`,
    `Subject: ${subject}`,
    `Message-ID: <${crypto.randomUUID()}@sender.test>`,
    `Date: ${(date ?? new Date()).toUTCString()}`,
    '',
    'hello',
    '',
  ].join('\r\n');
  await stack().seedMessage(provider, to, 'INBOX', raw, date ? { internalDate: date } : {});
}

async function subjectsIn(provider: ProviderName, user: string): Promise<string[]> {
  const client = imapClient(stack().endpoints, provider, user, password);
  await client.connect();
  try {
    const box = await client.mailboxOpen('INBOX', { readOnly: true });
    if (box.exists === 0) return [];
    const subjects: string[] = [];
    for await (const m of client.fetch('1:*', { envelope: true }))
      subjects.push(m.envelope?.subject ?? '');
    return subjects;
  } finally {
    await client.logout().catch(() => client.close());
  }
}

beforeAll(async () => {
  dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'switchover-'));
  await stack().createUser('old', local, 'family.test', password);
  await stack().createUser('new', local, 'family.test', password);
});

afterAll(async () => {
  // Leave the shared stack as it started for the next file.
  await stack().setOldProviderHostsDomain('family.test', false);
  await stack().resetDnsRecords();
  await stack().switchMx('family.test', 'old');
  await fsp.rm(dataDir, { recursive: true, force: true });
});

describe('where the mail goes now (MX)', () => {
  it('not switched, then switched: from the resolver and the domain’s own name server', async () => {
    await stack().switchMx('family.test', 'old');
    const before = await checkMx({ dns: dns(), domain: 'family.test', provider: newProvider() });
    expect(before.state).toBe('not-switched');
    expect(before.resolver.hosts).toMatchObject([{ exchange: 'mail.old.test', provider: 'old' }]);
    expect(before.authoritative).toHaveLength(1);
    expect(before.authoritative[0]).toMatchObject({
      nameServer: 'ns1.family.test',
      hosts: [{ exchange: 'mail.old.test' }],
    });
    await stack().switchMx('family.test', 'new');
    const after = await checkMx({ dns: dns(), domain: 'family.test', provider: newProvider() });
    expect(after.state).toBe('switched');
    expect(after.cached).toBe(false);
    // The kit's list decides when given: a host not on it is not the new provider's.
    const kit = await checkMx({
      dns: dns(),
      domain: 'family.test',
      provider: { expectedMx: ['mx.elsewhere.test'], hosts: [] },
    });
    expect(kit.state).toBe('not-switched');
  });

  it('mixed: one MX host at each provider', async () => {
    await stack().switchMx('family.test', 'new');
    await stack().setExtraMx('family.test', [{ host: 'mail.old.test', priority: 20 }]);
    try {
      const view = await checkMx({ dns: dns(), domain: 'family.test', provider: newProvider() });
      expect(view.state).toBe('mixed');
      expect(view.resolver.hosts.map((h) => [h.exchange, h.provider]).sort()).toEqual([
        ['mail.new.test', 'new'],
        ['mail.old.test', 'old'],
      ]);
    } finally {
      await stack().setExtraMx('family.test', null);
    }
  });

  it('TTL estimate: a 2-hour record means "within about 2 hours", remembered after the switch', async () => {
    await stack().setMxTtl(7200);
    try {
      await stack().switchMx('family.test', 'old');
      const before = await checkMx({ dns: dns(), domain: 'family.test', provider: newProvider() });
      expect(before.estimate).toEqual({ seconds: 7200, hours: 2, basis: 'old-record-ttl' });
      await stack().switchMx('family.test', 'new');
      const after = await checkMx({
        dns: dns(),
        domain: 'family.test',
        provider: newProvider(),
        rememberedOldTtl: 7200,
      });
      expect(after.state).toBe('switched');
      expect(after.estimate).toMatchObject({ hours: 2, basis: 'old-record-ttl' });
    } finally {
      await stack().setMxTtl(null);
    }
    const normal = await checkMx({ dns: dns(), domain: 'family.test', provider: newProvider() });
    expect(normal.estimate).toEqual({ seconds: 60, hours: 1, basis: 'record-ttl' });
  });
});

describe('probes both ways: the 2×2 outcome', () => {
  it('MX new: both probes arrive in the new account → done', async () => {
    await stack().switchMx('family.test', 'new');
    const run = await probes();
    expect(run.outcome).toBe('done');
    expect(run.probes.old).toMatchObject({ status: 'arrived', landedIn: 'new', folder: 'inbox' });
    expect(run.probes.new).toMatchObject({ status: 'arrived', landedIn: 'new', folder: 'inbox' });
  });

  it('MX new but the old provider still hosts the domain → old-provider.delivers-internally', async () => {
    await stack().switchMx('family.test', 'new');
    await stack().setOldProviderHostsDomain('family.test', true);
    try {
      const run = await probes();
      expect(run.outcome).toBe('old-provider.delivers-internally');
      expect(run.probes.old).toMatchObject({ status: 'arrived', landedIn: 'old' });
      expect(run.probes.new).toMatchObject({ status: 'arrived', landedIn: 'new' });
    } finally {
      await stack().setOldProviderHostsDomain('family.test', false);
    }
  });

  it('MX old: the probe through the new provider lands in the old account → dns.not-switched', async () => {
    await stack().switchMx('family.test', 'old');
    const run = await probes();
    expect(run.outcome).toBe('dns.not-switched');
    expect(run.probes.new).toMatchObject({ status: 'arrived', landedIn: 'old' });
    expect(run.probes.old).toMatchObject({ status: 'arrived', landedIn: 'old' });
  });

  it('nothing arrives (held at the new provider) → probe.not-arrived after the countdown', async () => {
    await stack().switchMx('family.test', 'new');
    const rules = new PostfixRules(stack());
    await rules.apply({ [address]: 'HOLD' }, {});
    const progress: number[] = [];
    try {
      const run = await startProbeRun({
        address,
        old: account('old'),
        new: account('new'),
        network: stackNetwork(stack().endpoints),
        language: 'en',
        timeoutMs: 6000,
        pollMs: 500,
        onProgress: (r) => progress.push(r.remainingMs),
      }).done;
      expect(run.outcome).toBe('probe.not-arrived');
      expect(run.probes.old.status).toBe('not-arrived');
      expect(run.probes.new.status).toBe('not-arrived');
      // The countdown went down while waiting.
      expect(progress.some((ms) => ms > 0 && ms < 6000)).toBe(true);
      expect(progress.at(-1)).toBe(0);
    } finally {
      await rules.discard(await rules.held(address));
      await rules.restore();
    }
  });

  it('an old account without SMTP: that probe is skipped and said so', async () => {
    await stack().switchMx('family.test', 'new');
    const run = await probes(30_000, false);
    expect(run.probes.old).toEqual({
      via: 'old',
      status: 'skipped',
      skippedBecause: 'old-smtp-unknown',
    });
    expect(run.probes.new).toMatchObject({ landedIn: 'new' });
    expect(run.outcome).toBe('done');
  });
});

function summary(role: AccountRole, email: string, provider: ProviderName): AccountSummary {
  const s = settings(stack().endpoints, provider, email);
  return { role, email, imap: s.imap, smtp: s.smtp, passwordStorage: 'session', source: 'manual' };
}

describe('the service: stragglers, completion, new address', () => {
  it('a straggler at the old inbox is copied exactly once (IDLE, then re-checks), then the switch completes', async () => {
    await stack().switchMx('family.test', 'new');
    let clock = Date.now();
    const events: SwitchCheckState[] = [];
    const service = createSwitchCheckService({
      credentials: async (role) => ({ account: summary(role, address, role), password }),
      currentKit: () => null,
      network: stackNetwork(stack().endpoints),
      dns: dns(),
      dataDir,
      language: () => 'en',
      emit: (name, payload) => {
        if (name === 'switchCheck.changed') events.push(payload as SwitchCheckState);
      },
      now: () => new Date(clock),
      probePollMs: 500,
      intervalSeconds: 3600,
    });
    try {
      const watching = await service.watch(true);
      expect(watching.mx?.state).toBe('switched');
      expect(watching.stragglers.watching).toBe(true);
      expect(watching.stragglers.copied).toEqual([]);
      // Mail arrives at the old inbox after the switch (a sender with a stale MX).
      const subject = `late ${crypto.randomUUID()}`;
      await seedInbox('old', address, 'Aunt Ida <ida@elsewhere.test>', subject);
      // IDLE notices it and a re-check copies it.
      const deadline = Date.now() + 20_000;
      while (!events.some((e) => e.stragglers.copied.length > 0) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200));
      }
      const seen = events.find((e) => e.stragglers.copied.length > 0);
      expect(seen?.stragglers.copied).toMatchObject([{ from: 'ida@elsewhere.test', subject }]);
      // Re-checks neither copy nor list it again.
      await service.check();
      const again = await service.check();
      expect(again.stragglers.copied).toHaveLength(1);
      expect((await subjectsIn('new', address)).filter((s) => s === subject)).toHaveLength(1);

      // Probes pass; the switch is complete only once 48 h passed without a straggler.
      await service.probe(30);
      expect((await service.probeResult())?.outcome).toBe('done');
      const waiting = await service.check();
      expect(waiting.completion.complete).toBe(false);
      expect(waiting.completion.waitingFor).toEqual(['quiet-period']);
      clock += 49 * 3600_000;
      const done = await service.check();
      expect(done.completion).toMatchObject({ complete: true, waitingFor: [] });
      expect(done.completion.keepOldAccountUntil).not.toBeNull();
    } finally {
      await service.close();
    }
  });

  it('new address: lists who still writes to the old address since the switch date', async () => {
    const oldUser = `ola-${id}@old.test`;
    const newUser = `nia-${id}@new.test`;
    await stack().createUser('old', `ola-${id}`, 'old.test', password);
    await stack().createUser('new', `nia-${id}`, 'new.test', password);
    const since = new Date(Date.now() - 86_400_000);
    await seedInbox(
      'old',
      oldUser,
      'Bank <news@bank.test>',
      'statement',
      new Date(Date.now() - 3600_000),
    );
    await seedInbox(
      'old',
      oldUser,
      'Bank <news@bank.test>',
      'statement 2',
      new Date(Date.now() - 1800_000),
    );
    await seedInbox(
      'old',
      oldUser,
      'Club <info@club.test>',
      'meeting',
      new Date(Date.now() - 600_000),
    );
    await seedInbox(
      'old',
      oldUser,
      'Old Friend <friend@past.test>',
      'years ago',
      new Date(Date.now() - 40 * 86_400_000),
    );
    const service = createSwitchCheckService({
      credentials: async (role) => ({
        account: summary(role, role === 'old' ? oldUser : newUser, role),
        password,
      }),
      currentKit: () => null,
      network: stackNetwork(stack().endpoints),
      dns: dns(),
      dataDir: path.join(dataDir, 'new-address'),
      language: () => 'en',
      emit: () => undefined,
    });
    const status = await service.status();
    expect(status?.mode).toBe('new-address');
    const { senders } = await service.senders(since.toISOString());
    expect(senders.map((s) => [s.address, s.messages])).toEqual([
      ['news@bank.test', 2],
      ['info@club.test', 1],
    ]);
    expect(senders[0]?.name).toBe('Bank');
    const copied = await service.copyInbox();
    expect(copied.copied).toBe(4);
    expect((await service.copyInbox()).copied).toBe(0);
    await service.close();
  });

  it("every check goes through the app's network: host names only its DNS knows (IDLE, stragglers, senders)", async () => {
    await stack().switchMx('family.test', 'new');
    const byNameLocal = `swn-${id}`;
    const byNameAddress = `${byNameLocal}@family.test`;
    await stack().createUser('old', byNameLocal, 'family.test', password);
    await stack().createUser('new', byNameLocal, 'family.test', password);
    // imap.old.test / imap.new.test resolve only through the stack's DNS, not the system's.
    const byName = (role: AccountRole): AccountSummary => {
      const s = summary(role, byNameAddress, role);
      const hostname = stack().endpoints.providers[role].imapHostname;
      return { ...s, imap: { ...s.imap, host: hostname } };
    };
    const events: SwitchCheckState[] = [];
    const service = createSwitchCheckService({
      credentials: async (role) => ({ account: byName(role), password }),
      currentKit: () => null,
      network: stackNetwork(stack().endpoints),
      dns: dns(),
      dataDir: path.join(dataDir, 'by-name'),
      language: () => 'en',
      emit: (name, payload) => {
        if (name === 'switchCheck.changed') events.push(payload as SwitchCheckState);
      },
      intervalSeconds: 3600,
    });
    try {
      await service.watch(true);
      const subject = `late by name ${crypto.randomUUID()}`;
      await seedInbox('old', byNameAddress, 'Uncle Bo <bo@elsewhere.test>', subject);
      // Only the IDLE watcher (the timer is an hour) can wake the re-check that copies it.
      const deadline = Date.now() + 20_000;
      while (!events.some((e) => e.stragglers.copied.length > 0) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200));
      }
      const seen = events.find((e) => e.stragglers.copied.length > 0);
      expect(seen?.stragglers.error).toBeUndefined();
      expect(seen?.stragglers.copied).toMatchObject([{ from: 'bo@elsewhere.test', subject }]);
      const { senders } = await service.senders(new Date(Date.now() - 3600_000).toISOString());
      expect(senders.map((s) => s.address)).toEqual(['bo@elsewhere.test']);
    } finally {
      await service.close();
    }
  });
});

describe('switchover confirm (child process)', () => {
  /** `switchover confirm` for the person's address, both providers given by URL. */
  const confirmCli = (extraArgs: string[], env: NodeJS.ProcessEnv, sources = false) => {
    const e = stack().endpoints;
    const user = encodeURIComponent(address);
    const urls = (p: ProviderName) => {
      const x = e.providers[p];
      return `imap://${user}@${x.host}:${x.imaps}?tls=implicit smtp://${user}@${x.host}:${x.submission}?tls=starttls`;
    };
    return runSwitchover(
      ['confirm', '--address', address, '--old', urls('old'), '--new', urls('new'), ...extraArgs],
      {
        ...process.env,
        NODE_EXTRA_CA_CERTS: e.caCertPath,
        SWITCHOVER_DNS: e.env.SWITCHOVER_DNS,
        SWITCHOVER_DNS_AUTH_PORT: String(e.dns.port),
        SWITCHOVER_PASSWORD: password,
        ...env,
      },
      { sources },
    );
  };

  it('says in its text when the name servers could not be asked, gives no old TTL after the switch, and ends at once', async () => {
    await stack().switchMx('family.test', 'new');
    // A port no name server listens on: only the resolver answers.
    const silent = await new Promise<number>((resolve) => {
      const socket = dgram.createSocket('udp4');
      socket.bind(0, '127.0.0.1', () => {
        const { port } = socket.address();
        socket.close(() => resolve(port));
      });
    });
    const run = await confirmCli(['--timeout', '30'], {
      SWITCHOVER_DNS_AUTH_PORT: String(silent),
    });
    expect(run.out, run.err).toContain('The switch is confirmed.');
    expect(run.out).toMatch(
      /The domain's own name servers could not be asked \(ns1\.family\.test: .+\): the MX state comes from the resolver/,
    );
    // The record's 60 s TTL is the new record's: not "Old MX record TTL: about 1 h".
    expect(run.out).not.toContain('Old MX record TTL');
    expect(run.code).toBe(0);
    // The probe watchers' connections are closed by then: nothing keeps the terminal waiting.
    expect(run.ms - run.lastOutputMs).toBeLessThan(1000);
  });

  it('exits 0 when MX is switched and both probes arrived in the new account, 1 otherwise', async () => {
    await stack().switchMx('family.test', 'new');
    const confirm = async () => {
      const { code, out, err, lines } = await confirmCli(['--json', '--timeout', '30'], {}, true);
      expect(out).not.toContain(password);
      return {
        code,
        err,
        result: lines.at(-1) ?? {},
      };
    };
    const ok = await confirm();
    expect(ok.result, ok.err).toMatchObject({
      type: 'result',
      confirmed: true,
      mx: { state: 'switched' },
      probes: { outcome: 'done' },
    });
    expect(ok.code).toBe(0);
    await stack().setOldProviderHostsDomain('family.test', true);
    try {
      const trap = await confirm();
      expect(trap.result, trap.err).toMatchObject({
        confirmed: false,
        probes: { outcome: 'old-provider.delivers-internally' },
      });
      expect(trap.code).toBe(1);
    } finally {
      await stack().setOldProviderHostsDomain('family.test', false);
    }
  });
});
