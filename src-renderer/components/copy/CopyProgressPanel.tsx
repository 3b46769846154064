import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CopyJobView } from '../../../src-main/contract';
import { formatNumber } from './folderLabels';

/** "about 3 minutes left", or nothing while the rate is still unknown. */
function timeLeft(seconds: number | null, t: TFunction): string {
  if (seconds === null) return t('copy.progress.estimating');
  if (seconds < 60) return t('copy.progress.lessThanMinute');
  const minutes = Math.round(seconds / 60);
  if (minutes < 90) return t('copy.progress.minutesLeft', { count: minutes });
  return t('copy.progress.hoursLeft', { count: Math.round(minutes / 60) });
}

/** One bar for the whole job, what it is doing now, and pause / resume / cancel. */
export function CopyProgressPanel({
  job,
  folderName,
  busy,
  onPause,
  onResume,
  onCancel,
}: {
  job: CopyJobView;
  folderName: (path: string) => string;
  busy: boolean;
  onPause: () => void;
  onResume: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  // Stopping is a decision: asked once more, inline, and keyboard first.
  const [confirming, setConfirming] = useState(false);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (confirming) keepButton.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      cancelButton.current?.focus();
    }
  }, [confirming]);
  const keepCopying = () => {
    returnFocus.current = true;
    setConfirming(false);
  };
  const p = job.progress;
  const fraction =
    p.bytesTotal > 0
      ? p.bytesDone / p.bytesTotal
      : p.messagesTotal > 0
        ? p.messagesDone / p.messagesTotal
        : 0;
  const percent = Math.min(100, Math.max(0, Math.round(fraction * 100)));
  const paused = job.status === 'paused';
  const preparing = p.phase === 'starting' || p.phase === 'planning' || p.phase === 'indexing';
  const phaseText = paused
    ? t('copy.progress.paused')
    : preparing
      ? t('copy.progress.preparing')
      : p.phase === 'verifying'
        ? t('copy.progress.verifying')
        : timeLeft(p.etaSeconds, t);
  const fill = { width: `${percent}%` };
  return (
    <section className="copy-progress" aria-labelledby="copy-progress-title" data-testid="copy-job">
      <h2 id="copy-progress-title">
        {paused ? t('copy.progress.titlePaused') : t('copy.progress.title')}
      </h2>
      <div
        className="progress-track"
        role="progressbar"
        aria-labelledby="copy-progress-title"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${t('copy.progress.percent', { percent })}. ${phaseText}`}
        data-testid="copy-progress"
        data-phase={p.phase}
      >
        <div className="progress-fill" style={fill} />
      </div>
      <p className="progress-eta" data-testid="copy-eta">
        {t('copy.progress.percent', { percent })} — {phaseText}
      </p>
      <p data-testid="copy-counts">
        {t('copy.progress.counts', {
          count: p.messagesTotal,
          done: formatNumber(p.messagesDone, i18n.language),
          total: formatNumber(p.messagesTotal, i18n.language),
        })}
      </p>
      {p.folder && (
        <p data-testid="copy-folder">
          {t('copy.progress.folder', { folder: folderName(p.folder) })}
        </p>
      )}
      <div className="step-buttons">
        {paused ? (
          <button
            type="button"
            className="button button-primary"
            data-testid="copy-resume"
            disabled={busy}
            onClick={onResume}
          >
            {t('copy.progress.resume')}
          </button>
        ) : (
          <button
            type="button"
            className="button"
            data-testid="copy-pause"
            disabled={busy}
            onClick={onPause}
          >
            {t('copy.progress.pause')}
          </button>
        )}
        <button
          ref={cancelButton}
          type="button"
          className="button"
          data-testid="copy-cancel"
          disabled={busy}
          aria-expanded={confirming}
          aria-controls={confirming ? 'copy-cancel-confirm' : undefined}
          onClick={() => setConfirming(true)}
        >
          {t('copy.progress.cancel')}
        </button>
      </div>
      {confirming && (
        <div
          id="copy-cancel-confirm"
          className="cancel-confirm"
          role="group"
          aria-labelledby="copy-cancel-question"
          aria-describedby="copy-cancel-explain"
          data-testid="copy-cancel-confirm"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              keepCopying();
            }
          }}
        >
          <p id="copy-cancel-question" className="cancel-confirm-question">
            {t('copy.progress.cancelQuestion')}
          </p>
          <p id="copy-cancel-explain">{t('copy.progress.cancelExplain')}</p>
          <div className="step-buttons">
            <button
              ref={keepButton}
              type="button"
              className="button button-primary"
              data-testid="copy-cancel-keep"
              onClick={keepCopying}
            >
              {t('copy.progress.cancelKeep')}
            </button>
            <button
              type="button"
              className="button"
              data-testid="copy-cancel-yes"
              disabled={busy}
              onClick={() => {
                setConfirming(false);
                onCancel();
              }}
            >
              {t('copy.progress.cancelYes')}
            </button>
          </div>
        </div>
      )}
      <p className="field-hint">{t('copy.progress.safeToClose')}</p>
    </section>
  );
}
