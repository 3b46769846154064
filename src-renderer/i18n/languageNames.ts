import type { Language } from '../../src-main/contract';

/** Each language is named in itself, so a person can find theirs whatever is on screen now. */
export const languageNames: Record<Language, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
};
