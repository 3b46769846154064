import { useTranslation } from 'react-i18next';
import { SwitchoverError, type SendTestExtra } from '../../../src-main/contract';
import { sendTestAdvice } from '../../errors/errorWords';

/**
 * The second address: Switchover cannot look into that mailbox, so the person says whether the
 * message got there. A refusal by the server is said plainly instead.
 */
export function ExtraAddressCheck({
  extra,
  busy,
  onAnswer,
}: {
  extra: SendTestExtra;
  busy: boolean;
  onAnswer: (arrived: boolean) => void;
}) {
  const { t } = useTranslation();
  const values = { address: extra.address };
  if (extra.status === 'refused') {
    const advice = extra.error
      ? sendTestAdvice(SwitchoverError.fromWire(extra.error), t, { address: extra.address })
      : undefined;
    return (
      <div className="sendtest-extra" data-testid="sendtest-extra" data-status="refused">
        <p className="sendtest-extra-title">{t('sendTest.extra.refused', values)}</p>
        {advice && <p>{advice.next}</p>}
      </div>
    );
  }
  if (extra.confirmed !== 'unknown') {
    return (
      <div className="sendtest-extra" data-testid="sendtest-extra" data-status={extra.confirmed}>
        <p role="status" className="sendtest-extra-title">
          {extra.confirmed === 'arrived'
            ? t('sendTest.extra.thanksArrived', values)
            : t('sendTest.extra.thanksNotArrived', values)}
        </p>
      </div>
    );
  }
  return (
    <fieldset className="sendtest-extra" data-testid="sendtest-extra" data-status="unknown">
      <legend className="sendtest-extra-title">{t('sendTest.extra.question', values)}</legend>
      <p className="field-hint">{t('sendTest.extra.askThem')}</p>
      <div className="step-buttons sendtest-extra-buttons">
        <button
          type="button"
          className="button"
          data-testid="extra-arrived"
          disabled={busy}
          onClick={() => onAnswer(true)}
        >
          {t('sendTest.extra.arrived')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="extra-not-arrived"
          disabled={busy}
          onClick={() => onAnswer(false)}
        >
          {t('sendTest.extra.notArrived')}
        </button>
      </div>
    </fieldset>
  );
}
