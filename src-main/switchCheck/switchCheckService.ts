// Screen 6 as a service: one state the renderer reads and is told about, re-checked on a timer
// while watching (MX, and the old inbox for stragglers, which IDLE also wakes).

import path from 'node:path';
import { cardForDomain, cardForHost } from '../accounts';
import {
  SwitchoverError,
  type AccountRole,
  type AccountSummary,
  type EventName,
  type EventPayload,
  type HealthCheck,
  type Kit,
  type Language,
  type MxView,
  type ProbeRun,
  type Sender,
  type SwitchCheckState,
} from '../contract';
import type { CopyEndpoint } from '../copy';
import type { DnsClient } from '../dns';
import { completion } from './completion';
import { checkDnsHealth } from './dnsHealth';
import { checkMx, type NewProvider } from './mxCheck';
import { sendersSince } from './oldSenders';
import { watchOldInbox, type InboxWatcher } from './oldInboxWatcher';
import { defaultProbeTimeoutMs, startProbeRun, type ProbeRunJob } from './probeRun';
import { copyStragglers } from './stragglers';
import { readMemory, writeMemory, type SwitchCheckMemory } from './switchCheckMemory';
import { startCopy } from '../copy';
import type { Network } from '../net';
import type { Secret } from '../oauth';

type Credentials = { account: AccountSummary; password: Secret };

export interface SwitchCheckServiceDeps {
  credentials(role: AccountRole): Promise<Credentials>;
  currentKit(): Kit | null;
  network: Network;
  dns: DnsClient;
  dataDir: string;
  language(): Language;
  emit<N extends 'switchCheck.changed' | 'switchCheck.probeProgress'>(
    name: N & EventName,
    payload: EventPayload<N>,
  ): void;
  /** Injectable clock (tests move it past the quiet period). */
  now?: () => Date;
  quietPeriodMs?: number;
  probeTimeoutMs?: number;
  /** Probe watchers search again this often when IDLE brings no news. */
  probePollMs?: number;
  intervalSeconds?: number;
}

export interface SwitchCheckService {
  status(): Promise<SwitchCheckState | null>;
  check(): Promise<SwitchCheckState>;
  watch(active: boolean, intervalSeconds?: number): Promise<SwitchCheckState>;
  probe(timeoutSeconds?: number): Promise<{ runId: string }>;
  /** The running (or last) probe run, once it has finished. */
  probeResult(): Promise<ProbeRun | null>;
  health(): Promise<{ domain: string; checks: HealthCheck[] }>;
  senders(since?: string): Promise<{ since: string; senders: Sender[] }>;
  copyInbox(): Promise<{ copied: number; alreadyThere: number }>;
  /** On start: a watch that was on when Switchover closed goes on again. */
  resume(): Promise<void>;
  close(): Promise<void>;
}

const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

export function newProviderOf(account: AccountSummary, kit: Kit | null): NewProvider {
  return {
    expectedMx: kit?.expectedMx ?? [],
    hosts: [account.imap.host, ...(account.smtp ? [account.smtp.host] : [])],
  };
}

export function createSwitchCheckService(deps: SwitchCheckServiceDeps): SwitchCheckService {
  const now = deps.now ?? (() => new Date());
  const defaultInterval = deps.intervalSeconds ?? 300;
  let memory: SwitchCheckMemory | undefined;
  let mx: MxView | null = null;
  let probeJob: ProbeRunJob | undefined;
  let probeRun: ProbeRun | null = null;
  let watcher: InboxWatcher | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stragglerError: SwitchoverError | undefined;
  let lastCheckAt: string | null = null;
  let checking: Promise<unknown> | undefined;

  const remember = async () => {
    memory ??= await readMemory(deps.dataDir);
    return memory;
  };
  const save = async () => {
    if (memory) await writeMemory(deps.dataDir, memory);
  };
  const accounts = async () => {
    const [old, fresh] = await Promise.all([deps.credentials('old'), deps.credentials('new')]);
    return { old, fresh };
  };
  const endpoint = (c: Credentials): CopyEndpoint => ({
    settings: c.account.imap,
    password: c.password,
  });

  const snapshot = async (): Promise<SwitchCheckState> => {
    const m = await remember();
    const { old, fresh } = await accounts();
    const sameAddress = old.account.email.toLowerCase() === fresh.account.email.toLowerCase();
    const card = cardForDomain(domainOf(old.account.email)) ?? cardForHost(old.account.imap.host);
    const last = probeRun ?? m.lastProbes ?? null;
    return {
      mode: sameAddress ? 'same-address' : 'new-address',
      address: old.account.email,
      newAddress: fresh.account.email,
      mx,
      probes: last,
      stragglers: {
        watching: watcher !== undefined,
        since: m.since ?? null,
        lastCheckAt,
        copied: m.stragglers,
        lastArrivalAt: m.lastStragglerAt ?? null,
        ...(stragglerError ? { error: stragglerError.toWire() } : {}),
      },
      completion: completion({
        mxState: mx?.state,
        probeOutcome: last?.outcome,
        probesPassedAt: m.probesPassedAt ? new Date(m.probesPassedAt) : undefined,
        lastStragglerAt: m.lastStragglerAt ? new Date(m.lastStragglerAt) : undefined,
        now: now(),
        ...(deps.quietPeriodMs !== undefined ? { quietPeriodMs: deps.quietPeriodMs } : {}),
      }),
      watch: { active: timer !== undefined, intervalSeconds: m.intervalSeconds ?? defaultInterval },
      oldProviderLinks: card?.links ?? [],
    };
  };
  const changed = async () => {
    const state = await snapshot();
    deps.emit('switchCheck.changed', state);
    return state;
  };

  const checkMxNow = async () => {
    const m = await remember();
    const fresh = await deps.credentials('new');
    mx = await checkMx({
      dns: deps.dns,
      domain: domainOf(fresh.account.email),
      provider: newProviderOf(fresh.account, deps.currentKit()),
      ...(m.oldMxTtl !== undefined ? { rememberedOldTtl: m.oldMxTtl } : {}),
      now,
    });
    const oldTtls = [...mx.resolver.hosts, ...mx.authoritative.flatMap((a) => a.hosts)]
      .filter((h) => h.provider === 'old')
      .map((h) => h.ttl);
    if (oldTtls.length > 0) m.oldMxTtl = Math.max(...oldTtls);
  };

  const checkStragglers = async () => {
    const m = await remember();
    if (m.since === undefined) return;
    const { old, fresh } = await accounts();
    // Only the same-address case has stragglers: a new address keeps the old one by design.
    if (old.account.email.toLowerCase() !== fresh.account.email.toLowerCase()) return;
    try {
      const result = await copyStragglers({
        old: endpoint(old),
        target: endpoint(fresh),
        since: new Date(m.since),
        dataDir: path.join(deps.dataDir, 'switchover-copy'),
        listed: new Set(m.listedKeys),
        now,
        network: deps.network,
      });
      stragglerError = undefined;
      if (result.copied.length > 0) {
        m.stragglers.push(...result.copied);
        m.listedKeys.push(...result.keys);
        m.lastStragglerAt = result.copied
          .map((s) => s.receivedAt)
          .reduce((a, b) => (a > b ? a : b), m.lastStragglerAt ?? '');
      }
    } catch (error) {
      stragglerError = SwitchoverError.from(error);
    }
    lastCheckAt = now().toISOString();
  };

  const check = async () => {
    // One check at a time; a second caller waits for the running one, then checks again.
    while (checking) await checking.catch(() => undefined);
    const run = (async () => {
      await checkMxNow();
      await checkStragglers();
      await save();
    })();
    checking = run;
    try {
      await run;
    } finally {
      checking = undefined;
    }
    return changed();
  };

  const startWatching = async (intervalSeconds: number) => {
    const m = await remember();
    m.since ??= now().toISOString();
    m.watchActive = true;
    m.intervalSeconds = intervalSeconds;
    await save();
    clearInterval(timer);
    timer = setInterval(() => void check().catch(() => undefined), intervalSeconds * 1000);
    if (!watcher) {
      const old = await deps.credentials('old');
      let pending: NodeJS.Timeout | undefined;
      watcher = watchOldInbox({
        server: old.account.imap,
        password: old.password,
        network: deps.network,
        // A burst of arrivals is one re-check, a moment after the last.
        onNews: () => {
          clearTimeout(pending);
          pending = setTimeout(() => void check().catch(() => undefined), 1000);
        },
      });
    }
  };

  const stopWatching = async () => {
    clearInterval(timer);
    timer = undefined;
    const w = watcher;
    watcher = undefined;
    await w?.stop();
  };

  return {
    async status() {
      try {
        return await snapshot();
      } catch (error) {
        if (error instanceof SwitchoverError && error.code === 'account.missing') return null;
        throw error;
      }
    },
    check,
    async watch(active, intervalSeconds) {
      if (active) {
        await startWatching(
          intervalSeconds ?? (await remember()).intervalSeconds ?? defaultInterval,
        );
        return check();
      }
      await stopWatching();
      const m = await remember();
      m.watchActive = false;
      await save();
      return changed();
    },
    async probe(timeoutSeconds) {
      if (probeJob && probeRun?.phase !== 'finished') return { runId: probeJob.state.runId };
      const { old, fresh } = await accounts();
      if (!fresh.account.smtp) {
        throw new SwitchoverError('settings.not-found', 'The new account has no outgoing server.');
      }
      if (!mx) await checkMxNow().catch(() => undefined);
      const job = startProbeRun({
        address: old.account.email,
        old: {
          email: old.account.email,
          imap: old.account.imap,
          password: old.password,
          ...(old.account.smtp ? { smtp: old.account.smtp } : {}),
        },
        new: {
          email: fresh.account.email,
          imap: fresh.account.imap,
          smtp: fresh.account.smtp,
          password: fresh.password,
        },
        network: deps.network,
        language: deps.language(),
        timeoutMs: timeoutSeconds
          ? timeoutSeconds * 1000
          : (deps.probeTimeoutMs ?? defaultProbeTimeoutMs),
        ...(mx ? { mxState: mx.state } : {}),
        ...(deps.probePollMs ? { pollMs: deps.probePollMs } : {}),
        onProgress: (run) => {
          probeRun = run;
          deps.emit('switchCheck.probeProgress', run);
        },
      });
      probeJob = job;
      probeRun = structuredClone(job.state);
      void job.done
        .then(async (final) => {
          probeRun = final;
          const m = await remember();
          m.lastProbes = final;
          if (final.outcome === 'done') m.probesPassedAt = now().toISOString();
          await save();
          await changed();
        })
        .catch(() => undefined);
      return { runId: job.state.runId };
    },
    async probeResult() {
      if (!probeJob) return probeRun;
      await probeJob.done.catch(() => undefined);
      // Let the bookkeeping after `done` run first.
      await new Promise((r) => setTimeout(r, 0));
      return probeRun;
    },
    async health() {
      const fresh = await deps.credentials('new');
      const domain = domainOf(fresh.account.email);
      const kit = deps.currentKit();
      const provider = newProviderOf(fresh.account, kit);
      const checks = await checkDnsHealth({
        dns: deps.dns,
        domain,
        newProviderHosts: [...provider.hosts, ...provider.expectedMx],
        ...(kit?.dkimSelectors ? { dkimSelectors: kit.dkimSelectors } : {}),
      });
      return { domain, checks };
    },
    async senders(since) {
      const m = await remember();
      const from = since ?? m.since ?? new Date(now().getTime() - 30 * 86_400_000).toISOString();
      const { old, fresh } = await accounts();
      const senders = await sendersSince(endpoint(old), new Date(from), { network: deps.network }, [
        old.account.email,
        fresh.account.email,
      ]);
      return { since: from, senders };
    },
    async copyInbox() {
      const { old, fresh } = await accounts();
      const job = startCopy({
        source: endpoint(old),
        target: endpoint(fresh),
        dataDir: path.join(deps.dataDir, 'switchover-copy'),
        folders: ['INBOX'],
        network: deps.network,
      });
      const report = await job.done;
      if (report.status !== 'complete' && report.stopReason) {
        throw SwitchoverError.fromWire(report.stopReason);
      }
      return { copied: report.copied, alreadyThere: report.alreadyThere };
    },
    async resume() {
      const m = await remember();
      if (m.watchActive) {
        await startWatching(m.intervalSeconds ?? defaultInterval);
        void check().catch(() => undefined);
      }
    },
    async close() {
      probeJob?.cancel();
      await stopWatching();
    },
  };
}
