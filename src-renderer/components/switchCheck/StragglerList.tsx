import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StragglerView } from '../../../src-main/contract';
import { dateText, dateTimeText, isToday } from './localTime';

/** Mail that still reached the old inbox after the switch, and was copied across. */
export function StragglerList({ stragglers }: { stragglers: StragglerView }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const copied = stragglers.copied;
  const allToday = copied.every((s) => isToday(s.receivedAt));
  // The first arrival (ISO times sort as text); only read when something was copied.
  const earliest = copied
    .map((s) => s.receivedAt)
    .reduce((a, b) => (a < b ? a : b), copied[0]?.receivedAt ?? '');
  return (
    <section
      className="switch-section"
      aria-labelledby={headingId}
      data-testid="switch-stragglers"
      data-count={copied.length}
    >
      <h2 id={headingId}>{t('switchComplete.stragglers.heading')}</h2>
      {copied.length === 0 ? (
        <p>{t('switchComplete.stragglers.watching')}</p>
      ) : (
        <>
          <p data-testid="switch-stragglers-summary">
            {allToday
              ? t('switchComplete.stragglers.copiedToday', { count: copied.length })
              : t('switchComplete.stragglers.copiedSince', {
                  count: copied.length,
                  date: dateText(earliest, i18n.language),
                })}
          </p>
          <ul className="straggler-list">
            {copied.map((s) => (
              <li key={`${s.receivedAt}-${s.from}-${s.subject}`}>
                <span className="straggler-subject">
                  {s.subject || t('switchComplete.stragglers.noSubject')}
                </span>{' '}
                <span className="field-hint">
                  {t('switchComplete.stragglers.item', {
                    from: s.from,
                    time: dateTimeText(s.receivedAt, i18n.language),
                  })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {stragglers.error && (
        <p className="field-hint" data-error-code={stragglers.error.code}>
          {t('switchComplete.stragglers.problem')}
        </p>
      )}
    </section>
  );
}
