import type { TFunction } from 'i18next';
import type { ErrorCode, SwitchoverError } from '../../../src-main/contract';
import { certificateProblem, errorAdvice, type ErrorAdvice } from '../../errorAdvice';

/** The send-test failures explained in their own words, by their key under sendTest.errors. */
const sendTestKeys = {
  'smtp.auth-failed': 'authFailed',
  'smtp.port-blocked': 'portBlocked',
  'tls.untrusted': 'tlsUntrusted',
  'smtp.rejected': 'rejected',
  'smtp.relay-denied': 'relayDenied',
  'smtp.sender-rejected': 'senderRejected',
  'probe.not-arrived': 'notArrived',
  'probe.in-junk': 'inJunk',
  'account.missing': 'accountMissing',
} as const satisfies Partial<Record<ErrorCode, string>>;

type SendTestCode = keyof typeof sendTestKeys;

function isSendTestCode(code: ErrorCode): code is SendTestCode {
  return Object.hasOwn(sendTestKeys, code);
}

/** Codes whose next step is signing in to the new account again (screen 3). */
export const signInAgainCodes: readonly ErrorCode[] = ['account.missing', 'smtp.auth-failed'];

function detail(error: SwitchoverError, name: string): unknown {
  const details: unknown = error.details;
  return details && typeof details === 'object' && name in details
    ? (details as Record<string, unknown>)[name]
    : undefined;
}

function seconds(ms: unknown): number | undefined {
  return typeof ms === 'number' && Number.isFinite(ms)
    ? Math.max(1, Math.round(ms / 1000))
    : undefined;
}

/** The server's own words for a refusal (details.serverText), when it gave any. */
export function serverWords(error: SwitchoverError): string | undefined {
  const text = detail(error, 'serverText');
  return typeof text === 'string' && text.trim() !== '' ? text.trim() : undefined;
}

/**
 * A plain sentence and a next step for a send test that failed. Codes of the send test get words
 * of their own (the same code means something else while signing in); any other falls back to the
 * sign-in advice.
 */
export function sendTestAdvice(
  error: SwitchoverError,
  t: TFunction,
  context: { address: string; timeoutMs?: number },
): ErrorAdvice {
  if (!isSendTestCode(error.code)) return errorAdvice(error, t);
  const key = sendTestKeys[error.code];
  const values = {
    address: context.address,
    count:
      seconds(detail(error, key === 'inJunk' ? 'arrivedAfterMs' : 'timeoutMs')) ??
      seconds(context.timeoutMs) ??
      0,
  };
  let text = t(`sendTest.errors.${key}.text`, values);
  if (key === 'tlsUntrusted') {
    const problem = certificateProblem(error);
    if (problem) text = `${text} ${t(`signInErrors.${problem}`)}`;
  }
  return { text, next: t(`sendTest.errors.${key}.next`, values) };
}
