import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../components/ScreenHeading';
import { StepButtons } from '../components/StepButtons';
import { BackupSection } from '../components/done/BackupSection';
import { PhoneSection } from '../components/done/PhoneSection';
import { ReportSection } from '../components/done/ReportSection';

/**
 * Screen 7, "Done": three things to finish with, each one decision: set up the phone, keep a copy
 * of the old mail on this computer, save a report for the helper.
 */
export function DoneScreen({
  takeFocus,
  helperName,
  canReveal,
  onBack,
}: {
  takeFocus: boolean;
  helperName: string | undefined;
  /** The desktop app can show saved files in the file manager; browser mode cannot. */
  canReveal: boolean;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <ScreenHeading testId="step-title" takeFocus={takeFocus}>
        {t('steps.done')}
      </ScreenHeading>
      <div className="done-screen" data-testid="done-screen">
        <p className="lead">{t('done.intro')}</p>
        <PhoneSection canReveal={canReveal} />
        <BackupSection canReveal={canReveal} />
        <ReportSection helperName={helperName} canReveal={canReveal} />
      </div>
      <StepButtons onBack={onBack} />
    </>
  );
}
