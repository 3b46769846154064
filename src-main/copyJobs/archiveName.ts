import type { Language } from '../contract';

/**
 * What the new account's Archive folder is called when it has none and Gmail's archived mail
 * needs one: the word the person's own mail programs use.
 */
const names: Record<Language, string> = {
  en: 'Archive',
  de: 'Archiv',
  fr: 'Archives',
  es: 'Archivo',
};

export function archiveName(language: Language | undefined): string {
  return names[language ?? 'en'];
}
