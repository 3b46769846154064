import { useTranslation } from 'react-i18next';
import { journeySteps } from '../journeySteps';

/** All seven steps, so the person always sees how far along they are and what comes next. */
export function StepList({ currentIndex }: { currentIndex: number }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('steps.label')} className="step-list">
      <ol>
        {journeySteps.map((step, index) => {
          const state = index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'next';
          return (
            <li
              key={step}
              className={`step step--${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              {/* The list itself numbers the steps for screen readers. */}
              <span className="step-marker" aria-hidden="true">
                {state === 'done' ? '✓' : index + 1}
              </span>
              <span className="step-name">
                {t(`steps.${step}`)}
                {state === 'done' && (
                  <span className="visually-hidden"> ({t('steps.completed')})</span>
                )}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
