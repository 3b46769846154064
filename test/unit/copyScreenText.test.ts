import { describe, expect, it } from 'vitest';
import { translator } from './i18nForTests';
import {
  supportedLanguages,
  SwitchoverError,
  type CopyReportView,
  type Language,
} from '../../src-main/contract';
import { formatBytes } from '../../src-renderer/components/copy/folderLabels';
import { reportSentences } from '../../src-renderer/components/copy/reportSentences';
import { copyErrorText, needsSignIn } from '../../src-renderer/errors/errorWords';

// The copy screen's words without a browser: sizes with real plurals in every language, and each
// copy failure as its own translated sentence rather than the main side's English message.

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

describe('the copy report’s plurals in every language', () => {
  /** A report of one folder: `present` of `total` messages on the new side. */
  function report(
    status: CopyReportView['status'],
    present: number,
    total: number,
  ): CopyReportView {
    const failed = Array.from({ length: total - present }, (_, uid) => ({
      uid,
      size: 1,
      reason: 'smtp.rejected' as const,
    }));
    return {
      status,
      copied: present,
      skipped: 0,
      failed: failed.length,
      alreadyThere: 0,
      deletedLeftBehind: 0,
      bytes: 0,
      seconds: 1,
      verified: status === 'complete',
      folders: [
        {
          source: 'INBOX',
          target: 'INBOX',
          sourceMessages: total,
          alreadyThere: 0,
          copied: present,
          deletedLeftBehind: 0,
          skipped: [],
          failed,
          verified: status === 'complete',
          missingAfterVerify: total - present,
        },
      ],
    };
  }
  const first = (language: Language, r: CopyReportView) =>
    reportSentences(r, translator(language), String)[0];

  it('1 of 3: the verb and noun agree with the count they belong to', () => {
    const oneOfThree = report('incomplete', 1, 3);
    expect(first('en', oneOfThree)).toBe('Your new account has 1 of the 3 messages.');
    expect(first('de', oneOfThree)).toBe('Ihr neues Konto hat 1 der 3 Nachrichten.');
    expect(first('fr', oneOfThree)).toBe('Votre nouveau compte contient 1 des 3 messages.');
    expect(first('es', oneOfThree)).toBe('Su cuenta nueva tiene 1 de los 3 mensajes.');
    expect(first('fr', report('incomplete', 0, 1))).toBe(
      'Votre nouveau compte contient 0 message sur 1.',
    );
  });

  it.each(supportedLanguages)(
    '%s: an empty copy has nothing to copy, not “all 0 messages”',
    (language) => {
      const text = first(language, report('complete', 0, 0));
      expect(text).not.toMatch(/\b0\b/);
      expect(text).toBe(translator(language)('copy.report.nothingNew_zero'));
    },
  );

  it('French progress: “1 sur 3 messages copiés”, not “1 messages copiés”', () => {
    const t = translator('fr');
    expect(t('copy.progress.counts', { count: 3, done: '1', total: '3' })).toBe(
      '1 sur 3 messages copiés',
    );
    expect(t('copy.progress.counts', { count: 1, done: '0', total: '1' })).toBe(
      '0 message copié sur 1',
    );
  });
});
