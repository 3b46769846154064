import { useCallback, useEffect, useState } from 'react';
import { SwitchoverError, type BackupState } from '../../src-main/contract';
import { api } from '../api';
import { runAction } from './runAction';

export interface BackupHookState {
  /** Undefined until Switchover has said. */
  backup: BackupState | undefined;
  /** A start or cancel that Switchover refused. */
  error: SwitchoverError | undefined;
  busy: boolean;
  start: () => Promise<void>;
  cancel: () => Promise<void>;
}

export function backupRunning(state: BackupState | undefined): boolean {
  return state?.phase === 'running';
}

/**
 * The newer of two views of one backup: events and answers can cross, and a backup that has ended
 * never goes back to running, nor does progress go backwards.
 */
export function newerBackup(known: BackupState | undefined, next: BackupState): BackupState {
  if (!known || known.startedAt !== next.startedAt) return next;
  if (known.phase !== 'running' && next.phase === 'running') return known;
  if (known.phase === 'running' && next.phase === 'running') {
    return next.messagesDone >= known.messagesDone ? next : known;
  }
  return next;
}

/**
 * The backup of the old account as the main side knows it: read once (a reloaded window shows a
 * running backup again), then kept current by backup.progress.
 */
export function useBackup(): BackupHookState {
  const [backup, setBackup] = useState<BackupState>();
  const [error, setError] = useState<SwitchoverError>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let stale = false;
    const off = api.on('backup.progress', (state) =>
      setBackup((known) => newerBackup(known, state)),
    );
    api.call('backup.status', {}).then(
      (state) => {
        if (!stale) setBackup((known) => newerBackup(known, state));
      },
      (caught: unknown) => {
        if (stale) return;
        setError(SwitchoverError.from(caught));
      },
    );
    return () => {
      stale = true;
      off();
    };
  }, []);

  const act = useCallback(async (call: 'backup.start' | 'backup.cancel') => {
    const ask = async () => {
      const state = await api.call(call, {});
      setBackup((known) => newerBackup(known, state));
    };
    await runAction(ask, setBusy, setError);
  }, []);

  const start = useCallback(() => act('backup.start'), [act]);
  const cancel = useCallback(() => act('backup.cancel'), [act]);

  return { backup, error, busy, start, cancel };
}
