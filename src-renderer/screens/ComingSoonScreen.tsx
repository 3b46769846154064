import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../components/ScreenHeading';
import type { JourneyStep } from '../journeySteps';

/** Stands in for a step of the journey that is not built yet. */
export function ComingSoonScreen({ step, takeFocus }: { step: JourneyStep; takeFocus: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <ScreenHeading testId="step-title" takeFocus={takeFocus}>
        {t(`steps.${step}`)}
      </ScreenHeading>
      <p>{t('comingSoon')}</p>
    </>
  );
}
