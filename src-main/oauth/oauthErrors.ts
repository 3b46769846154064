import { SwitchoverError } from '../errors';

/**
 * What an authorization server's `error` (RFC 6749 §4.1.2.1, §5.2) means for the person. The
 * provider's own words stay in Details, Microsoft's AADSTS code too (an administrator can look
 * it up); the tokens never appear there.
 */

/** Microsoft Entra ID codes that mean a work or school administrator blocks this app. */
const blockedByAdmin = [
  'AADSTS65001', // consent needs an administrator
  'AADSTS90094', // administrator consent required
  'AADSTS90095',
  'AADSTS53003', // conditional access
  'AADSTS50105', // user not assigned to the app
  'AADSTS7000112', // application disabled
  'AADSTS530003',
];

export function aadstsCode(text: string | undefined): string | undefined {
  return /\bAADSTS\d+\b/.exec(text ?? '')?.[0];
}

export function authorizationError(
  error: string,
  description: string | undefined,
  provider: string,
): SwitchoverError {
  const details = { provider, error, ...(description ? { description } : {}) };
  const aadsts = aadstsCode(description);
  if (aadsts && blockedByAdmin.includes(aadsts))
    return new SwitchoverError(
      'oauth.blocked',
      `${provider} says a work or school administrator must allow Switchover first (${aadsts}).`,
      { ...details, aadsts },
    );
  if (error === 'access_denied' || error === 'consent_required')
    return new SwitchoverError(
      'oauth.consent-refused',
      `Switchover was not allowed to use the mailbox at ${provider}.`,
      details,
    );
  if (error === 'invalid_grant')
    return new SwitchoverError(
      'oauth.revoked',
      `${provider} no longer accepts Switchover's sign-in: sign in again.`,
      details,
    );
  if (error === 'unauthorized_client' || error === 'invalid_client')
    return new SwitchoverError(
      'oauth.no-client-id',
      `${provider} does not know this build of Switchover.`,
      details,
    );
  return new SwitchoverError('oauth.failed', `Signing in with ${provider} did not work.`, details);
}
