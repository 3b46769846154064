import { SwitchoverError } from '../errors';
import { providerAnswer } from './providerAnswers';

/** What imapflow, node:net and node:tls put on their errors (all optional). */
interface ImapLikeError {
  code?: unknown;
  message?: unknown;
  authenticationFailed?: unknown;
  serverResponseCode?: unknown;
  responseText?: unknown;
  responseStatus?: unknown;
}

const tlsCodes = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_UNTRUSTED',
  'CERT_REVOKED',
]);

const unreachableCodes = new Set([
  'ECONNREFUSED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EADDRNOTAVAIL',
]);

const timeoutCodes = new Set([
  'ETIMEDOUT',
  'ETIMEOUT',
  'CONNECT_TIMEOUT',
  'GREETING_TIMEOUT',
  'UPGRADE_TIMEOUT',
]);

const lostCodes = new Set([
  'ECONNRESET',
  'EPIPE',
  'NoConnection',
  'EConnectionClosed',
  'ClosedAfterConnectText',
  'ClosedAfterConnectTLS',
  'StateLogout',
  'ERR_SSL_DECRYPTION_FAILED_OR_BAD_RECORD_MAC',
]);

/** imapflow's codes for a response past its bounds (see responseLimits.ts for ours). */
const tooLargeCodes = new Set([
  'LiteralTooLarge',
  'LineTooLarge',
  'ResponseTooLarge',
  'TooManyTokens',
]);

/** imapflow's codes for an answer it could not parse. */
const unparsableCodes = new Set([
  'ParserError',
  'ParserErrorExchange',
  'InvalidTokenValue',
  'InvalidStringValue',
  'InvalidTextValue',
]);

const tooManyPattern =
  /too many (simultaneous )?connections|maximum number of connections|connection limit/i;

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * Maps a connection, TLS, login or command failure to a SwitchoverError with a stable code.
 * The server's own words (never credentials) are kept in details.serverText.
 */
export function classifyImapError(error: unknown): SwitchoverError {
  if (error instanceof SwitchoverError) return error;
  const e = (typeof error === 'object' && error !== null ? error : {}) as ImapLikeError;
  const code = text(e.code);
  const responseCode = text(e.serverResponseCode).toUpperCase();
  const serverText = text(e.responseText) || text(e.message);
  const details = { cause: code || responseCode || undefined, serverText };
  if (tooLargeCodes.has(code)) {
    return new SwitchoverError(
      'imap.response-too-large',
      'The server sent more than any mail server should.',
      details,
    );
  }
  if (unparsableCodes.has(code)) {
    return new SwitchoverError(
      'imap.protocol-violation',
      'The server sent something that is not IMAP.',
      details,
    );
  }
  // The code in front, as the server put it, once (a raw connection's text already has it).
  const provider = providerAnswer(
    responseCode && !serverText.trimStart().toUpperCase().startsWith(`[${responseCode}`)
      ? `[${responseCode}] ${serverText}`
      : serverText,
  );
  if (provider) return provider;
  if (tooManyPattern.test(serverText) || responseCode === 'LIMIT_CONNECTIONS') {
    return new SwitchoverError(
      'imap.too-many-connections',
      'The server refused another connection.',
      details,
    );
  }
  if (e.authenticationFailed === true || responseCode === 'AUTHENTICATIONFAILED') {
    return new SwitchoverError('auth.failed', 'The server did not accept the password.', details);
  }
  if (tlsCodes.has(code) || /certificate/i.test(text(e.message))) {
    return new SwitchoverError(
      'tls.untrusted',
      'The server’s security certificate could not be verified.',
      details,
    );
  }
  if (unreachableCodes.has(code)) {
    return new SwitchoverError('net.unreachable', 'The server could not be reached.', details);
  }
  if (timeoutCodes.has(code)) {
    return new SwitchoverError('net.timeout', 'The server did not answer in time.', details);
  }
  if (responseCode === 'OVERQUOTA' || /quota/i.test(serverText)) {
    return new SwitchoverError('quota.exceeded', 'The new mailbox is full.', details);
  }
  if (responseCode === 'LIMIT' || responseCode === 'TOOBIG' || responseCode === 'APPENDLIMIT') {
    return new SwitchoverError(
      'message.too-big',
      'The message is too big for the server.',
      details,
    );
  }
  if (lostCodes.has(code) || /connection (closed|lost|reset)|socket.*closed/i.test(serverText)) {
    return new SwitchoverError(
      'imap.connection-lost',
      'The connection to the server was lost.',
      details,
    );
  }
  if (responseCode === 'NONEXISTENT' || responseCode === 'TRYCREATE') {
    return new SwitchoverError('folder.not-found', 'The folder does not exist.', details);
  }
  if (e.responseStatus === 'NO' || e.responseStatus === 'BAD' || responseCode) {
    return new SwitchoverError('imap.command-failed', 'The server refused a command.', details);
  }
  return new SwitchoverError(
    'imap.connection-lost',
    'The connection to the server failed.',
    details,
  );
}

/**
 * Codes worth a reconnect and retry (bounded by the caller). A server that sent too much or
 * garbage fails that one connection: as with a dropped one, a fresh connection may do better.
 */
export function isTransientImapError(error: SwitchoverError): boolean {
  return (
    error.code === 'imap.connection-lost' ||
    error.code === 'net.timeout' ||
    error.code === 'imap.too-many-connections' ||
    error.code === 'provider.throttled' ||
    error.code === 'provider.unavailable' ||
    isBadResponseError(error)
  );
}

/** How long a provider asked to be left alone (provider.throttled), else 0. */
export function requestedWaitMs(error: SwitchoverError): number {
  const waitMs = (error.details as { waitMs?: unknown } | undefined)?.waitMs;
  return error.code === 'provider.throttled' && typeof waitMs === 'number' ? waitMs : 0;
}

/** The server broke a bound or the protocol (the message it was about is in details.uid). */
export function isBadResponseError(error: SwitchoverError): boolean {
  return error.code === 'imap.response-too-large' || error.code === 'imap.protocol-violation';
}

/** The server refused the login (a token it no longer takes is renewed once, see withSecret). */
export function isRefusedLogin(error: unknown): boolean {
  return error instanceof SwitchoverError && error.code === 'auth.failed';
}

/**
 * A refused AUTHENTICATE: a wrong password or token (auth.failed), unless the words say it was
 * something else — Gmail's "Too many simultaneous connections", a provider out for a moment —
 * which must never read as a wrong password.
 */
export function refusedLogin(line: string): SwitchoverError {
  const responseText = line.replace(/^\S+ \S+ /, '');
  const responseStatus = /^\S+ (NO|BAD)/i.exec(line)?.[1]?.toUpperCase();
  const code = /^\[([A-Z-]+)/i.exec(responseText)?.[1];
  const classified = classifyImapError({
    responseText,
    responseStatus,
    ...(code && code.toUpperCase() !== 'ALERT' ? { serverResponseCode: code } : {}),
  });
  if (classified.code === 'imap.too-many-connections' || classified.code.startsWith('provider.'))
    return classified;
  return new SwitchoverError('auth.failed', 'The server did not accept the sign-in.', {
    serverText: responseText,
  });
}
