import { useCallback, useEffect, useRef, useState } from 'react';
import {
  emailSchema,
  SwitchoverError,
  type AccountRole,
  type DetectedSettings,
} from '../../src-main/contract';
import { api } from '../api';

/** Long enough not to look up every half-typed address, short enough to feel immediate. */
const typingPauseMs = 700;

export type Detection =
  | { status: 'idle' }
  | { status: 'detecting'; email: string }
  | { status: 'found'; email: string; settings: DetectedSettings }
  | { status: 'failed'; email: string; error: SwitchoverError };

export function isEmailAddress(text: string): boolean {
  return emailSchema.safeParse(text).success;
}

/**
 * Looks up an address's settings once the person pauses typing a complete address, or at once
 * when asked (the Continue button). Only the answer for the address now in the field counts.
 */
export function useDetection(
  role: AccountRole,
  typedEmail: string,
): { detection: Detection; detectNow: () => void } {
  const email = typedEmail.trim();
  const [latest, setLatest] = useState<Detection>({ status: 'idle' });
  const requested = useRef<string | undefined>(undefined);
  const requestCount = useRef(0);

  const run = useCallback(
    (address: string) => {
      requested.current = address;
      const request = ++requestCount.current;
      setLatest({ status: 'detecting', email: address });
      api.call('accounts.detect', { role, email: address }).then(
        (settings) => {
          if (request === requestCount.current)
            setLatest({ status: 'found', email: address, settings });
        },
        (error: unknown) => {
          if (request === requestCount.current)
            setLatest({ status: 'failed', email: address, error: SwitchoverError.from(error) });
        },
      );
    },
    [role],
  );

  useEffect(() => {
    if (!isEmailAddress(email) || requested.current === email) return;
    const timer = setTimeout(() => run(email), typingPauseMs);
    return () => clearTimeout(timer);
  }, [email, run]);

  const detectNow = useCallback(() => {
    if (!isEmailAddress(email)) return;
    // Asking again helps after a failure; while a lookup runs or has answered, it would not.
    const answered = latest.status !== 'idle' && latest.status !== 'failed';
    if (!(answered && latest.email === email)) run(email);
  }, [email, latest, run]);

  // An answer about an address no longer in the field is no answer at all.
  const detection: Detection =
    latest.status !== 'idle' && latest.email === email ? latest : { status: 'idle' };
  return { detection, detectNow };
}
