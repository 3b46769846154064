import type { ErrorCode } from '../../src-main/contract';
import type { Messages } from '../i18n/messages/en';
import type { CertificateProblem } from './certificateProblem';

/** The screens that offer a way back to signing in. */
export type SignInScreen = 'copy' | 'sendTest';

/** Where each screen finds its words for one code; a code without words keeps the main side's. */
export interface ErrorKeys {
  /** errors.<key>: one sentence, wherever a screen has no words of its own. */
  app?: keyof Messages['errors'];
  /** signInErrors.<key>.text and .next; the send test falls back to these too. */
  signIn?: Exclude<keyof Messages['signInErrors'], CertificateProblem | 'genericNext'>;
  /** copy.errors.<key>. */
  copy?: Exclude<keyof Messages['copy']['errors'], 'signInAgain'>;
  /** sendTest.errors.<key>.text and .next (the same code can mean something else at sign-in). */
  sendTest?: keyof Messages['sendTest']['errors'];
  /** Only signing in again mends it: these screens offer the way back. */
  signInAgain?: readonly SignInScreen[];
  /** The fix is in the server settings, so the sign-in form opens them by itself. */
  inSettings?: true;
}

/** Every code the renderer explains itself, and the words each screen uses for it. */
export const errorKeys: Partial<Record<ErrorCode, ErrorKeys>> = {
  internal: { app: 'internal' },
  'bridge.unauthorized': { app: 'unauthorized' },
  'bridge.disconnected': { app: 'disconnected' },
  'settings.not-found': { signIn: 'settingsNotFound', inSettings: true },
  'auth.failed': { signIn: 'authFailed', copy: 'authFailed', signInAgain: ['copy'] },
  'auth.app-password-required': { signIn: 'authAppPasswordRequired' },
  'auth.oauth-only': { signIn: 'authOauthOnly' },
  'oauth.cancelled': { signIn: 'oauthCancelled' },
  'oauth.timeout': { signIn: 'oauthTimeout' },
  'oauth.consent-refused': { signIn: 'oauthConsentRefused' },
  'oauth.wrong-account': { signIn: 'oauthWrongAccount' },
  'oauth.revoked': {
    signIn: 'oauthRevoked',
    copy: 'oauthRevoked',
    signInAgain: ['copy', 'sendTest'],
  },
  'oauth.blocked': { signIn: 'oauthBlocked', copy: 'oauthBlocked' },
  'oauth.no-client-id': { signIn: 'oauthNoClientId' },
  'oauth.failed': { signIn: 'oauthFailed' },
  'imap.disabled': { signIn: 'imapDisabled' },
  'net.dns-not-found': { signIn: 'netDnsNotFound', copy: 'network', inSettings: true },
  'net.unreachable': { signIn: 'netUnreachable', copy: 'network' },
  'net.timeout': { signIn: 'netTimeout', copy: 'network' },
  'tls.untrusted': { signIn: 'tlsUntrusted', sendTest: 'tlsUntrusted', inSettings: true },
  'tls.required': { signIn: 'tlsRequired', inSettings: true },
  'smtp.auth-failed': {
    signIn: 'smtpAuthFailed',
    sendTest: 'authFailed',
    signInAgain: ['sendTest'],
    inSettings: true,
  },
  'smtp.port-blocked': { signIn: 'smtpPortBlocked', sendTest: 'portBlocked', inSettings: true },
  'account.missing': {
    copy: 'accountMissing',
    sendTest: 'accountMissing',
    signInAgain: ['copy', 'sendTest'],
  },
  'vault.unavailable': { signIn: 'vaultUnavailable' },
  'auth.password-missing': { app: 'passwordMissing' },
  'kit.invalid': { signIn: 'kitInvalid' },
  'imap.connection-lost': { copy: 'connectionLost' },
  'imap.too-many-connections': { copy: 'tooManyConnections' },
  'imap.response-too-large': { app: 'serverUnreadable', copy: 'serverUnreadable' },
  'imap.protocol-violation': { app: 'serverUnreadable', copy: 'serverUnreadable' },
  'quota.exceeded': { copy: 'quotaExceeded' },
  'message.too-big': { copy: 'messageTooBig' },
  'copy.cancelled': { copy: 'cancelled' },
  'copy.busy': { copy: 'busy' },
  'copy.no-job': { copy: 'noJob' },
  // Waits, not failures, while a copy runs (the progress says so); these words are for a copy
  // that ended on one anyway, and for the screens that read the old account too (the backup).
  'provider.throttled': { app: 'providerThrottled', copy: 'providerThrottled' },
  'provider.unavailable': { app: 'providerUnavailable', copy: 'providerUnavailable' },
  'provider.daily-limit': { app: 'providerDailyLimit', copy: 'providerDailyLimit' },
  'smtp.rejected': { sendTest: 'rejected' },
  'smtp.relay-denied': { sendTest: 'relayDenied' },
  'smtp.sender-rejected': { sendTest: 'senderRejected' },
  'probe.not-arrived': { sendTest: 'notArrived' },
  'probe.in-junk': { sendTest: 'inJunk' },
  'files.write-failed': { app: 'filesWriteFailed' },
  'backup.cancelled': { app: 'backupCancelled' },
};
