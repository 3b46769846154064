import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { supportedLanguages, SwitchoverError, type Language } from '../../src-main/contract';
import { formatBytes } from '../../src-renderer/components/copy/folderLabels';
import { copyErrorText, needsSignIn } from '../../src-renderer/errors/errorWords';
import { de } from '../../src-renderer/i18n/messages/de';
import { en } from '../../src-renderer/i18n/messages/en';
import { es } from '../../src-renderer/i18n/messages/es';
import { fr } from '../../src-renderer/i18n/messages/fr';

// The copy screen's words without a browser: sizes with real plurals in every language, and each
// copy failure as its own translated sentence rather than the main side's English message.

function translator(language: Language) {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { [language]: { translation: { en, de, fr, es }[language] } },
    lng: language,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

/** Spaces of any kind as one plain space, so the checks read as the person sees them. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('sizes on the copy screen', () => {
  it('says 0 bytes, 1 byte, 2 bytes in English, and kB, MB, GB above that', () => {
    const t = translator('en');
    expect(formatBytes(0, 'en', t)).toBe('0 bytes');
    expect(formatBytes(1, 'en', t)).toBe('1 byte');
    expect(formatBytes(999, 'en', t)).toBe('999 bytes');
    expect(formatBytes(1500, 'en', t)).toBe('1.5 kB');
    expect(formatBytes(402_000, 'en', t)).toBe('402 kB');
    expect(formatBytes(12_345_678, 'en', t)).toBe('12 MB');
    expect(formatBytes(3_200_000_000, 'en', t)).toBe('3.2 GB');
  });

  it('uses each language’s plural and number format', () => {
    expect(plain(formatBytes(0, 'de', translator('de')))).toBe('0 Bytes');
    expect(plain(formatBytes(1, 'de', translator('de')))).toBe('1 Byte');
    expect(plain(formatBytes(1500, 'de', translator('de')))).toBe('1,5 kB');
    // French counts 0 as singular.
    expect(plain(formatBytes(0, 'fr', translator('fr')))).toBe('0 octet');
    expect(plain(formatBytes(2, 'fr', translator('fr')))).toBe('2 octets');
    expect(plain(formatBytes(1500, 'fr', translator('fr')))).toBe('1,5 ko');
    expect(plain(formatBytes(0, 'es', translator('es')))).toBe('0 bytes');
    expect(plain(formatBytes(1, 'es', translator('es')))).toBe('1 byte');
    expect(plain(formatBytes(2_500_000, 'es', translator('es')))).toBe('2,5 MB');
  });

  it.each(supportedLanguages)('%s: messages and folders have plurals', (language) => {
    const t = translator(language);
    const one = t('copy.tree.messages', { count: 1, n: '1' });
    const many = t('copy.tree.messages', { count: 5, n: '5' });
    expect(one).not.toBe(many);
    expect(t('copy.plan.summary', { count: 1 })).not.toBe(t('copy.plan.summary', { count: 5 }));
    expect(t('copy.size.bytes', { count: 1, n: '1' })).not.toBe(
      t('copy.size.bytes', { count: 5, n: '5' }),
    );
  });
});

describe('copy failures in plain words', () => {
  const codes = [
    'copy.busy',
    'copy.cancelled',
    'copy.no-job',
    'quota.exceeded',
    'message.too-big',
    'imap.connection-lost',
    'imap.too-many-connections',
    'net.unreachable',
    'auth.failed',
    'account.missing',
  ] as const;

  it.each(supportedLanguages)('%s: each code has its own translated sentence', (language) => {
    const t = translator(language);
    const seen = new Set<string>();
    for (const code of codes) {
      const text = copyErrorText(new SwitchoverError(code, 'technical English'), t);
      expect(text, code).not.toBe('technical English');
      expect(text, code).not.toContain('copy.errors');
      seen.add(text);
    }
    expect(seen.size).toBe(codes.length);
    // Every network failure reads the same; codes the copy screen does not know fall back.
    expect(copyErrorText(new SwitchoverError('net.timeout', 'x'), t)).toBe(
      copyErrorText(new SwitchoverError('net.dns-not-found', 'y'), t),
    );
    expect(copyErrorText(new SwitchoverError('folder.not-found', 'As written.'), t)).toBe(
      'As written.',
    );
  });

  it('tells a full mailbox what to do and that copying again continues', () => {
    const text = copyErrorText(new SwitchoverError('quota.exceeded', 'x'), translator('en'));
    expect(text).toContain('Your new mailbox is full');
    expect(text).toContain('ask your helper');
    expect(text).toContain('copying again continues where it stopped');
  });

  it('sends a changed password back to signing in', () => {
    expect(needsSignIn(new SwitchoverError('auth.failed', 'x'), 'copy')).toBe(true);
    expect(needsSignIn(new SwitchoverError('account.missing', 'x'), 'copy')).toBe(true);
    expect(needsSignIn(new SwitchoverError('copy.busy', 'x'), 'copy')).toBe(false);
  });
});
