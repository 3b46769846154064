// The probes both ways: one tagged message through the old provider's SMTP, one through the new
// provider's, both to the person's address, while both accounts' INBOX and Junk are watched.

import crypto from 'node:crypto';
import {
  SwitchoverError,
  type Language,
  type MxState,
  type Probe,
  type ProbeOutcome,
  type ProbeRun,
  type ServerSettings,
} from '../contract';
import { SmtpTranscript } from '../smtp';
import type { Network } from '../net';
import { probeMessage, sendProbe, watchForProbe, type ProbeWatch } from '../sendTest';
import { redactable } from '../oauth';
import type { Secret } from '../oauth';

export interface ProbeAccount {
  email: string;
  imap: ServerSettings;
  /** Absent for an old account whose outgoing server is not known: that probe is skipped. */
  smtp?: ServerSettings;
  password: Secret;
}

export interface ProbeRunOptions {
  /** The person's address: both probes go to it. */
  address: string;
  old: ProbeAccount;
  new: ProbeAccount;
  network: Network;
  language: Language;
  timeoutMs: number;
  /** Where MX points now: a probe kept by the old provider means the trap only once it is new. */
  mxState?: MxState;
  pollMs?: number;
  onProgress?: (run: ProbeRun) => void;
}

export const defaultProbeTimeoutMs = 10 * 60_000;

type Side = 'old' | 'new';

/** The 2×2 table, in the order the explanations need. */
export function probeOutcome(
  probes: { old: Probe; new: Probe },
  mxState: MxState | undefined,
): ProbeOutcome {
  const { old: viaOld, new: viaNew } = probes;
  if (viaNew.landedIn === 'old') return 'dns.not-switched';
  if (viaOld.landedIn === 'old' && (viaNew.landedIn === 'new' || mxState === 'switched')) {
    return 'old-provider.delivers-internally';
  }
  if (viaOld.landedIn === 'old') return 'dns.not-switched';
  if (viaNew.landedIn === 'new' && (viaOld.landedIn === 'new' || viaOld.status === 'skipped')) {
    return 'done';
  }
  if (viaNew.status === 'failed' || viaOld.status === 'failed') return 'probe.send-failed';
  return 'probe.not-arrived';
}

export interface ProbeRunJob {
  readonly state: ProbeRun;
  readonly done: Promise<ProbeRun>;
  cancel(): void;
}

export function startProbeRun(options: ProbeRunOptions): ProbeRunJob {
  const started = Date.now();
  const state: ProbeRun = {
    runId: crypto.randomUUID(),
    phase: 'sending',
    startedAt: new Date(started).toISOString(),
    timeoutMs: options.timeoutMs,
    remainingMs: options.timeoutMs,
    address: options.address,
    probes: {
      old: options.old.smtp
        ? { via: 'old', status: 'pending' }
        : { via: 'old', status: 'skipped', skippedBecause: 'old-smtp-unknown' },
      new: { via: 'new', status: 'pending' },
    },
    outcome: null,
  };
  const emit = () => {
    state.remainingMs = Math.max(0, options.timeoutMs - (Date.now() - started));
    options.onProgress?.(structuredClone(state));
  };
  const cancelled = new AbortController();
  const done = run(options, state, emit, started, cancelled.signal);
  done.catch(() => undefined);
  return { state, done, cancel: () => cancelled.abort() };
}

async function run(
  options: ProbeRunOptions,
  state: ProbeRun,
  emit: () => void,
  started: number,
  cancelled: AbortSignal,
): Promise<ProbeRun> {
  const sides: Side[] = state.probes.old.status === 'skipped' ? ['new'] : ['old', 'new'];
  const watches: ProbeWatch[] = [];
  const ticker = setInterval(emit, 1000);
  try {
    const sendings = sides.map(async (via) => {
      const probe = state.probes[via];
      const account = options[via];
      const smtp = account.smtp;
      if (!smtp) return;
      const message = { ...probeMessage(options.address, options.language), from: account.email };
      // Watch both accounts first: the connections are ready before the message can arrive.
      const seen = (['new', 'old'] as const).map((where) => {
        const watch = watchForProbe({
          server: options[where].imap,
          password: options[where].password,
          network: options.network,
          token: message.token,
          ...(options.pollMs ? { pollMs: options.pollMs } : {}),
        });
        watches.push(watch);
        return watch.sighting.then((s) => ({ where, folder: s.folder, at: s.at }));
      });
      probe.status = 'sending';
      emit();
      try {
        await sendProbe(message, {
          server: smtp,
          password: account.password,
          network: options.network,
          transcript: new SmtpTranscript(redactable(account.password)),
        });
      } catch (error) {
        probe.status = 'failed';
        probe.error = SwitchoverError.from(error).toWire();
        emit();
        return;
      }
      probe.status = 'waiting';
      emit();
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(
          () => resolve('timeout'),
          Math.max(0, options.timeoutMs - (Date.now() - started)),
        );
        cancelled.addEventListener('abort', () => resolve('timeout'), { once: true });
      });
      // A watch whose connection fails only loses its side; both failing fails the probe.
      const failures: unknown[] = [];
      const settled = seen.map((p) =>
        p.catch((error: unknown) => {
          failures.push(error);
          return new Promise<never>(() => undefined);
        }),
      );
      const allFailed = Promise.allSettled(seen).then((results) =>
        results.every((r) => r.status === 'rejected') ? ('failed' as const) : undefined,
      );
      const first = await Promise.race([
        ...settled,
        deadline,
        allFailed.then((v) => v ?? new Promise<never>(() => undefined)),
      ]);
      // A pending timer would keep a command-line run alive until the countdown ends.
      clearTimeout(timer);
      if (first === 'timeout') probe.status = 'not-arrived';
      else if (first === 'failed') {
        probe.status = 'failed';
        probe.error = SwitchoverError.from(failures[0]).toWire();
      } else {
        probe.status = 'arrived';
        probe.landedIn = first.where;
        probe.folder = first.folder;
        probe.arrivedAfterMs = Math.max(0, first.at - started);
      }
      emit();
    });
    await new Promise((r) => setTimeout(r, 0));
    state.phase = 'waiting';
    await Promise.all(sendings);
  } finally {
    clearInterval(ticker);
    await Promise.all(watches.map((w) => w.stop()));
  }
  state.phase = 'finished';
  state.outcome = probeOutcome(state.probes, options.mxState);
  emit();
  return structuredClone(state);
}
