import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SendTestOutcome } from '../../../src-main/contract';
import { SendTestDetails } from './SendTestDetails';

type Arrived = Extract<SendTestOutcome, { ok: true }>;

/** "It arrived in 4 seconds ✓", and anything Switchover had to do differently to get there. */
export function SendTestArrived({ outcome, takeFocus }: { outcome: Arrived; takeFocus: boolean }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const seconds = Math.max(1, Math.round(outcome.arrivedAfterMs / 1000));

  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [takeFocus]);

  return (
    <section
      className="sendtest-arrived"
      data-testid="sendtest-arrived"
      aria-labelledby="sendtest-arrived-title"
    >
      <h2
        id="sendtest-arrived-title"
        ref={heading}
        tabIndex={-1}
        data-testid="sendtest-arrived-title"
      >
        {t('sendTest.arrived', { count: seconds })}
      </h2>
      <p>{t('sendTest.arrivedNext')}</p>
      {outcome.notices.some((notice) => notice.code === 'smtp.port-blocked') && (
        <p className="sendtest-notice" data-testid="sendtest-port-notice">
          {t('sendTest.portNotice')}
        </p>
      )}
      <SendTestDetails outcome={outcome} />
    </section>
  );
}
