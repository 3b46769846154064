import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { emailSchema } from '../../src-main/contract';
import { ScreenHeading } from '../components/ScreenHeading';
import { StepButtons } from '../components/StepButtons';
import { ExtraAddressCheck } from '../components/sendTest/ExtraAddressCheck';
import { SendTestArrived } from '../components/sendTest/SendTestArrived';
import { SendTestFailure } from '../components/sendTest/SendTestFailure';
import { SendTestRunning } from '../components/sendTest/SendTestRunning';
import { isRunning, useSendTest } from '../hooks/useSendTest';

/**
 * Screen 5: one button sends a message from the new address to itself and watches for it; the
 * answer comes in one sentence. The test lives in the main process, so a reloaded window shows it
 * again. Recommended, never required: Next always goes on.
 */
export function SendTestScreen({
  takeFocus,
  onBack,
  onNext,
  onSignIn,
}: {
  takeFocus: boolean;
  onBack: () => void;
  onNext: () => void;
  /** Back to "Your new email", for a test that needs the person signed in (again). */
  onSignIn: () => void;
}) {
  const { t } = useTranslation();
  const test = useSendTest();
  const fieldId = useId();
  const [extra, setExtra] = useState('');
  const [extraProblem, setExtraProblem] = useState(false);
  // Focus follows the test only once the person has started one here, never on a reload.
  const [clicked, setClicked] = useState(false);

  const current = test.current;
  const running = isRunning(current);
  const outcome = current?.outcome;
  const arrived = outcome?.ok === true;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (test.busy || running) return;
    const to = extra.trim();
    if (to !== '' && !emailSchema.safeParse(to).success) {
      setExtraProblem(true);
      return;
    }
    setExtraProblem(false);
    setClicked(true);
    void test.start(to === '' ? undefined : to);
  };

  return (
    <>
      <ScreenHeading testId="step-title" takeFocus={takeFocus}>
        {t('steps.test')}
      </ScreenHeading>
      <p className="lead" data-testid="sendtest-intro">
        {t('sendTest.intro')}
      </p>

      {current === undefined ? (
        <p role="status" className="status">
          {t('welcome.loading')}
        </p>
      ) : current && running ? (
        <SendTestRunning state={current} takeFocus={clicked} />
      ) : (
        <>
          {test.error ? (
            <SendTestFailure
              error={test.error.toWire()}
              address={current?.address ?? ''}
              takeFocus={clicked}
              onSignIn={onSignIn}
            />
          ) : outcome?.ok === true ? (
            <SendTestArrived outcome={outcome} takeFocus={clicked} />
          ) : outcome?.ok === false && current ? (
            <SendTestFailure
              error={outcome.error}
              outcome={outcome}
              address={current.address}
              timeoutMs={current.timeoutMs}
              takeFocus={clicked}
              onSignIn={onSignIn}
            />
          ) : null}
          {current?.extra && outcome && (
            <ExtraAddressCheck
              extra={current.extra}
              busy={test.busy}
              onAnswer={(answer) => void test.confirmExtra(answer)}
            />
          )}

          <form className="sendtest-form" noValidate onSubmit={submit}>
            <div className="field">
              <label htmlFor={fieldId}>{t('sendTest.extraLabel')}</label>
              <p id={`${fieldId}-hint`} className="field-hint">
                {t('sendTest.extraHint')}
              </p>
              <input
                id={fieldId}
                type="email"
                data-testid="sendtest-extra-input"
                autoComplete="email"
                spellCheck={false}
                autoCapitalize="off"
                value={extra}
                aria-invalid={extraProblem ? true : undefined}
                aria-describedby={
                  extraProblem ? `${fieldId}-hint ${fieldId}-problem` : `${fieldId}-hint`
                }
                onChange={(event) => {
                  setExtra(event.target.value);
                  setExtraProblem(false);
                }}
              />
              {extraProblem && (
                <p id={`${fieldId}-problem`} className="field-problem">
                  {t('sendTest.extraInvalid')}
                </p>
              )}
            </div>
            <button
              type="submit"
              className="button button-primary button-large"
              data-testid="sendtest-button"
              aria-disabled={test.busy ? true : undefined}
            >
              {current === null && !test.error
                ? t('sendTest.button')
                : arrived
                  ? t('sendTest.sendAnother')
                  : t('buttons.retry')}
            </button>
            <p role="status" className="status">
              {test.busy && !running ? t('sendTest.starting') : ''}
            </p>
          </form>
        </>
      )}

      {!arrived && (
        <p className="field-hint sendtest-optional" data-testid="sendtest-optional">
          {t('sendTest.optional')}
        </p>
      )}
      <StepButtons onBack={onBack} onNext={onNext} />
    </>
  );
}
