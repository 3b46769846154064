/**
 * Stable error codes. The renderer maps each to a plain sentence and a next step, so a code is
 * never renamed once shipped; a new failure mode gets a new code.
 */
export const errorCodes = [
  // the app and its transports
  'internal',
  'ipc.unknown-call',
  'ipc.invalid-input',
  'ipc.invalid-output',
  'ipc.invalid-message',
  'ipc.forbidden-sender',
  'bridge.unauthorized',
  'bridge.disconnected',
  'settings.unavailable',
  // signing in (accounts, vault, kit)
  'settings.not-found',
  'auth.failed',
  'auth.app-password-required',
  'auth.oauth-only',
  'imap.disabled',
  'net.dns-not-found',
  'net.unreachable',
  'net.timeout',
  'tls.untrusted',
  'tls.required',
  'smtp.auth-failed',
  'smtp.port-blocked',
  'account.missing',
  'vault.unavailable',
  'auth.password-missing',
  'kit.invalid',
  // signing in with the provider's own page (OAuth2)
  'oauth.cancelled',
  'oauth.timeout',
  'oauth.consent-refused',
  'oauth.wrong-account',
  'oauth.revoked',
  'oauth.blocked',
  'oauth.no-client-id',
  'oauth.failed',
  // copying
  'imap.connection-lost',
  'imap.too-many-connections',
  'imap.command-failed',
  // a server that sent what no IMAP server may (oversized, or not IMAP at all)
  'imap.response-too-large',
  'imap.protocol-violation',
  'folder.not-found',
  'quota.exceeded',
  'message.too-big',
  'message.rejected',
  'copy.cancelled',
  'copy.verify-failed',
  'copy.busy',
  'copy.no-job',
  // what big providers answer when a copy is large (imap/providerAnswers.ts)
  'provider.throttled',
  'provider.unavailable',
  'provider.daily-limit',
  // send test and switch checks
  'smtp.rejected',
  'smtp.relay-denied',
  'smtp.sender-rejected',
  'probe.not-arrived',
  'probe.in-junk',
  'dns.not-switched',
  'old-provider.delivers-internally',
  // done: phone setup, backup, report
  'files.write-failed',
  'backup.cancelled',
] as const;

export type ErrorCode = (typeof errorCodes)[number];
