import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { supportedLanguages, type Language } from '../../src-main/contract';
import { en } from './messages/en';
import { de } from './messages/de';
import { fr } from './messages/fr';
import { es } from './messages/es';

export { languageNames } from './languageNames';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

export const i18n = i18next.createInstance();

/** The page's own language attribute and title follow the UI, for screen readers and spellcheck. */
function reflectLanguageInDocument(language: string): void {
  document.documentElement.lang = language;
  document.title = i18n.t('app.name');
}

/** Resources are bundled, so initialisation is synchronous and the first render is translated. */
export function setUpI18n(initialLanguage: Language): void {
  i18n.on('languageChanged', reflectLanguageInDocument);
  void i18n.use(initReactI18next).init({
    resources: {
      en: { translation: en },
      de: { translation: de },
      fr: { translation: fr },
      es: { translation: es },
    },
    lng: initialLanguage,
    fallbackLng: 'en',
    supportedLngs: [...supportedLanguages],
    initAsync: false,
    // React escapes text itself; escaping here too would show entities like &amp;.
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
}
