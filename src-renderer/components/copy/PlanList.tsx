import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CopyPlan, LabelMode, PlanEntry } from '../../../src-main/contract';
import { labelsInOrder } from './gmailPlan';
import { LabelModeChoice } from './LabelModeChoice';

const PlanRow = memo(function PlanRow({
  entry,
  sourceName,
  ranked,
  onChange,
  onToggle,
  onRank,
}: {
  entry: PlanEntry;
  sourceName: string;
  /** A label in the precedence: its place is shown, and it can be moved up. */
  ranked: boolean;
  onChange: (source: string) => void;
  onToggle: (entry: PlanEntry) => void;
  onRank: (source: string, rank: number) => void;
}) {
  const { t } = useTranslation();
  const skipped = entry.action === 'skip';
  const reason =
    entry.skipReason === 'dropped'
      ? t('copy.plan.skipDropped')
      : entry.skipReason
        ? t('copy.plan.skipVirtual')
        : entry.fromAllMail === 'unlabelled'
          ? t('copy.labels.unlabelledNote')
          : undefined;
  const rank = ranked ? entry.rank : undefined;
  const first = rank === 0;
  return (
    <li className="plan-row" data-testid="plan-entry" data-source={entry.source} data-rank={rank}>
      <span className="plan-mapping">
        {rank !== undefined && (
          <span className="plan-rank" data-testid="plan-rank">
            {t('copy.labels.place', { count: rank + 1, ordinal: true })}
          </span>
        )}
        {skipped
          ? t('copy.plan.skipped', { source: sourceName })
          : t('copy.plan.mapping', {
              source: sourceName,
              // INBOX is the one name every server shares: the person's word for it.
              target: entry.target === 'INBOX' ? t('copy.roles.inbox') : entry.target,
            })}
        {reason && <span className="folder-facts"> — {reason}</span>}
      </span>
      <span className="plan-actions">
        {rank !== undefined && (
          <>
            {/* Kept, not removed, at the top: focus stays on the button that was pressed. */}
            <button
              type="button"
              className="button button-small"
              data-testid="plan-move-up"
              aria-label={t('copy.labels.moveUpLabel', { folder: sourceName })}
              aria-disabled={first ? true : undefined}
              onClick={() => {
                if (!first) onRank(entry.source, rank - 1);
              }}
            >
              {t('copy.labels.moveUp')}
            </button>
            <button
              type="button"
              className="button button-small"
              data-testid="plan-put-first"
              aria-label={t('copy.labels.putFirstLabel', { folder: sourceName })}
              aria-disabled={first ? true : undefined}
              onClick={() => {
                if (!first) onRank(entry.source, 0);
              }}
            >
              {t('copy.labels.putFirst')}
            </button>
          </>
        )}
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

/**
 * "Sent Items → Sent": the whole plan, to look at and change before copying everything. For
 * Gmail (`allMail`) also how labels are kept, and the labels in order: a message goes to the
 * folder of the first of its labels (each once, other labels as tags), so the order is shown
 * and can be changed; with a copy per label the order does not matter and is not shown.
 */
export function PlanList({
  entries,
  allMail,
  sourceName,
  onChange,
  onToggle,
  onRank,
  onLabels,
}: {
  entries: readonly PlanEntry[];
  allMail?: CopyPlan['allMail'];
  sourceName: (path: string) => string;
  onChange: (source: string) => void;
  onToggle: (entry: PlanEntry) => void;
  onRank: (source: string, rank: number) => void;
  onLabels: (mode: LabelMode) => Promise<void>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const shown = entries.filter((e) => !e.containerOnly);
  const labels = allMail ? labelsInOrder(shown) : [];
  const inLabels = new Set(labels);
  const others = shown
    .filter((e) => !inLabels.has(e))
    // Mail without a label first: the mail the person archived, beside the labels.
    .sort(
      (a, b) => Number(b.fromAllMail === 'unlabelled') - Number(a.fromAllMail === 'unlabelled'),
    );
  const ranked = allMail?.labels === 'keywords';
  const row = (entry: PlanEntry, inOrder: boolean) => (
    <PlanRow
      key={entry.source}
      entry={entry}
      sourceName={sourceName(entry.source)}
      ranked={inOrder}
      onChange={onChange}
      onToggle={onToggle}
      onRank={onRank}
    />
  );
  return (
    <details className="plan-details" data-testid="plan-details">
      <summary>{t('copy.plan.summary', { count: shown.length })}</summary>
      {allMail && (
        <LabelModeChoice
          mode={allMail.labels}
          keywordsAllowed={allMail.keywordsAllowed}
          onChoose={onLabels}
        />
      )}
      {labels.length > 0 && (
        <>
          <p id={`${id}-labels`} className="plan-labels-title">
            {ranked ? t('copy.labels.orderTitle') : t('copy.labels.foldersTitle')}
          </p>
          {ranked ? (
            <ol
              className="plan-list label-order"
              data-testid="label-order"
              aria-labelledby={`${id}-labels`}
            >
              {labels.map((entry) => row(entry, true))}
            </ol>
          ) : (
            <ul
              className="plan-list label-order"
              data-testid="label-order"
              aria-labelledby={`${id}-labels`}
            >
              {labels.map((entry) => row(entry, false))}
            </ul>
          )}
          {others.length > 0 && <p className="plan-labels-title">{t('copy.labels.othersTitle')}</p>}
        </>
      )}
      {others.length > 0 && (
        <ul className="plan-list">{others.map((entry) => row(entry, false))}</ul>
      )}
    </details>
  );
}
