import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageFromLocale, SwitchoverError, type Language } from '../../src-main/contract';
import { api } from '../api';

/** The language on screen, and a way to change it that the main side remembers. */
export function useLanguage(): {
  language: Language;
  chooseLanguage: (language: Language) => void;
  saveError: SwitchoverError | undefined;
} {
  const { i18n } = useTranslation();
  const [saveError, setSaveError] = useState<SwitchoverError>();

  // The main side may change the language too (another window, a kit being opened).
  useEffect(
    () =>
      api.on('app.languageChanged', ({ language }) => {
        void i18n.changeLanguage(language);
      }),
    [i18n],
  );

  const chooseLanguage = useCallback(
    (language: Language) => {
      // Switch at once; saving it is for next time and must not hold the screen back.
      void i18n.changeLanguage(language);
      setSaveError(undefined);
      api.call('app.setLanguage', { language }).catch((error: unknown) => {
        setSaveError(SwitchoverError.from(error));
      });
    },
    [i18n],
  );

  return { language: languageFromLocale(i18n.resolvedLanguage), chooseLanguage, saveError };
}
