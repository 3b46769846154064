import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SwitchoverError, type SendTestOutcome, type WireError } from '../../../src-main/contract';
import { SendTestDetails } from './SendTestDetails';
import { needsSignIn, sendTestAdvice } from '../../errors/errorWords';
import { serverWords } from './serverWords';

/**
 * A test that did not work, or could not start: one plain sentence, the next step, a way to it
 * (signing in again where that is the fix), the server's own words where they help, and the
 * technical detail folded away. Junk is told apart: the mail did arrive.
 */
export function SendTestFailure({
  error: wire,
  outcome,
  address,
  timeoutMs,
  takeFocus,
  onSignIn,
}: {
  error: WireError;
  outcome?: SendTestOutcome;
  address: string;
  timeoutMs?: number;
  takeFocus: boolean;
  onSignIn: () => void;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const error = SwitchoverError.fromWire(wire);
  const advice = sendTestAdvice(error, t, { address, ...(timeoutMs ? { timeoutMs } : {}) });
  const inJunk = error.code === 'probe.in-junk';
  const words = error.code === 'smtp.rejected' ? serverWords(error) : undefined;

  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [takeFocus]);

  return (
    <section
      className={inJunk ? 'sendtest-failed sendtest-failed--junk' : 'sendtest-failed'}
      data-testid="sendtest-failed"
      data-error-code={error.code}
      aria-labelledby="sendtest-failed-title"
    >
      <h2 id="sendtest-failed-title" ref={heading} tabIndex={-1}>
        {inJunk ? t('sendTest.junkTitle') : t('sendTest.failedTitle')}
      </h2>
      <p role="alert" data-testid="sendtest-failed-text">
        {advice.text}
      </p>
      {words && (
        <blockquote className="sendtest-server-words" data-testid="sendtest-server-words">
          <p>{t('sendTest.serverSaid', { words })}</p>
        </blockquote>
      )}
      <p className="notice-next" data-testid="sendtest-failed-next">
        {advice.next}
      </p>
      {needsSignIn(error, 'sendTest') && (
        <button type="button" className="button" data-testid="sendtest-sign-in" onClick={onSignIn}>
          {t('sendTest.signInAgain')}
        </button>
      )}
      <SendTestDetails outcome={outcome} error={wire} />
    </section>
  );
}
