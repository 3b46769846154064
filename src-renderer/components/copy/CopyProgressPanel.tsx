import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CopyJobView } from '../../../src-main/contract';
import { formatNumber } from './folderLabels';
import { ProviderLimitNotice } from './ProviderLimitNotice';
import { daysLeft, providerLimit, scheduleSentence } from './providerWait';
import { useNow } from '../../hooks/useNow';
import { BusyButton } from '../BusyButton';
import { percentDone, timeLeft } from '../jobProgress';
import { ProgressBar } from '../ProgressBar';

/**
 * One bar for the whole job, what it is doing now, and pause / resume / cancel; a job waiting
 * for a provider's daily limit keeps its bar and can still be stopped. With `takeFocus`
 * (the job was started on this screen, and the control that started it is gone) the title takes
 * focus, so keyboard and screen-reader users continue from here.
 */
export function CopyProgressPanel({
  job,
  folderName,
  busy,
  takeFocus,
  onPause,
  onResume,
  onCancel,
}: {
  job: CopyJobView;
  folderName: (path: string) => string;
  busy: boolean;
  takeFocus: boolean;
  onPause: () => void;
  onResume: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  // Stopping is a decision: asked once more, inline, and keyboard first.
  const [confirming, setConfirming] = useState(false);
  const title = useRef<HTMLHeadingElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  // Where focus goes once the question has closed: back to Cancel, or (stopping) to the title.
  const returnFocus = useRef<'cancel' | 'title'>(undefined);
  useEffect(() => {
    if (takeFocus) title.current?.focus();
  }, [takeFocus]);
  useEffect(() => {
    if (confirming) keepButton.current?.focus();
    else if (returnFocus.current) {
      (returnFocus.current === 'cancel' ? cancelButton : title).current?.focus();
      returnFocus.current = undefined;
    }
  }, [confirming]);
  const keepCopying = () => {
    returnFocus.current = 'cancel';
    setConfirming(false);
  };
  const now = useNow();
  const p = job.progress;
  const percent = percentDone(p);
  const paused = job.status === 'paused';
  const limit = providerLimit(job, now, i18n.language, t);
  const waiting = limit?.kind === 'waiting';
  const days = daysLeft(p);
  const preparing = p.phase === 'starting' || p.phase === 'planning' || p.phase === 'indexing';
  // While a provider holds the copy its rate says nothing: no estimate, rather than a wild one.
  const phaseText = waiting
    ? t('copy.waiting.phase')
    : paused
      ? t('copy.progress.paused')
      : preparing
        ? t('copy.progress.preparing')
        : p.phase === 'verifying'
          ? t('copy.progress.verifying')
          : limit
            ? t('copy.wait.phase')
            : days !== undefined
              ? t('copy.progress.daysLeft', { count: days })
              : timeLeft(p.etaSeconds, t, 'copy.progress');
  return (
    <section
      className="copy-progress"
      aria-labelledby="copy-progress-title"
      data-testid="copy-job"
      data-status={job.status}
    >
      <h2 id="copy-progress-title" ref={title} tabIndex={-1} data-testid="copy-progress-title">
        {waiting
          ? t('copy.waiting.title', { when: limit.when })
          : paused
            ? t('copy.progress.titlePaused')
            : t('copy.progress.title')}
      </h2>
      <ProgressBar
        labelledBy="copy-progress-title"
        done={percent}
        valueText={`${t('copy.progress.percent', { percent })}. ${phaseText}`}
        testId="copy-progress"
        phase={p.phase}
      />
      <p className="progress-eta" data-testid="copy-eta">
        {t('copy.progress.percent', { percent })} — {phaseText}
      </p>
      <ProviderLimitNotice
        limit={limit}
        schedule={p.schedule && !waiting ? scheduleSentence(p.schedule, i18n.language, t) : ''}
      />
      <p data-testid="copy-counts">
        {t('copy.progress.counts', {
          count: p.messagesTotal,
          done: formatNumber(p.messagesDone, i18n.language),
          total: formatNumber(p.messagesTotal, i18n.language),
        })}
      </p>
      {p.folder && !waiting && (
        <p data-testid="copy-folder">
          {t('copy.progress.folder', { folder: folderName(p.folder) })}
        </p>
      )}
      <div className="step-buttons">
        {/* One button that turns from Pause into Resume (and back): focus stays on it. A job
            waiting for a daily limit is paused by the provider: stopping is the one choice. */}
        {!waiting && (
          <BusyButton
            className={paused ? 'button button-primary' : 'button'}
            data-testid={paused ? 'copy-resume' : 'copy-pause'}
            busy={busy}
            onClick={paused ? onResume : onPause}
          >
            {paused ? t('copy.progress.resume') : t('copy.progress.pause')}
          </BusyButton>
        )}
        <BusyButton
          ref={cancelButton}
          data-testid="copy-cancel"
          busy={busy}
          aria-expanded={confirming}
          aria-controls={confirming ? 'copy-cancel-confirm' : undefined}
          onClick={() => setConfirming(true)}
        >
          {t('copy.progress.cancel')}
        </BusyButton>
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
                returnFocus.current = 'title';
                setConfirming(false);
                onCancel();
              }}
            >
              {t('copy.progress.cancelYes')}
            </button>
          </div>
        </div>
      )}
      {!waiting && <p className="field-hint">{t('copy.progress.safeToClose')}</p>}
    </section>
  );
}
