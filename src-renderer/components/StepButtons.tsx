import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Back and Next; a button that has nowhere to go is left out rather than shown disabled. When the
 * step is not finished yet, Next stays visible and focusable but says what is missing instead.
 */
export function StepButtons({
  onBack,
  onNext,
  nextBlockedHint,
}: {
  onBack?: () => void;
  onNext?: () => void;
  nextBlockedHint?: string;
}) {
  const { t } = useTranslation();
  const hintId = useId();
  return (
    <>
      <div className="step-buttons">
        {onBack && (
          <button type="button" className="button" data-testid="back-button" onClick={onBack}>
            {t('buttons.back')}
          </button>
        )}
        {onNext && (
          <button
            type="button"
            className="button button-primary"
            data-testid="next-button"
            aria-disabled={nextBlockedHint ? true : undefined}
            aria-describedby={nextBlockedHint ? hintId : undefined}
            onClick={nextBlockedHint ? undefined : onNext}
          >
            {t('buttons.next')}
          </button>
        )}
      </div>
      {onNext && nextBlockedHint && (
        <p id={hintId} className="field-hint" data-testid="next-blocked">
          {nextBlockedHint}
        </p>
      )}
    </>
  );
}
