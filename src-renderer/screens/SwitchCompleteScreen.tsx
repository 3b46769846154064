import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../components/ErrorNotice';
import { ScreenHeading } from '../components/ScreenHeading';
import { StepButtons } from '../components/StepButtons';
import { CompletionNotice } from '../components/switchCheck/CompletionNotice';
import { DnsHealthPanel } from '../components/switchCheck/DnsHealthPanel';
import { MailRoute } from '../components/switchCheck/MailRoute';
import { NewAddressPanel } from '../components/switchCheck/NewAddressPanel';
import { ProbePanel } from '../components/switchCheck/ProbePanel';
import { StragglerList } from '../components/switchCheck/StragglerList';
import { useSwitchCheck } from '../hooks/useSwitchCheck';

/**
 * Screen 6, "Is the switch complete?": where mail goes now (live), test messages both ways, late
 * mail copied across, the verdict and what to do with the old account; the helper's DNS checks
 * folded away. While the screen is open, Switchover watches (MX re-checks, the old inbox).
 */
export function SwitchCompleteScreen({
  takeFocus,
  onBack,
  onNext,
}: {
  takeFocus: boolean;
  onBack: () => void;
  onNext: () => void;
}) {
  const { t } = useTranslation();
  const switchCheck = useSwitchCheck();
  const { state } = switchCheck;

  return (
    <>
      <ScreenHeading testId="step-title" takeFocus={takeFocus}>
        {t('steps.complete')}
      </ScreenHeading>
      {state === undefined ? (
        <p role="status" className="status">
          {t('switchComplete.loading')}
        </p>
      ) : state === null ? (
        <p className="lead" data-testid="switch-sign-in-first">
          {t('switchComplete.signInFirst')}
        </p>
      ) : (
        <div className="switch-screen" data-testid="switch-screen" data-mode={state.mode}>
          {state.mode === 'same-address' ? (
            <>
              <p className="lead">{t('switchComplete.intro', { address: state.address })}</p>
              <CompletionNotice completion={state.completion} />
              <MailRoute
                state={state}
                checking={switchCheck.checking}
                onCheck={() => void switchCheck.check()}
              />
              <ProbePanel
                run={switchCheck.probes}
                address={state.address}
                starting={switchCheck.startingProbes}
                onStart={() => void switchCheck.startProbes()}
              />
              <StragglerList stragglers={state.stragglers} />
            </>
          ) : (
            <NewAddressPanel state={state} />
          )}
          <DnsHealthPanel />
        </div>
      )}
      {switchCheck.error && <ErrorNotice error={switchCheck.error} />}
      <StepButtons onBack={onBack} onNext={onNext} />
    </>
  );
}
