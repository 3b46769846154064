import { useCallback, useEffect, useState } from 'react';
import {
  SwitchoverError,
  type CallInput,
  type CopyJobView,
  type CopyProgressView,
} from '../../src-main/contract';
import { api } from '../api';

export interface CopyJobState {
  /** Undefined until Switchover has said; null when no copy ever ran. */
  job: CopyJobView | null | undefined;
  /** A start, pause, resume or cancel that failed. */
  error: SwitchoverError | undefined;
  busy: boolean;
  /** Copies this window has heard end (here or in another window): each changed the new side. */
  copiesEnded: number;
  start: (input: CallInput<'copy.start'>) => Promise<boolean>;
  pause: () => void;
  resume: () => void;
  cancel: () => void;
}

export function isLive(job: CopyJobView | null | undefined): boolean {
  return job?.status === 'running' || job?.status === 'paused';
}

/** Shown with its progress: live, or waiting for a provider's limit to go on by itself. */
export function isOngoing(job: CopyJobView | null | undefined): boolean {
  return isLive(job) || job?.status === 'waiting';
}

function withProgress(job: CopyJobView, progress: CopyProgressView): CopyJobView {
  if (job.jobId !== progress.jobId || !isLive(job)) return job;
  return { ...job, progress, status: progress.phase === 'paused' ? 'paused' : 'running' };
}

/**
 * The copy job as the main side knows it: read once (so a reloaded window shows a running job
 * again), then kept current by copy.progress and copy.finished.
 */
export function useCopyJob(): CopyJobState {
  const [job, setJob] = useState<CopyJobView | null>();
  const [error, setError] = useState<SwitchoverError>();
  const [busy, setBusy] = useState(false);
  const [copiesEnded, setCopiesEnded] = useState(0);

  const reload = useCallback(() => {
    api.call('copy.status', {}).then(
      (answer) => setJob(answer.job),
      () => setJob((known) => known ?? null),
    );
  }, []);

  useEffect(() => {
    reload();
    const offProgress = api.on('copy.progress', (progress) => {
      setJob((known) => {
        // A job this window did not start (another window, or before a reload): ask for it.
        if (!known || known.jobId !== progress.jobId) {
          reload();
          return known;
        }
        return withProgress(known, progress);
      });
    });
    const offFinished = api.on('copy.finished', (finished) => {
      setJob((known) => (!known || known.jobId === finished.jobId ? finished : known));
      // Counted from the event itself: a copy can end before this window ever saw it running.
      setCopiesEnded((count) => count + 1);
    });
    return () => {
      offProgress();
      offFinished();
    };
  }, [reload]);

  const act = useCallback(
    async (run: () => Promise<CopyJobView>): Promise<boolean> => {
      setBusy(true);
      setError(undefined);
      try {
        const next = await run();
        // The finished event may already have arrived for this job: keep the newer of the two.
        setJob((known) => (known?.jobId === next.jobId && !isOngoing(known) ? known : next));
        return true;
      } catch (caught) {
        const error = SwitchoverError.from(caught);
        // The job ended a moment ago (pause or stop pressed as it finished): show how it ended.
        if (error.code === 'copy.no-job') reload();
        else setError(error);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [reload],
  );

  return {
    job,
    error,
    busy,
    copiesEnded,
    start: (input) => act(() => api.call('copy.start', input)),
    pause: () => void act(() => api.call('copy.pause', {})),
    resume: () => void act(() => api.call('copy.resume', {})),
    cancel: () => void act(() => api.call('copy.cancel', {})),
  };
}
