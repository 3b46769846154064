import { useEffect, type Dispatch, type SetStateAction } from 'react';
import { journeySteps, type JourneyStep } from '../journeySteps';

/**
 * Work in the main process outlives a reload of the window (or a restart of Switchover): while
 * it is under way, a window that opens on the welcome screen opens on its step instead. A step
 * the person has already moved to is left alone.
 */
export function useResumeAfterReload(
  underWay: () => Promise<boolean>,
  step: JourneyStep,
  setStepIndex: Dispatch<SetStateAction<number>>,
): void {
  useEffect(() => {
    let stale = false;
    underWay().then(
      (yes) => {
        if (!stale && yes) {
          setStepIndex((index) => (index === 0 ? journeySteps.indexOf(step) : index));
        }
      },
      () => undefined,
    );
    return () => {
      stale = true;
    };
  }, [underWay, step, setStepIndex]);
}
