import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { supportedLanguages, type Language } from '../../src-main/contract';
import { languageNames } from '../i18n';

export function LanguagePicker({
  language,
  onChoose,
}: {
  language: Language;
  onChoose: (language: Language) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        data-testid="language-select"
        value={language}
        onChange={(event) => {
          const chosen = supportedLanguages.find((code) => code === event.target.value);
          if (chosen) onChoose(chosen);
        }}
      >
        {supportedLanguages.map((code) => (
          // lang makes a screen reader pronounce "Français" as French.
          <option key={code} value={code} lang={code}>
            {languageNames[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
