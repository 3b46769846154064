import { describe, expect, it } from 'vitest';
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

// Texts that may rightly read as in English: the product's name, and "Version" (de, fr).
const mayMatchEnglish = new Set(['app.name', 'welcome.version']);

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
