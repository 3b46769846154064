import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanEntry } from '../../../src-main/contract';

const PlanRow = memo(function PlanRow({
  entry,
  sourceName,
  onChange,
  onToggle,
}: {
  entry: PlanEntry;
  sourceName: string;
  onChange: (source: string) => void;
  onToggle: (entry: PlanEntry) => void;
}) {
  const { t } = useTranslation();
  const skipped = entry.action === 'skip';
  const reason =
    entry.skipReason === 'dropped'
      ? t('copy.plan.skipDropped')
      : entry.skipReason
        ? t('copy.plan.skipVirtual')
        : undefined;
  return (
    <li className="plan-row" data-testid="plan-entry" data-source={entry.source}>
      <span className="plan-mapping">
        {skipped
          ? t('copy.plan.skipped', { source: sourceName })
          : t('copy.plan.mapping', { source: sourceName, target: entry.target })}
        {reason && <span className="folder-facts"> — {reason}</span>}
      </span>
      <span className="plan-actions">
        {!skipped && (
          <button
            type="button"
            className="button button-small"
            data-testid="plan-change"
            aria-label={t('copy.plan.changeLabel', { folder: sourceName })}
            onClick={() => onChange(entry.source)}
          >
            {t('copy.plan.change')}
          </button>
        )}
        {(!skipped || entry.skipReason === 'dropped') && (
          <button
            type="button"
            className="button button-small"
            data-testid="plan-toggle"
            aria-label={
              skipped
                ? t('copy.plan.includeLabel', { folder: sourceName })
                : t('copy.plan.leaveOutLabel', { folder: sourceName })
            }
            onClick={() => onToggle(entry)}
          >
            {skipped ? t('copy.plan.include') : t('copy.plan.leaveOut')}
          </button>
        )}
      </span>
    </li>
  );
});

/** "Sent Items → Sent": the whole plan, to look at and change before copying everything. */
export function PlanList({
  entries,
  sourceName,
  onChange,
  onToggle,
}: {
  entries: readonly PlanEntry[];
  sourceName: (path: string) => string;
  onChange: (source: string) => void;
  onToggle: (entry: PlanEntry) => void;
}) {
  const { t } = useTranslation();
  const shown = entries.filter((e) => !e.containerOnly);
  return (
    <details className="plan-details" data-testid="plan-details">
      <summary>{t('copy.plan.summary', { count: shown.length })}</summary>
      <ul className="plan-list">
        {shown.map((entry) => (
          <PlanRow
            key={entry.source}
            entry={entry}
            sourceName={sourceName(entry.source)}
            onChange={onChange}
            onToggle={onToggle}
          />
        ))}
      </ul>
    </details>
  );
}
