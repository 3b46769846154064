import { useCallback, useEffect, useRef, useState } from 'react';
import { SwitchoverError, type CallInput, type CopyPlan } from '../../src-main/contract';
import { api } from '../api';

export interface CopyPlanState {
  plan: CopyPlan | undefined;
  loading: boolean;
  /** A copy ended since the plan was asked for: the new side's counts are being listed again. */
  recounting: boolean;
  error: SwitchoverError | undefined;
  /** Lists both accounts again (the retry after a failed listing). */
  refresh: () => void;
  change: (change: CallInput<'copy.changePlan'>) => Promise<void>;
}

/**
 * Both folder trees and the plan, asked for when the screen opens and again each time a copy
 * ends (`copiesEnded`, from useCopyJob): the main side then lists the new account again.
 */
export function useCopyPlan(copiesEnded = 0): CopyPlanState {
  const [plan, setPlan] = useState<CopyPlan>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<SwitchoverError>();
  // The copies that had ended when the plan shown was asked for.
  const [countedAfter, setCountedAfter] = useState(copiesEnded);
  const latest = useRef(0);

  // Answers only: setting state before the call would run inside the effect below.
  const load = useCallback((refresh: boolean, endedBefore: number) => {
    const request = ++latest.current;
    api.call('copy.plan', refresh ? { refresh } : {}).then(
      (answer) => {
        if (request !== latest.current) return;
        setPlan(answer);
        setCountedAfter(endedBefore);
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

  useEffect(() => load(false, copiesEnded), [load, copiesEnded]);

  const refresh = useCallback(() => {
    setLoading(true);
    load(true, copiesEnded);
  }, [load, copiesEnded]);

  const change = useCallback(async (input: CallInput<'copy.changePlan'>) => {
    try {
      setPlan(await api.call('copy.changePlan', input));
    } catch (caught) {
      setError(SwitchoverError.from(caught));
    }
  }, []);

  return { plan, loading, recounting: countedAfter < copiesEnded, error, refresh, change };
}
