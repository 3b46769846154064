import { useCallback, useEffect, useState } from 'react';
import { SwitchoverError, type CallOutput } from '../../src-main/contract';
import { api } from '../api';
import { i18n } from '../i18n';

export type AppInfo = CallOutput<'app.info'>;

export type AppInfoState =
  | { status: 'loading' }
  | { status: 'ready'; info: AppInfo }
  | { status: 'failed'; error: SwitchoverError };

/** Asks the main side who it is; its answer also sets the starting language. */
export function useAppInfo(): AppInfoState & { retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<AppInfoState>({ status: 'loading' });

  useEffect(() => {
    let stale = false;
    api.call('app.info', {}).then(
      (info) => {
        if (stale) return;
        void i18n.changeLanguage(info.language);
        setState({ status: 'ready', info });
      },
      (error: unknown) => {
        if (!stale) setState({ status: 'failed', error: SwitchoverError.from(error) });
      },
    );
    return () => {
      stale = true;
    };
  }, [attempt]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((previous) => previous + 1);
  }, []);

  return { ...state, retry };
}
