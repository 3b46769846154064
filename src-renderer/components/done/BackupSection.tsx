import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { SwitchoverError, type BackupState } from '../../../src-main/contract';
import { useBackup } from '../../hooks/useBackup';
import { BusyButton } from '../BusyButton';
import { ErrorNotice } from '../ErrorNotice';
import { friendlyPath } from './friendlyPath';
import { SavedFileNote } from './SavedFileNote';
import { percentDone, timeLeft } from '../jobProgress';
import { ProgressBar } from '../ProgressBar';

function BackupProgress({
  state,
  titleRef,
  busy,
  onCancel,
}: {
  state: BackupState;
  titleRef: RefObject<HTMLHeadingElement | null>;
  busy: boolean;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const percent = percentDone(state);
  const eta = timeLeft(state.etaSeconds, t, 'done.backup');
  const number = (n: number) => n.toLocaleString(i18n.language);
  return (
    <div className="backup-running" data-testid="backup-running">
      <h3 id="backup-progress-title" ref={titleRef} tabIndex={-1}>
        {t('done.backup.running')}
      </h3>
      <ProgressBar
        labelledBy="backup-progress-title"
        done={percent}
        valueText={`${t('done.backup.percent', { percent })}. ${eta}`}
        testId="backup-progress"
      />
      <p className="progress-eta" data-testid="backup-eta">
        {t('done.backup.percent', { percent })} — {eta}
      </p>
      <p data-testid="backup-counts">
        {t('done.backup.counts', {
          done: number(state.messagesDone),
          total: number(state.messagesTotal),
        })}
      </p>
      {state.folder && <p>{t('done.backup.folder', { folder: state.folder })}</p>}
      <BusyButton data-testid="backup-cancel" busy={busy} onClick={onCancel}>
        {busy ? t('done.backup.stopping') : t('done.backup.cancel')}
      </BusyButton>
      <p className="field-hint">{t('done.backup.keepsRunning')}</p>
    </div>
  );
}

/**
 * "Keep a copy of your old mail on this computer": start, one bar with the time left, stop; then
 * where the copy is. The backup runs in the main process, so a reloaded window shows it again.
 */
export function BackupSection({ canReveal }: { canReveal: boolean }) {
  const { t } = useTranslation();
  const { backup, error, busy, start, cancel } = useBackup();
  const progressTitle = useRef<HTMLHeadingElement>(null);
  const resultTitle = useRef<HTMLHeadingElement>(null);
  // Focus follows only what the person did here: the control they used is replaced.
  const acted = useRef(false);
  const phase = backup?.phase;

  useEffect(() => {
    if (!acted.current) return;
    if (phase === 'running') progressTitle.current?.focus();
    else if (phase === 'finished' || phase === 'failed' || phase === 'cancelled') {
      resultTitle.current?.focus();
    }
  }, [phase]);

  const startButton = (again: boolean) => (
    <BusyButton
      className={again ? 'button' : 'button button-primary'}
      data-testid="backup-start"
      busy={busy}
      onClick={() => {
        acted.current = true;
        void start();
      }}
    >
      {again ? t('done.backup.startAgain') : t('done.backup.start')}
    </BusyButton>
  );

  const saved = backup?.saved;
  const messages = backup?.folders.reduce((sum, folder) => sum + folder.messages, 0) ?? 0;
  const stateError =
    backup?.phase === 'failed' && backup.error ? SwitchoverError.fromWire(backup.error) : undefined;

  return (
    <section
      className="done-section"
      aria-labelledby="done-backup-title"
      data-testid="done-backup"
      data-phase={phase ?? 'unknown'}
    >
      <h2 id="done-backup-title">{t('done.backup.title')}</h2>
      {backup === undefined ? (
        error ? null : (
          <p role="status" className="status">
            {t('done.backup.loading')}
          </p>
        )
      ) : backup.phase === 'running' ? (
        <BackupProgress
          state={backup}
          titleRef={progressTitle}
          busy={busy}
          onCancel={() => {
            acted.current = true;
            void cancel();
          }}
        />
      ) : backup.phase === 'finished' ? (
        <div data-testid="backup-finished">
          <h3 ref={resultTitle} tabIndex={-1} data-testid="backup-result-title">
            {t('done.backup.finished')}
          </h3>
          <p data-testid="backup-finished-text">
            {t('done.backup.finishedCount', {
              count: messages,
              place: saved ? friendlyPath(saved.path) : '',
            })}
          </p>
          {saved && <SavedFileNote file={saved} canReveal={canReveal} />}
          {startButton(true)}
        </div>
      ) : backup.phase === 'idle' ? (
        <>
          <p>{t('done.backup.intro')}</p>
          {startButton(false)}
        </>
      ) : (
        <div data-testid={`backup-${backup.phase}`}>
          <h3 ref={resultTitle} tabIndex={-1} data-testid="backup-result-title">
            {backup.phase === 'failed' ? t('done.backup.failed') : t('done.backup.cancelled')}
          </h3>
          {backup.phase === 'cancelled' && <p>{t('done.backup.cancelledNext')}</p>}
          {stateError && <ErrorNotice error={stateError} />}
          {startButton(false)}
        </div>
      )}
      {error && <ErrorNotice error={error} />}
    </section>
  );
}
