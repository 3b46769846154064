import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SendTestState } from '../../../src-main/contract';
import { ProgressRing } from './ProgressRing';

/** Screen readers hear the waiting time in steps, not every second. */
const announceEverySeconds = 10;

/** The test is on its way: the ring, how long it has waited, and that the person may go on. */
export function SendTestRunning({
  state,
  takeFocus,
}: {
  state: SendTestState;
  takeFocus: boolean;
}) {
  const { t } = useTranslation();
  const box = useRef<HTMLElement>(null);
  const seconds = Math.floor(state.elapsedMs / 1000);
  const text =
    state.phase === 'sending' ? t('sendTest.sending') : t('sendTest.waiting', { count: seconds });
  const announced =
    state.phase === 'sending'
      ? t('sendTest.sending')
      : t('sendTest.waiting', {
          count: Math.floor(seconds / announceEverySeconds) * announceEverySeconds,
        });

  // The button that started it is gone: focus follows to what replaced it.
  useEffect(() => {
    if (takeFocus) box.current?.focus();
  }, [takeFocus]);

  return (
    <section
      className="sendtest-running"
      ref={box}
      tabIndex={-1}
      aria-labelledby="sendtest-running-text"
      data-testid="sendtest-running"
      data-phase={state.phase}
    >
      <ProgressRing
        elapsedMs={state.elapsedMs}
        timeoutMs={state.timeoutMs}
        labelledBy="sendtest-running-text"
      />
      <div className="sendtest-running-body">
        <p
          id="sendtest-running-text"
          className="sendtest-running-text"
          data-testid="sendtest-waiting-text"
        >
          {text}
        </p>
        <p className="visually-hidden" aria-live="polite" data-testid="sendtest-live">
          {announced}
        </p>
        {state.extra && (
          <p className="field-hint">
            {t('sendTest.extra.alsoTo', { address: state.extra.address })}
          </p>
        )}
        <p className="field-hint">{t('sendTest.canGoOn')}</p>
      </div>
    </section>
  );
}
