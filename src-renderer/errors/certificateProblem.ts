import type { SwitchoverError } from '../../src-main/contract';
import { errorDetail } from './errorDetail';

/** Each key is a sentence under signInErrors, added to the "not trusted" one. */
export type CertificateProblem =
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
  const problem = errorDetail(error, 'problem');
  const named = typeof problem === 'string' ? problemKeys[problem] : undefined;
  if (named) return named;
  const text = error.message.toLowerCase();
  if (/self[- ]signed/.test(text)) return 'tlsSelfSigned';
  if (/not yet valid/.test(text)) return 'tlsNotYetValid';
  if (/expired/.test(text)) return 'tlsExpired';
  if (/wrong host|host ?name|altname/.test(text)) return 'tlsWrongHost';
  return undefined;
}
