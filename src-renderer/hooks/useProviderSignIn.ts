import { useCallback, useEffect, useRef, useState } from 'react';
import {
  SwitchoverError,
  type AccountRole,
  type AccountSummary,
  type CallInput,
  type EventPayload,
} from '../../src-main/contract';
import { api, opensSignInPageItself } from '../api';

/** How long the provider's page may take: the main side's limit (oauth/authorize.ts). */
export const signInPageMinutes = 10;

export type ProviderSignInState =
  | { status: 'idle' }
  /**
   * The provider's page is open; `url` and `deadline` once the main side said which page and
   * until when; `checking` once the page is done and the servers are being tried.
   */
  | { status: 'waiting'; url?: string; deadline?: number; checking?: boolean; cancelling: boolean }
  | { status: 'failed'; error: SwitchoverError };

/**
 * The one page a sign-in may open: the address the main side announced for the sign-in this
 * screen is waiting for (never a stray event's, never anything the page made up), and only
 * https or the loopback redirect the contract allows.
 */
export function pageToOpen(
  waitingFor: AccountRole | undefined,
  event: EventPayload<'accounts.authorize'>,
): string | undefined {
  if (waitingFor === undefined || event.role !== waitingFor) return undefined;
  let url: URL;
  try {
    url = new URL(event.url);
  } catch {
    return undefined;
  }
  const loopback = url.protocol === 'http:' && /^(127\.|localhost$|\[::1\]$)/.test(url.hostname);
  if (url.protocol !== 'https:' && !loopback) return undefined;
  if (url.username !== '' || url.password !== '') return undefined;
  return url.href;
}

/**
 * Signing in with the provider's own page: starts it, follows the page's address from the
 * `accounts.authorize` event (opening it in a new tab in browser mode), and cancels it.
 */
export function useProviderSignIn(
  role: AccountRole,
  onSignedIn: (summary: AccountSummary) => void,
): {
  state: ProviderSignInState;
  start: (input: Omit<CallInput<'accounts.signInWithProvider'>, 'role'>) => void;
  cancel: () => void;
  openAgain: () => void;
  reset: () => void;
} {
  const [state, setState] = useState<ProviderSignInState>({ status: 'idle' });
  // Read by the event listener and the unmount cleanup, which outlive a render.
  const waiting = useRef(false);
  const opened = useRef(false);
  const signedIn = useRef(onSignedIn);
  useEffect(() => {
    signedIn.current = onSignedIn;
  });

  useEffect(() => {
    const offAuthorize = api.on('accounts.authorize', (event) => {
      const url = pageToOpen(waiting.current ? role : undefined, event);
      if (url === undefined) return;
      const deadline = Date.parse(event.deadline);
      setState((now) =>
        now.status === 'waiting'
          ? { ...now, url, ...(Number.isFinite(deadline) ? { deadline } : {}) }
          : now,
      );
      // In the app the system browser has it already (and opens it again on request).
      if (opensSignInPageItself()) return;
      // Once per sign-in: the link is there for another time.
      if (!opened.current) {
        opened.current = true;
        window.open(url, '_blank', 'noopener,noreferrer');
      }
    });
    const offChecking = api.on('accounts.signInChecking', (event) => {
      if (!waiting.current || event.role !== role) return;
      setState((now) => (now.status === 'waiting' ? { ...now, checking: true } : now));
    });
    return () => {
      offAuthorize();
      offChecking();
    };
  }, [role]);

  // Leaving the screen stops a sign-in nobody would see finish.
  useEffect(
    () => () => {
      if (waiting.current) void api.call('accounts.cancelSignIn', { role }).catch(() => undefined);
    },
    [role],
  );

  const start = useCallback(
    (input: Omit<CallInput<'accounts.signInWithProvider'>, 'role'>) => {
      if (waiting.current) return;
      waiting.current = true;
      opened.current = false;
      setState({ status: 'waiting', cancelling: false });
      api.call('accounts.signInWithProvider', { ...input, role }).then(
        (summary) => {
          waiting.current = false;
          setState({ status: 'idle' });
          signedIn.current(summary);
        },
        (failure: unknown) => {
          waiting.current = false;
          setState({ status: 'failed', error: SwitchoverError.from(failure) });
        },
      );
    },
    [role],
  );

  const cancel = useCallback(() => {
    if (!waiting.current) return;
    setState((now) => (now.status === 'waiting' ? { ...now, cancelling: true } : now));
    // The waiting call then fails with oauth.cancelled, which says what happened.
    // Not stopped (the bridge was gone): Cancel can be pressed again.
    api.call('accounts.cancelSignIn', { role }).catch(() => {
      setState((now) => (now.status === 'waiting' ? { ...now, cancelling: false } : now));
    });
  }, [role]);

  /** The page again: the app opens it in the system browser (the tab may have been closed). */
  const openAgain = useCallback(() => {
    void api.call('accounts.openSignInPage', { role }).catch(() => undefined);
  }, [role]);

  const reset = useCallback(() => {
    if (!waiting.current) setState({ status: 'idle' });
  }, []);

  return { state, start, cancel, openAgain, reset };
}
