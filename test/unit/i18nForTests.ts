// The renderer's words outside a browser: an i18next instance over the real message tables, and
// a component rendered to markup in a language, for the unit tests of the screens' texts.

import i18next, { type i18n as I18n } from 'i18next';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '../../src-main/contract';
import { de } from '../../src-renderer/i18n/messages/de';
import { en } from '../../src-renderer/i18n/messages/en';
import { es } from '../../src-renderer/i18n/messages/es';
import { fr } from '../../src-renderer/i18n/messages/fr';

const messages = { en, de, fr, es };

/** Every language loaded, `language` chosen; ready at once (no async init). */
export function i18nInstance(language: Language = 'en'): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: Object.fromEntries(
      Object.entries(messages).map(([lng, translation]) => [lng, { translation }]),
    ),
    lng: language,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}

export function translator(language: Language): I18n['t'] {
  return i18nInstance(language).t;
}

/** A component's markup as the person would read it in `language`. */
export function renderIn(language: Language, element: ReactElement): string {
  return renderToStaticMarkup(
    createElement(I18nextProvider, { i18n: i18nInstance(language) }, element),
  );
}
