import { z } from 'zod';

export const supportedLanguages = ['en', 'de', 'fr', 'es'] as const;
export const languageSchema = z.enum(supportedLanguages);
export type Language = z.infer<typeof languageSchema>;

/** Picks the best supported language for a locale such as "de-AT" (falls back to English). */
export function languageFromLocale(locale: string | undefined): Language {
  const base = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  const match = supportedLanguages.find((language) => language === base);
  return match ?? 'en';
}
