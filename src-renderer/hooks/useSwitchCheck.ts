import { useCallback, useEffect, useState } from 'react';
import {
  SwitchoverError,
  type CallOutput,
  type ProbeRun,
  type SwitchCheckState,
} from '../../src-main/contract';
import { api } from '../api';
import { runAction } from './runAction';

export interface SwitchCheckHookState {
  /** Undefined until Switchover has said; null when an account is not signed in yet. */
  state: SwitchCheckState | null | undefined;
  /** The running or last probe run, kept current by the countdown events. */
  probes: ProbeRun | null;
  /** A check, watch or probe start that Switchover refused. */
  error: SwitchoverError | undefined;
  checking: boolean;
  startingProbes: boolean;
  check: () => Promise<void>;
  startProbes: () => Promise<void>;
}

export function probesRunning(run: ProbeRun | null | undefined): boolean {
  return run !== null && run !== undefined && run.phase !== 'finished';
}

/** The newer of two views of the probes: a finished run never goes back to waiting. */
export function newerRun(known: ProbeRun | null, next: ProbeRun | null): ProbeRun | null {
  if (!known) return next;
  if (!next) return known;
  if (known.runId !== next.runId) return next.startedAt >= known.startedAt ? next : known;
  if (known.phase === 'finished') return known;
  if (next.phase === 'finished') return next;
  return next.remainingMs <= known.remainingMs ? next : known;
}

// Watch on and off are queued: a screen that unmounts and mounts again at once (React's strict
// mode, a quick Back and Next) must end with the watch in the state of the last call.
let watchQueue: Promise<unknown> = Promise.resolve();
function setWatch(active: boolean): Promise<SwitchCheckState> {
  const call = watchQueue.then(() => api.call('switchCheck.watch', { active }));
  watchQueue = call.catch(() => undefined);
  return call;
}

/**
 * Screen 6 as the main side knows it: read once, watched while the screen is open (MX re-checks,
 * IDLE on the old inbox), and kept current by switchCheck.changed and switchCheck.probeProgress.
 */
export function useSwitchCheck(): SwitchCheckHookState {
  const [state, setState] = useState<SwitchCheckState | null>();
  const [probes, setProbes] = useState<ProbeRun | null>(null);
  const [error, setError] = useState<SwitchoverError>();
  const [checking, setChecking] = useState(false);
  const [startingProbes, setStartingProbes] = useState(false);

  const take = useCallback((next: SwitchCheckState) => {
    setState(next);
    setProbes((known) => newerRun(known, next.probes));
  }, []);

  useEffect(() => {
    let stale = false;
    let watching = false;
    const offChanged = api.on('switchCheck.changed', take);
    const offProgress = api.on('switchCheck.probeProgress', (run) =>
      setProbes((known) => newerRun(known, run)),
    );
    api.call('switchCheck.status', {}).then(
      ({ current }) => {
        if (stale) return;
        if (current) take(current);
        else setState(null);
        if (!current) return;
        watching = true;
        setChecking(true);
        setWatch(true).then(
          (next) => {
            if (stale) return;
            take(next);
            setChecking(false);
          },
          (caught: unknown) => {
            if (stale) return;
            setError(SwitchoverError.from(caught));
            setChecking(false);
          },
        );
      },
      (caught: unknown) => {
        if (stale) return;
        setError(SwitchoverError.from(caught));
        setState(null);
      },
    );
    return () => {
      stale = true;
      offChanged();
      offProgress();
      if (watching) void setWatch(false).catch(() => undefined);
    };
  }, [take]);

  const check = useCallback(async () => {
    await runAction(
      async () => take(await api.call('switchCheck.check', {})),
      setChecking,
      setError,
    );
  }, [take]);

  const startProbes = useCallback(async () => {
    const start = async () => {
      await api.call('switchCheck.probe', {});
      // The first countdown event may come before this answer; ask once so the run shows.
      const { current } = await api.call('switchCheck.status', {});
      if (current) take(current);
    };
    await runAction(start, setStartingProbes, setError);
  }, [take]);

  return { state, probes, error, checking, startingProbes, check, startProbes };
}

type Health = CallOutput<'switchCheck.health'>;

/** DNS health, asked for when wanted (it is for the helper, behind a disclosure). */
export function useDnsHealth() {
  const [health, setHealth] = useState<Health>();
  const [error, setError] = useState<SwitchoverError>();
  const [loading, setLoading] = useState(false);

  const load = useCallback(async () => {
    await runAction(
      async () => setHealth(await api.call('switchCheck.health', {})),
      setLoading,
      setError,
    );
  }, []);

  return { health, error, loading, load };
}

type Senders = CallOutput<'switchCheck.senders'>;
type InboxCopy = CallOutput<'switchCheck.copyInbox'>;

/** New-address case: who still writes to the old address, and copying their mail across. */
export function useOldSenders(wanted: boolean) {
  const [senders, setSenders] = useState<Senders>();
  const [error, setError] = useState<SwitchoverError>();
  const [copy, setCopy] = useState<InboxCopy>();
  const [copying, setCopying] = useState(false);

  useEffect(() => {
    if (!wanted) return;
    let stale = false;
    api.call('switchCheck.senders', {}).then(
      (answer) => {
        if (!stale) setSenders(answer);
      },
      (caught: unknown) => {
        if (!stale) setError(SwitchoverError.from(caught));
      },
    );
    return () => {
      stale = true;
    };
  }, [wanted]);

  const copyInbox = useCallback(async () => {
    await runAction(
      async () => setCopy(await api.call('switchCheck.copyInbox', {})),
      setCopying,
      setError,
    );
  }, []);

  return { senders, error, copy, copying, copyInbox };
}
