import type { TFunction } from 'i18next';
import type { ErrorCode, SwitchoverError } from '../src-main/contract';
import { plainErrorMessage } from './plainErrorMessage';

/** The sign-in failures the renderer explains itself, by their key under signInErrors. */
const adviceKeys = {
  'auth.failed': 'authFailed',
  'auth.app-password-required': 'authAppPasswordRequired',
  'auth.oauth-only': 'authOauthOnly',
  'imap.disabled': 'imapDisabled',
  'net.dns-not-found': 'netDnsNotFound',
  'net.unreachable': 'netUnreachable',
  'net.timeout': 'netTimeout',
  'tls.untrusted': 'tlsUntrusted',
  'tls.required': 'tlsRequired',
  'smtp.auth-failed': 'smtpAuthFailed',
  'smtp.port-blocked': 'smtpPortBlocked',
  'settings.not-found': 'settingsNotFound',
  'vault.unavailable': 'vaultUnavailable',
  'kit.invalid': 'kitInvalid',
} as const satisfies Partial<Record<ErrorCode, string>>;

type AdviceCode = keyof typeof adviceKeys;

function hasAdvice(code: ErrorCode): code is AdviceCode {
  return Object.hasOwn(adviceKeys, code);
}

export interface ErrorAdvice {
  /** What happened, in one plain sentence. */
  text: string;
  /** What to do about it. */
  next: string;
}

type CertificateProblem =
  'tlsSelfSigned' | 'tlsExpired' | 'tlsNotYetValid' | 'tlsWrongHost' | 'tlsUntrustedIssuer';

/** The main side names the problem in details.problem (see src-main/net/classifyFailure). */
const problemKeys: Record<string, CertificateProblem> = {
  'self-signed': 'tlsSelfSigned',
  expired: 'tlsExpired',
  'not-yet-valid': 'tlsNotYetValid',
  'wrong-host': 'tlsWrongHost',
  'untrusted-issuer': 'tlsUntrustedIssuer',
};

/**
 * Which certificate problem it was: "not trusted" alone gives the person nothing to act on.
 * details.problem decides; the message is only a fallback for errors from elsewhere.
 */
export function certificateProblem(error: SwitchoverError): CertificateProblem | undefined {
  const details: unknown = error.details;
  if (details && typeof details === 'object' && 'problem' in details) {
    const named = typeof details.problem === 'string' ? problemKeys[details.problem] : undefined;
    if (named) return named;
  }
  const text = error.message.toLowerCase();
  if (/self[- ]signed/.test(text)) return 'tlsSelfSigned';
  if (/not yet valid/.test(text)) return 'tlsNotYetValid';
  if (/expired/.test(text)) return 'tlsExpired';
  if (/wrong host|host ?name|altname/.test(text)) return 'tlsWrongHost';
  return undefined;
}

/** A plain sentence and a next step for any error; unknown codes get a general next step. */
export function errorAdvice(error: SwitchoverError, t: TFunction): ErrorAdvice {
  if (!hasAdvice(error.code)) {
    return { text: plainErrorMessage(error, t), next: t('signInErrors.genericNext') };
  }
  const key = adviceKeys[error.code];
  let text = t(`signInErrors.${key}.text`);
  if (key === 'tlsUntrusted') {
    const problem = certificateProblem(error);
    if (problem) text = `${text} ${t(`signInErrors.${problem}`)}`;
  }
  return { text, next: t(`signInErrors.${key}.next`) };
}
