import type { TFunction } from 'i18next';
import type { ErrorCode, SwitchoverError } from '../../src-main/contract';
import { certificateProblem } from './certificateProblem';
import { errorDetail } from './errorDetail';
import { errorKeys, type ErrorKeys, type SignInScreen } from './errorKeys';

export interface ErrorAdvice {
  /** What happened, in one plain sentence. */
  text: string;
  /** What to do about it. */
  next: string;
}

function keysOf(code: ErrorCode): ErrorKeys {
  return errorKeys[code] ?? {};
}

/** "Not trusted" gains the reason, where the certificate says which. */
function withCertificateProblem(text: string, error: SwitchoverError, t: TFunction): string {
  if (error.code !== 'tls.untrusted') return text;
  const problem = certificateProblem(error);
  return problem ? `${text} ${t(`signInErrors.${problem}`)}` : text;
}

/** The app's sentence for an error, or the plain message the main side wrote for it. */
export function plainErrorMessage(error: SwitchoverError, t: TFunction): string {
  const key = keysOf(error.code).app;
  return key ? t(`errors.${key}`) : error.message;
}

/** The addresses of oauth.wrong-account, when the main side named both. */
function wrongAccountAdvice(error: SwitchoverError, t: TFunction): ErrorAdvice | undefined {
  if (error.code !== 'oauth.wrong-account') return undefined;
  const chosen = errorDetail(error, 'chosen');
  const expected = errorDetail(error, 'expected');
  if (typeof chosen !== 'string' || typeof expected !== 'string') return undefined;
  return {
    text: t('signInErrors.oauthWrongAccount.textNamed', { chosen, expected }),
    next: t('signInErrors.oauthWrongAccount.nextNamed', { expected }),
  };
}

/** A plain sentence and a next step for any error; unknown codes get a general next step. */
export function errorAdvice(error: SwitchoverError, t: TFunction): ErrorAdvice {
  const key = keysOf(error.code).signIn;
  if (!key) return { text: plainErrorMessage(error, t), next: t('signInErrors.genericNext') };
  return (
    wrongAccountAdvice(error, t) ?? {
      text: withCertificateProblem(t(`signInErrors.${key}.text`), error, t),
      next: t(`signInErrors.${key}.next`),
    }
  );
}

/** Microsoft's AADSTS code of oauth.blocked: the administrator looks it up. */
export function adminCode(error: SwitchoverError): string | undefined {
  if (error.code !== 'oauth.blocked') return undefined;
  const code = errorDetail(error, 'aadsts');
  return typeof code === 'string' && /^AADSTS\d+$/.test(code) ? code : undefined;
}

/** The copy screen's sentence, never the main side's English for the codes a copy meets. */
export function copyErrorText(error: SwitchoverError, t: TFunction): string {
  const key = keysOf(error.code).copy;
  return key ? t(`copy.errors.${key}`) : plainErrorMessage(error, t);
}

function seconds(ms: unknown): number | undefined {
  return typeof ms === 'number' && Number.isFinite(ms)
    ? Math.max(1, Math.round(ms / 1000))
    : undefined;
}

/** A failed send test's sentence and next step; other codes get the sign-in advice. */
export function sendTestAdvice(
  error: SwitchoverError,
  t: TFunction,
  context: { address: string; timeoutMs?: number },
): ErrorAdvice {
  const key = keysOf(error.code).sendTest;
  if (!key) return errorAdvice(error, t);
  const values = {
    address: context.address,
    count:
      seconds(errorDetail(error, key === 'inJunk' ? 'arrivedAfterMs' : 'timeoutMs')) ??
      seconds(context.timeoutMs) ??
      0,
  };
  return {
    text: withCertificateProblem(t(`sendTest.errors.${key}.text`, values), error, t),
    next: t(`sendTest.errors.${key}.next`, values),
  };
}

/** Whether only a new sign-in mends it, so this screen offers the way back. */
export function needsSignIn(error: SwitchoverError, screen: SignInScreen): boolean {
  return keysOf(error.code).signInAgain?.includes(screen) ?? false;
}

/** Whether the fix is in the server settings, which the sign-in form then opens. */
export function fixIsInSettings(error: SwitchoverError): boolean {
  return keysOf(error.code).inSettings ?? false;
}
