import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabelMode } from '../../../src-main/contract';

/**
 * Gmail's labels: one copy of each message with its other labels as tags, or a copy in every
 * label's folder. Where the new account keeps no tags, it says so and recommends the folders.
 */
export function LabelModeChoice({
  mode,
  keywordsAllowed,
  onChoose,
}: {
  mode: LabelMode;
  keywordsAllowed: boolean;
  onChoose: (mode: LabelMode) => Promise<void>;
}) {
  const { t } = useTranslation();
  const id = useId();
  // Shown chosen at once: the plan with the new mode comes back from the main side a moment later.
  const [pending, setPending] = useState<LabelMode>();
  const shown = pending ?? mode;
  const choose = (next: LabelMode) => {
    if (next === shown) return;
    setPending(next);
    void onChoose(next).finally(() => setPending(undefined));
  };
  const options: { value: LabelMode; label: string; hint: string }[] = [
    {
      value: 'keywords',
      label: keywordsAllowed ? t('copy.labels.keywordsRecommended') : t('copy.labels.keywords'),
      hint: keywordsAllowed ? t('copy.labels.keywordsHint') : t('copy.labels.keywordsLost'),
    },
    {
      value: 'folders',
      label: keywordsAllowed ? t('copy.labels.folders') : t('copy.labels.foldersRecommended'),
      hint: t('copy.labels.foldersHint'),
    },
  ];
  return (
    <fieldset
      className="label-mode"
      data-testid="label-mode"
      aria-describedby={keywordsAllowed ? undefined : `${id}-no-tags`}
    >
      <legend className="label-mode-title">{t('copy.labels.question')}</legend>
      {!keywordsAllowed && (
        <p id={`${id}-no-tags`} className="notice-warning" data-testid="label-mode-no-tags">
          {t('copy.labels.noTags')}
        </p>
      )}
      {options.map((option) => (
        <div key={option.value} className="choice-row">
          <input
            id={`${id}-${option.value}`}
            type="radio"
            name={`${id}-label-mode`}
            value={option.value}
            data-testid={`label-mode-${option.value}`}
            checked={shown === option.value}
            aria-describedby={`${id}-${option.value}-hint`}
            onChange={() => choose(option.value)}
          />
          <span className="choice-text">
            <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
            <span id={`${id}-${option.value}-hint`} className="field-hint">
              {option.hint}
            </span>
          </span>
        </div>
      ))}
    </fieldset>
  );
}
