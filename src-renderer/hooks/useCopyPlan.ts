import { useCallback, useEffect, useRef, useState } from 'react';
import { SwitchoverError, type CallInput, type CopyPlan } from '../../src-main/contract';
import { api } from '../api';

export interface CopyPlanState {
  plan: CopyPlan | undefined;
  loading: boolean;
  error: SwitchoverError | undefined;
  /** Lists both accounts again (after a copy, the new side has changed). */
  refresh: () => void;
  change: (change: CallInput<'copy.changePlan'>) => Promise<void>;
}

/** Both folder trees and the plan, asked for when the screen opens. */
export function useCopyPlan(): CopyPlanState {
  const [plan, setPlan] = useState<CopyPlan>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<SwitchoverError>();
  const latest = useRef(0);

  // Answers only: setting state before the call would run inside the effect below.
  const load = useCallback((refresh: boolean) => {
    const request = ++latest.current;
    api.call('copy.plan', refresh ? { refresh } : {}).then(
      (answer) => {
        if (request !== latest.current) return;
        setPlan(answer);
        setError(undefined);
        setLoading(false);
      },
      (caught: unknown) => {
        if (request !== latest.current) return;
        setError(SwitchoverError.from(caught));
        setLoading(false);
      },
    );
  }, []);

  useEffect(() => load(false), [load]);

  const refresh = useCallback(() => {
    setLoading(true);
    load(true);
  }, [load]);

  const change = useCallback(async (input: CallInput<'copy.changePlan'>) => {
    try {
      setPlan(await api.call('copy.changePlan', input));
    } catch (caught) {
      setError(SwitchoverError.from(caught));
    }
  }, []);

  return { plan, loading, error, refresh, change };
}
