import crypto from 'node:crypto';
import {
  SwitchoverError,
  type Language,
  type SendTestExtra,
  type SendTestNotice,
  type SendTestOutcome,
  type SendTestState,
  type ServerSettings,
} from '../contract';
import { probeMessage } from './probeMessage';
import { watchForProbe, type Sighting } from './probeWatcher';
import { sendProbe, type SentProbe } from './sendProbe';
import { SmtpTranscript } from '../smtp';
import type { Network } from '../net';
import { redactable } from '../oauth';
import type { Secret } from '../oauth';

export const defaultSendTestTimeoutMs = 120_000;

export interface SendTestRequest {
  /** The new address: the probe goes from it, to it. */
  address: string;
  smtp: ServerSettings;
  imap: ServerSettings;
  password: Secret;
  network: Network;
  language: Language;
  /** A second address the person typed; its arrival is theirs to confirm. */
  extra?: string;
  /** From the click until the probe counts as not arrived (default 2 minutes). */
  timeoutMs?: number;
  /** How often progress is reported while waiting (default 1 s). */
  progressEveryMs?: number;
  /** Search interval per folder when IDLE brings no news (default 2 s). */
  pollMs?: number;
  smtpTimeoutMs?: number;
}

export interface SendTestJob {
  readonly probeId: string;
  state(): SendTestState;
  /** Every state change and a tick about once a second; `final` on the last one. */
  on(listener: (state: SendTestState, final: boolean) => void): () => void;
  readonly done: Promise<SendTestState>;
  /** Records the person's answer about the extra address. */
  confirmExtra(arrived: boolean): SendTestState;
}

function waitUntil(ms: number): { promise: Promise<'timeout'>; cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), Math.max(0, ms));
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

/**
 * One click of "Send a test": sends a tagged message through the new account's SMTP, then watches
 * INBOX and Junk for it until it arrives or the time is up. Never throws: every failure ends as an
 * outcome with a stable code, the SMTP transcript (credentials removed) kept for "Details".
 */
export function startSendTest(request: SendTestRequest): SendTestJob {
  const probeId = crypto.randomUUID();
  const timeoutMs = request.timeoutMs ?? defaultSendTestTimeoutMs;
  const started = Date.now();
  const message = probeMessage(request.address, request.language, request.extra);
  const transcript = new SmtpTranscript(redactable(request.password));
  const listeners = new Set<(state: SendTestState, final: boolean) => void>();
  let extra: SendTestExtra | undefined =
    message.to.length > 1 && request.extra
      ? { address: request.extra, status: 'pending', confirmed: 'unknown' }
      : undefined;
  let phase: SendTestState['phase'] = 'sending';
  let outcome: SendTestOutcome | undefined;
  let finishedAt = started;

  const state = (): SendTestState => ({
    probeId,
    phase,
    startedAt: new Date(started).toISOString(),
    elapsedMs: Math.max(0, (outcome ? finishedAt : Date.now()) - started),
    timeoutMs,
    address: request.address,
    ...(extra ? { extra } : {}),
    ...(outcome ? { outcome } : {}),
  });
  const emit = (final = false) => {
    const snapshot = state();
    for (const listener of listeners) listener(snapshot, final);
  };

  const run = async (): Promise<SendTestOutcome> => {
    let sent: SentProbe | undefined;
    let notices: SendTestNotice[] = [];
    const failed = (error: unknown): SendTestOutcome => ({
      ok: false,
      error: SwitchoverError.from(error).toWire(),
      ...(sent ? { usedPort: sent.usedPort } : {}),
      notices,
      transcript: transcript.lines,
    });
    // Connect to the inbox while the message is on its way: it is searched for by its tag, so
    // nothing is missed whichever comes first.
    const watch = watchForProbe({
      server: request.imap,
      password: request.password,
      network: request.network,
      token: message.token,
      ...(request.pollMs ? { pollMs: request.pollMs } : {}),
    });
    try {
      try {
        sent = await sendProbe(message, {
          server: request.smtp,
          password: request.password,
          network: request.network,
          transcript,
          ...(request.smtpTimeoutMs ? { timeoutMs: request.smtpTimeoutMs } : {}),
        });
      } catch (error) {
        return failed(error);
      }
      notices = sent.notices;
      const sentAfterMs = Date.now() - started;
      const refusedOwn = sent.refused.find(
        (r) => r.address.toLowerCase() === request.address.toLowerCase(),
      );
      if (extra) {
        const refusal = sent.refused.find(
          (r) => r.address.toLowerCase() === extra?.address.toLowerCase(),
        );
        extra = refusal
          ? { ...extra, status: 'refused', error: refusal.error }
          : { ...extra, status: 'sent' };
      }
      if (refusedOwn) return failed(SwitchoverError.fromWire(refusedOwn.error));
      phase = 'waiting';
      emit();

      // However long sending took, the inbox gets at least a moment to be looked at.
      const deadline = waitUntil(Math.max(timeoutMs - (Date.now() - started), 1000));
      let seen: Sighting | 'timeout';
      try {
        seen = await Promise.race([watch.sighting, deadline.promise]);
      } catch (error) {
        return failed(error);
      } finally {
        deadline.cancel();
      }
      if (seen === 'timeout') {
        return failed(
          new SwitchoverError(
            'probe.not-arrived',
            `The test message did not arrive within ${Math.round(timeoutMs / 1000)} seconds.`,
            { timeoutMs, messageId: message.messageId, serverResponse: sent.response },
          ),
        );
      }
      const arrivedAfterMs = seen.at - started;
      if (seen.folder === 'junk') {
        return failed(
          new SwitchoverError(
            'probe.in-junk',
            `The test message arrived after ${Math.round(arrivedAfterMs / 1000)} seconds, but in the Junk folder.`,
            { arrivedAfterMs, folder: 'junk', path: seen.path, messageId: message.messageId },
          ),
        );
      }
      return {
        ok: true,
        arrivedAfterMs,
        sentAfterMs,
        folder: 'inbox',
        usedPort: sent.usedPort,
        notices,
        messageId: message.messageId,
        transcript: transcript.lines,
      };
    } finally {
      await watch.stop();
    }
  };

  const ticker = setInterval(() => emit(), request.progressEveryMs ?? 1000);
  const done = run()
    .catch((error: unknown) => ({
      ok: false as const,
      error: SwitchoverError.from(error).toWire(),
      notices: [],
      transcript: transcript.lines,
    }))
    .then((result) => {
      clearInterval(ticker);
      finishedAt = Date.now();
      outcome = result;
      phase = result.ok ? 'arrived' : 'failed';
      emit(true);
      return state();
    });
  // The first state goes out once the caller had a chance to subscribe.
  queueMicrotask(() => emit());

  return {
    probeId,
    state,
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    done,
    confirmExtra(arrived) {
      if (!extra) {
        throw new SwitchoverError(
          'ipc.invalid-input',
          'This test was not sent to a second address.',
        );
      }
      extra = { ...extra, confirmed: arrived ? 'arrived' : 'not-arrived' };
      return state();
    },
  };
}
