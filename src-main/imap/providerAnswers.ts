import { SwitchoverError } from '../errors';

/**
 * What big providers answer when a copy is large, recognised by their exact words (reproduced
 * in the test stack's fault proxy), each a stable code with what to do:
 * - provider.throttled: Microsoft's "Request is throttled. Suggested Backoff Time: N
 *   milliseconds" (as NO or BAD) — no command to that account for N ms, then go on;
 * - provider.unavailable: Microsoft's "Server Unavailable. 15" and "User is authenticated but not
 *   connected", RFC 5530's [UNAVAILABLE], [INUSE], [SERVERBUG], and [LIMIT] when it is not about
 *   a message's size ("Too many commands") — reconnect after a back-off (bounded by the engine:
 *   a server that keeps failing without progress ends the copy);
 * - provider.daily-limit: Gmail's "[OVERQUOTA] Account exceeded command or bandwidth limits" —
 *   pause until later (the copy goes on by itself).
 */
export function providerAnswer(text: string): SwitchoverError | undefined {
  const serverText = text.trim();
  const throttled = /Request is throttled\.\s*Suggested Backoff Time:\s*(\d+)\s*milli/i.exec(
    serverText,
  );
  if (throttled?.[1]) {
    // Bounded: a wait longer than an hour is taken as an hour (then asked again).
    const waitMs = Math.min(Number(throttled[1]), 3_600_000);
    return new SwitchoverError(
      'provider.throttled',
      `The provider asks Switchover to wait ${Math.ceil(waitMs / 1000)} seconds.`,
      { waitMs, serverText },
    );
  }
  if (/exceeded command or bandwidth limits/i.test(serverText)) return dailyLimit(serverText);
  if (
    /Server Unavailable\b/i.test(serverText) ||
    /authenticated but not connected/i.test(serverText) ||
    /^\[(UNAVAILABLE|INUSE|SERVERBUG)\]/i.test(serverText) ||
    // [LIMIT] about a size is a message too big for the server (Dovecot's "Mail size is larger…").
    (/^\[LIMIT\]/i.test(serverText) && !/size|large|big|long|length|bytes|octets/i.test(serverText))
  )
    return new SwitchoverError(
      'provider.unavailable',
      'The provider is not available for a moment.',
      { serverText },
    );
  return undefined;
}

/** The provider's limit for today: the copy pauses and goes on later. */
function dailyLimit(serverText: string): SwitchoverError {
  return new SwitchoverError(
    'provider.daily-limit',
    'The provider’s limit for today is reached: the copy goes on later.',
    { serverText },
  );
}

/** The server's own words kept in an error's details (classifyImapError), if any. */
export function serverTextOf(error: SwitchoverError): string | undefined {
  const serverText = (error.details as { serverText?: unknown } | undefined)?.serverText;
  return typeof serverText === 'string' ? serverText : undefined;
}

/**
 * Gmail's "* BYE Session expired, please login again": sent when a sign-in runs out, and also at
 * the daily limit. Signing in again cures the first; the caller tells them apart (the same answer
 * again before anything more was copied is the limit: `asDailyLimit`).
 */
export function isSessionExpired(error: SwitchoverError): boolean {
  return (
    error.code === 'imap.connection-lost' &&
    /^Session expired\b/i.test(serverTextOf(error)?.trim() ?? '')
  );
}

/** A repeated "Session expired" taken as the provider's daily limit (provider.daily-limit). */
export function asDailyLimit(error: SwitchoverError): SwitchoverError {
  return dailyLimit(serverTextOf(error) ?? '');
}
