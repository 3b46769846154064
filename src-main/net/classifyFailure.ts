import type { ProviderCard, ServerSettings } from '../contract';
import { SwitchoverError, type ErrorCode } from '../errors';
import { redact } from './redact';

export interface FailureContext {
  protocol: 'imap' | 'smtp';
  server: ServerSettings;
  card?: ProviderCard;
  password?: string;
  /** The failure happened while looking the host name up. */
  phase?: 'dns' | 'connect';
}

interface ErrorLike {
  message?: string;
  code?: string;
  originalCode?: string;
  response?: unknown;
  responseText?: unknown;
  serverResponseCode?: unknown;
  authenticationFailed?: boolean;
  tlsFailed?: boolean;
  command?: string;
  reason?: string;
  cause?: unknown;
}

/** Certificate verification failures (Node's OpenSSL codes) and how the UI names them. */
const certificateProblems: Record<
  string,
  'self-signed' | 'expired' | 'wrong-host' | 'untrusted-issuer' | 'not-yet-valid'
> = {
  SELF_SIGNED_CERT_IN_CHAIN: 'self-signed',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed',
  CERT_HAS_EXPIRED: 'expired',
  CERT_NOT_YET_VALID: 'not-yet-valid',
  ERR_TLS_CERT_ALTNAME_INVALID: 'wrong-host',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'untrusted-issuer',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'untrusted-issuer',
  UNABLE_TO_GET_ISSUER_CERT: 'untrusted-issuer',
  CERT_UNTRUSTED: 'untrusted-issuer',
  CERT_SIGNATURE_FAILURE: 'untrusted-issuer',
};

const dnsMissing = new Set(['ENOTFOUND', 'ENODATA', 'NXDOMAIN', 'EAI_NONAME', 'ENONAME']);
const unreachable = new Set([
  'ECONNREFUSED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNRESET',
  'EADDRNOTAVAIL',
  'EPIPE',
  'EAI_AGAIN',
  'ESERVFAIL',
  'EREFUSED',
  'ECONNECTION',
  'NoConnection',
  'EConnectionClosed',
  'ClosedAfterConnectText',
  'ClosedAfterConnectTLS',
]);
const timeouts = new Set([
  'ETIMEDOUT',
  'ETIMEOUT',
  'CONNECT_TIMEOUT',
  'GREETING_TIMEOUT',
  'UPGRADE_TIMEOUT',
  'ESOCKETTIMEDOUT',
]);

/** What providers answer when a normal password is refused but an app password would work. */
const appPasswordPattern =
  /application-specific password|app[- ]?specific password|app[- ]?password|apppassword|InvalidSecondFactor|2-step|two-step/i;
/** What providers answer when IMAP (or password sign-in) is switched off for the account. */
const imapDisabledPattern =
  /IMAP (?:access )?(?:is )?disabled|not enabled for IMAP|enable (?:your account for )?IMAP|IMAP use|log ?in via your web browser|WEBALERT|IMAP is not enabled|IMAP-Zugriff|POP3\/IMAP/i;
const oauthOnlyPattern = /BasicAuthBlocked|basic auth(?:entication)? is disabled|OAuth/i;

function codesOf(error: ErrorLike): string[] {
  const codes = [error.code, error.originalCode];
  const cause = error.cause as ErrorLike | undefined;
  if (cause && typeof cause === 'object') codes.push(cause.code, cause.originalCode);
  return codes.filter((c): c is string => typeof c === 'string');
}

/** The error's texts, each redacted on its own: joined, a command line would no longer start one. */
function textOf(error: ErrorLike, secrets: readonly string[]): string {
  const parts = [error.message, error.response, error.responseText, error.reason].filter(
    (p): p is string => typeof p === 'string' && p !== '',
  );
  return redact([...new Set(parts)].map((part) => redact(part, secrets)).join(' | '));
}

/**
 * Turns whatever imapflow, nodemailer, node:tls or node:dns threw into a stable code with the
 * technical text (credentials removed) as details.
 */
export function classifyFailure(raw: unknown, context: FailureContext): SwitchoverError {
  if (raw instanceof SwitchoverError) return raw;
  const error: ErrorLike =
    raw !== null && typeof raw === 'object' ? (raw as ErrorLike) : { message: String(raw) };
  const codes = codesOf(error);
  const technical = textOf(error, context.password ? [context.password] : []);
  const { server, protocol } = context;
  const details: Record<string, unknown> = {
    protocol,
    host: server.host,
    port: server.port,
    security: server.security,
    ...(codes[0] ? { errorCode: codes[0] } : {}),
    technical,
  };
  const fail = (code: ErrorCode, message: string, extra: Record<string, unknown> = {}) =>
    new SwitchoverError(code, message, { ...details, ...extra });
  const where = `${server.host}:${server.port}`;

  const certificate = codes.map((c) => certificateProblems[c]).find((p) => p !== undefined);
  if (certificate) {
    return fail(
      'tls.untrusted',
      `The server ${where} presented a certificate that cannot be trusted (${certificate}).`,
      {
        problem: certificate,
      },
    );
  }
  if (
    codes.some((c) => dnsMissing.has(c)) &&
    (context.phase === 'dns' || codes.includes('ENOTFOUND'))
  ) {
    return fail('net.dns-not-found', `The server name ${server.host} does not exist.`);
  }
  if (codes.some((c) => timeouts.has(c))) {
    return fail('net.timeout', `The server ${where} did not answer in time.`);
  }
  const authRefused =
    error.authenticationFailed === true ||
    codes.includes('EAUTH') ||
    /AUTHENTICATIONFAILED/i.test(technical);
  if (authRefused || /^\s*NO\b|\[ALERT\]/im.test(technical)) {
    if (imapDisabledPattern.test(technical)) {
      return fail(
        'imap.disabled',
        'The provider has not switched on IMAP access for this account.',
      );
    }
    if (appPasswordPattern.test(technical)) {
      return fail(
        'auth.app-password-required',
        'The provider wants an app password instead of the normal password.',
      );
    }
    if (context.card?.passwordSignInPossible === false || oauthOnlyPattern.test(technical)) {
      return fail('auth.oauth-only', 'This provider does not allow signing in with a password.');
    }
    if (authRefused) {
      return protocol === 'smtp'
        ? fail('smtp.auth-failed', 'The outgoing mail server refused the user name or password.')
        : fail('auth.failed', 'The user name or password was not accepted.');
    }
  }
  if (
    error.tlsFailed === true ||
    codes.includes('ETLS') ||
    codes.includes('ERR_SSL_WRONG_VERSION_NUMBER') ||
    /STARTTLS|LOGINDISABLED|does not support TLS/i.test(technical)
  ) {
    return fail('tls.required', `The server ${where} does not offer an encrypted connection.`);
  }
  if (codes.some((c) => unreachable.has(c)) || codes.includes('ESOCKET')) {
    return fail('net.unreachable', `The server ${where} could not be reached.`);
  }
  return protocol === 'smtp'
    ? fail('smtp.rejected', `The outgoing mail server ${where} gave an unexpected answer.`)
    : fail('imap.command-failed', `The mail server ${where} gave an unexpected answer.`);
}
