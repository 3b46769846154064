import { describe, expect, it } from 'vitest';
import { translator } from './i18nForTests';
import { supportedLanguages, SwitchoverError, type ErrorCode } from '../../src-main/contract';
import { errorAdvice } from '../../src-renderer/errors/errorWords';
import { de } from '../../src-renderer/i18n/messages/de';
import { en } from '../../src-renderer/i18n/messages/en';
import { es } from '../../src-renderer/i18n/messages/es';
import { fr } from '../../src-renderer/i18n/messages/fr';

/** Every leaf as "path → text", so a gap or an untranslated copy is named precisely. */
function leaves(tree: object, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else if (value && typeof value === 'object')
      leaves(value, path).forEach((v, k) => found.set(k, v));
  }
  return found;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();
}

// Texts that may rightly read as in English: the product's name, "Version" (de, fr), "bytes" (es).
const mayMatchEnglish = new Set([
  'app.name',
  'welcome.version',
  'copy.size.bytes_one',
  'copy.size.bytes_other',
]);

describe.each([
  ['de', de],
  ['fr', fr],
  ['es', es],
])('%s translation', (_language, messages) => {
  const source = leaves(en);
  const translated = leaves(messages);

  it('has exactly the English keys', () => {
    expect([...translated.keys()].sort()).toEqual([...source.keys()].sort());
  });

  it('translates every sentence and keeps its placeholders', () => {
    for (const [key, english] of source) {
      const text = translated.get(key) ?? '';
      expect(text.trim(), key).not.toBe('');
      if (!mayMatchEnglish.has(key) && english.length > 3) expect(text, key).not.toBe(english);
      expect(placeholders(text), key).toEqual(placeholders(english));
    }
  });
});

describe('sign-in failures in plain words', () => {
  // Every failure code of issue 3 (signing in, vault, kit).
  const signInCodes = [
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
    'settings.not-found',
    'vault.unavailable',
    'kit.invalid',
  ] as const satisfies readonly ErrorCode[];

  it.each(supportedLanguages)('%s: each code has its own sentence and next step', (language) => {
    const t = translator(language);
    const fallback = errorAdvice(new SwitchoverError('copy.cancelled', 'Stopped.'), t);
    expect(fallback.text).toBe('Stopped.');
    const seen = new Set<string>();
    for (const code of signInCodes) {
      const advice = errorAdvice(new SwitchoverError(code, 'technical'), t);
      expect(advice.text, code).not.toContain('signInErrors');
      expect(advice.text, code).not.toBe('technical');
      expect(advice.next, code).not.toBe(fallback.next);
      seen.add(advice.text);
    }
    expect(seen.size).toBe(signInCodes.length);
  });

  it('names the certificate problem from details.problem', () => {
    const t = translator('en');
    const advice = (problem: string) =>
      errorAdvice(new SwitchoverError('tls.untrusted', 'x', { problem }), t).text;
    expect(advice('self-signed')).toContain('made by the server itself');
    expect(advice('expired')).toContain('has expired');
    expect(advice('wrong-host')).toContain('different name');
    expect(advice('untrusted-issuer')).toContain('does not recognise');
    expect(advice('something-else')).toBe(en.signInErrors.tlsUntrusted.text);
  });
});
