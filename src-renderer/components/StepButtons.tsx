import { useTranslation } from 'react-i18next';

/** Back and Next; a button that has nowhere to go is left out rather than shown disabled. */
export function StepButtons({ onBack, onNext }: { onBack?: () => void; onNext?: () => void }) {
  const { t } = useTranslation();
  return (
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
          onClick={onNext}
        >
          {t('buttons.next')}
        </button>
      )}
    </div>
  );
}
