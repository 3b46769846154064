// What big providers answer when a copy is large (their exact words, as the issue and
// /work/shared/notes record them), and what each becomes.

import { describe, expect, it } from 'vitest';
import { scheduleFor, scheduleSentence } from '../../src-main/copy';
import type { CopySchedule } from '../../src-main/copy';
import {
  appendVerdict,
  asDailyLimit,
  classifyImapError,
  isSessionExpired,
  providerAnswer,
} from '../../src-main/imap';

describe('providers’ limits, by their exact words', () => {
  it('Microsoft throttling: a wait of the suggested time, never a refused message', () => {
    for (const line of [
      'A7 NO Request is throttled. Suggested Backoff Time: 299609 milliseconds',
      'A7 BAD Request is throttled. Suggested Backoff Time: 1500 milliseconds',
    ]) {
      const verdict = appendVerdict(line);
      expect(verdict.ok).toBe(false);
      if (verdict.ok) continue;
      expect(verdict.error.code).toBe('provider.throttled');
    }
    const wait = providerAnswer('Request is throttled. Suggested Backoff Time: 1500 milliseconds');
    expect(wait?.details).toMatchObject({ waitMs: 1500 });
    // An absurd wait is bounded to an hour.
    expect(
      providerAnswer('Request is throttled. Suggested Backoff Time: 99999999999 milliseconds')
        ?.details,
    ).toMatchObject({ waitMs: 3_600_000 });
  });

  it('Microsoft "Server Unavailable" and "authenticated but not connected": reconnect', () => {
    expect(
      classifyImapError({ responseText: 'Server Unavailable. 15', responseStatus: 'NO' }).code,
    ).toBe('provider.unavailable');
    expect(
      classifyImapError({
        responseText: 'User is authenticated but not connected.',
        responseStatus: 'BAD',
      }).code,
    ).toBe('provider.unavailable');
    expect(
      classifyImapError({ serverResponseCode: 'UNAVAILABLE', responseText: 'try later' }).code,
    ).toBe('provider.unavailable');
  });

  it('RFC 5530 [INUSE], [SERVERBUG] and [LIMIT] not about size: reconnect, never a refused message', () => {
    for (const line of [
      'A3 NO [INUSE] Mailbox in use, try again later',
      'A3 NO [SERVERBUG] Internal error occurred, try again later',
      'A3 NO [LIMIT] Too many commands, try again later',
      'A3 NO [UNAVAILABLE] Temporary failure, try again later',
    ]) {
      const verdict = appendVerdict(line);
      expect(!verdict.ok && verdict.error.code, line).toBe('provider.unavailable');
      const [, status, code, text] = /^\S+ (\S+) \[(\w+)\] (.*)$/.exec(line) ?? [];
      const error = classifyImapError({ responseStatus: status, serverResponseCode: code, responseText: text }); // prettier-ignore
      expect(error.code, line).toBe('provider.unavailable');
    }
    // [LIMIT] about a message's size stays "too big" (Dovecot's words).
    const big = appendVerdict(
      'A4 NO [LIMIT] Mail size is larger than the maximum size allowed by server configuration',
    );
    expect(!big.ok && big.error.code).toBe('message.too-big');
  });

  it('Gmail: the bandwidth limit pauses (never "the new mailbox is full"); too many connections', () => {
    const limit = classifyImapError({
      serverResponseCode: 'OVERQUOTA',
      responseText: 'Account exceeded command or bandwidth limits. (Failure)',
      responseStatus: 'NO',
    });
    expect(limit.code).toBe('provider.daily-limit');
    // The server's words once, with their code once, however the code came.
    const raw = classifyImapError({
      serverResponseCode: 'OVERQUOTA',
      responseText: '[OVERQUOTA] Account exceeded command or bandwidth limits. (Failure)',
      responseStatus: 'NO',
    });
    expect(raw.details).toMatchObject({
      serverText: '[OVERQUOTA] Account exceeded command or bandwidth limits. (Failure)',
    });
    const append = appendVerdict(
      'A9 NO [OVERQUOTA] Account exceeded command or bandwidth limits. (Failure)',
    );
    expect(!append.ok && append.error.code).toBe('provider.daily-limit');
    // A mailbox that is really full is still that.
    const full = appendVerdict('A9 NO [OVERQUOTA] Quota exceeded (mailbox for user is full)');
    expect(!full.ok && full.error.code).toBe('quota.exceeded');
    expect(
      classifyImapError({
        responseText: '[ALERT] Too many simultaneous connections. (Failure)',
        responseStatus: 'NO',
      }).code,
    ).toBe('imap.too-many-connections');
  });

  it('leaves every other answer to the usual rules', () => {
    expect(providerAnswer('Message too large')).toBeUndefined();
    const refused = appendVerdict('A1 NO Message contains invalid header');
    expect(!refused.ok && refused.error.code).toBe('message.rejected');
  });
});

describe('Gmail’s "Session expired"', () => {
  it('is a lost connection that names itself, and can be taken as the daily limit', () => {
    const bye = classifyImapError({
      code: 'NoConnection',
      responseText: 'Session expired, please login again',
    });
    expect(bye.code).toBe('imap.connection-lost');
    expect(isSessionExpired(bye)).toBe(true);
    expect(asDailyLimit(bye).code).toBe('provider.daily-limit');
    expect(isSessionExpired(classifyImapError({ code: 'NoConnection', responseText: 'Bye' }))).toBe(
      false,
    );
    expect(isSessionExpired(classifyImapError({ code: 'ECONNRESET' }))).toBe(false);
  });
});

describe('a copy larger than Gmail allows a day', () => {
  const session = (gmail: boolean) =>
    ({ capabilities: new Map(gmail ? [['X-GM-EXT-1', true]] : []) }) as never;
  it('is planned over days from the start, by the tighter of the two limits', () => {
    expect(scheduleFor(2_000_000_000, session(true), session(false))).toBeUndefined();
    const download = scheduleFor(7_000_000_000, session(true), session(false));
    expect(download).toEqual({
      provider: 'Gmail',
      direction: 'download',
      dailyBytes: 2_500_000_000,
      days: 3,
    });
    expect(scheduleSentence(download as CopySchedule)).toBe(
      'Gmail lets Switchover copy about 2.5 GB a day: this takes about 3 days. Leave Switchover open, or open it again tomorrow: it goes on where it stopped.',
    );
    expect(scheduleFor(1_200_000_000, session(false), session(true))?.days).toBe(3);
    expect(scheduleFor(9e12, session(false), session(false))).toBeUndefined();
  });
});
