import { describe, expect, it } from 'vitest';
import { translator } from './i18nForTests';
import { errorCodes, supportedLanguages, SwitchoverError } from '../../src-main/contract';
import { errorKeys } from '../../src-renderer/errors/errorKeys';
import {
  errorAdvice,
  fixIsInSettings,
  needsSignIn,
  plainErrorMessage,
  sendTestAdvice,
} from '../../src-renderer/errors/errorWords';

// The one table from error code to each screen's words: every key it names reads as a sentence,
// and the screens' own rules (seconds, the way back to signing in) hold.

describe('error words', () => {
  it.each(supportedLanguages)('%s: every key in the table is a sentence', (language) => {
    const t = translator(language);
    for (const code of errorCodes) {
      const keys = errorKeys[code] ?? {};
      const error = new SwitchoverError(code, 'technical');
      const words = [
        keys.app && plainErrorMessage(error, t),
        keys.signIn && errorAdvice(error, t).text,
        keys.sendTest && sendTestAdvice(error, t, { address: 'a@example.com' }).next,
      ].filter((text) => text !== undefined);
      for (const text of words) {
        expect(text, code).not.toBe('technical');
        expect(text, code).not.toMatch(/^(errors|signInErrors|sendTest)\./);
      }
    }
  });

  it('counts a send test’s seconds from its details, else from the screen', () => {
    const t = translator('en');
    const late = new SwitchoverError('probe.not-arrived', 'x', { timeoutMs: 30_000 });
    expect(sendTestAdvice(late, t, { address: 'a@example.com' }).text).toContain('30 seconds');
    const junk = new SwitchoverError('probe.in-junk', 'x', { arrivedAfterMs: 1_200 });
    expect(sendTestAdvice(junk, t, { address: 'a@example.com' }).text).toContain('1 second,');
    const plain = new SwitchoverError('probe.not-arrived', 'x');
    expect(sendTestAdvice(plain, t, { address: 'a', timeoutMs: 90_000 }).text).toContain('90');
  });

  it('falls back from the send test’s words to the sign-in advice', () => {
    const t = translator('en');
    const error = new SwitchoverError('net.timeout', 'x');
    expect(sendTestAdvice(error, t, { address: 'a' })).toEqual(errorAdvice(error, t));
  });

  it('offers signing in again only where that mends it', () => {
    const smtp = new SwitchoverError('smtp.auth-failed', 'x');
    const imap = new SwitchoverError('auth.failed', 'x');
    const missing = new SwitchoverError('account.missing', 'x');
    expect([needsSignIn(smtp, 'sendTest'), needsSignIn(smtp, 'copy')]).toEqual([true, false]);
    expect([needsSignIn(imap, 'sendTest'), needsSignIn(imap, 'copy')]).toEqual([false, true]);
    expect([needsSignIn(missing, 'sendTest'), needsSignIn(missing, 'copy')]).toEqual([true, true]);
  });

  it('opens the settings for the errors whose fix is there', () => {
    expect(fixIsInSettings(new SwitchoverError('smtp.port-blocked', 'x'))).toBe(true);
    expect(fixIsInSettings(new SwitchoverError('auth.failed', 'x'))).toBe(false);
  });
});
