import { useCallback, useEffect, useState } from 'react';
import type { SwitchoverError, SendTestState } from '../../src-main/contract';
import { api } from '../api';
import { runAction } from './runAction';

export interface SendTestHookState {
  /** Undefined until Switchover has said; null when no test ever ran. */
  current: SendTestState | null | undefined;
  /** A start or an answer that Switchover refused (e.g. account.missing). */
  error: SwitchoverError | undefined;
  busy: boolean;
  /** Starts a test (also to `to` when given); resolves false when it could not start. */
  start: (to?: string) => Promise<boolean>;
  /** The person's answer about the second address. */
  confirmExtra: (arrived: boolean) => Promise<void>;
}

export function isRunning(state: SendTestState | null | undefined): boolean {
  return state?.phase === 'sending' || state?.phase === 'waiting';
}

/** Keeps the newer of two states: a finished test never goes back to waiting. */
function newer(known: SendTestState | null | undefined, next: SendTestState): SendTestState {
  if (known && known.probeId === next.probeId && known.outcome && !next.outcome) return known;
  return next;
}

/**
 * The send test as the main side knows it: read once (so a reloaded window shows a running or
 * finished test again), then kept current by sendTest.progress and sendTest.finished.
 */
export function useSendTest(): SendTestHookState {
  const [current, setCurrent] = useState<SendTestState | null>();
  const [error, setError] = useState<SwitchoverError>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let stale = false;
    api.call('sendTest.status', {}).then(
      (answer) => {
        if (stale) return;
        setCurrent((known) => (known ? known : answer.current));
      },
      () => {
        if (!stale) setCurrent((known) => known ?? null);
      },
    );
    const update = (state: SendTestState) => setCurrent((known) => newer(known, state));
    const offProgress = api.on('sendTest.progress', update);
    const offFinished = api.on('sendTest.finished', update);
    return () => {
      stale = true;
      offProgress();
      offFinished();
    };
  }, []);

  const start = useCallback(async (to?: string): Promise<boolean> => {
    const send = async () => {
      await api.call('sendTest.start', to ? { to } : {});
      // The first progress event may come before or after this answer; ask once more so the
      // screen shows the running test even if that event was missed.
      const { current: state } = await api.call('sendTest.status', {});
      if (state) setCurrent((known) => newer(known, state));
    };
    return runAction(send, setBusy, setError);
  }, []);

  const confirmExtra = useCallback(
    async (arrived: boolean) => {
      if (!current) return;
      const confirm = async () => {
        const answer = await api.call('sendTest.confirmExtra', {
          probeId: current.probeId,
          arrived,
        });
        setCurrent((known) => newer(known, answer.current));
      };
      await runAction(confirm, setBusy, setError);
    },
    [current],
  );

  return { current, error, busy, start, confirmExtra };
}
