import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Drop, DropPreview, LabelMode, PlanEntry } from '../../src-main/contract';
import { api } from '../api';
import { BusyButton } from '../components/BusyButton';
import { ScreenHeading } from '../components/ScreenHeading';
import { StepButtons } from '../components/StepButtons';
import { CopyErrorNotice } from '../components/copy/CopyErrorNotice';
import { CopyProgressPanel } from '../components/copy/CopyProgressPanel';
import { CopyReportPanel } from '../components/copy/CopyReportPanel';
import { CopyToDialog, resultSentence } from '../components/copy/CopyToDialog';
import { folderPathName, formatNumber } from '../components/copy/folderLabels';
import { gmailFolderName, gmailMessageCount, needsFoldersMode } from '../components/copy/gmailPlan';
import { NewTree, OldTree, wholeAccount } from '../components/copy/FolderTree';
import { PlanList } from '../components/copy/PlanList';
import { isLive, isOngoing, useCopyJob } from '../hooks/useCopyJob';
import { useCopyPlan } from '../hooks/useCopyPlan';

/** What the Copy-to dialog is for: copying now, or only changing the plan. */
type DialogFor = { source: string; mode: 'copy' | 'plan' };

/**
 * Screen 4: both folder trees, drag (or choose) what goes where, or copy everything; then one
 * progress bar, and a report in plain words. The job itself lives in the main process.
 */
export function CopyScreen({
  takeFocus,
  onBack,
  onNext,
}: {
  takeFocus: boolean;
  onBack: () => void;
  onNext: () => void;
}) {
  const { t, i18n } = useTranslation();
  const copy = useCopyJob();
  const {
    plan,
    loading,
    recounting,
    error: planError,
    refresh,
    change,
  } = useCopyPlan(copy.copiesEnded);
  const [selected, setSelected] = useState<string>();
  const [dragging, setDragging] = useState<string>();
  const [dropTarget, setDropTarget] = useState<string | null>();
  const [dragAnswer, setDragAnswer] = useState<{ key: string; preview: DropPreview }>();
  const [dialog, setDialog] = useState<DialogFor>();
  const [announcement, setAnnouncement] = useState('');
  // Focus follows a job only once the person has started (or handled) one here, never on a
  // reload: the control they used is replaced by the progress, then by the report.
  const [startedHere, setStartedHere] = useState(false);
  const live = isLive(copy.job);

  const oldFolders = useMemo(
    () => new Map((plan?.old.folders ?? []).map((f) => [f.path, f])),
    [plan],
  );
  const newFolders = useMemo(
    () => new Map((plan?.new.folders ?? []).map((f) => [f.path, f])),
    [plan],
  );
  const allMail = plan?.allMail;
  const oldName = useCallback(
    (path: string) =>
      path === wholeAccount
        ? t('copy.tree.wholeAccount', { email: plan?.old.email ?? '' })
        : allMail
          ? gmailFolderName(path, allMail, oldFolders, t)
          : folderPathName(path, oldFolders, t),
    [oldFolders, plan, allMail, t],
  );
  const newName = useCallback(
    (path: string) => folderPathName(path, newFolders, t),
    [newFolders, t],
  );

  const preview = useCallback(async (drop: Drop) => {
    try {
      return await api.call('copy.previewDrop', drop);
    } catch {
      return undefined;
    }
  }, []);

  // While dragging, the line under the trees says what the drop would create.
  const dragKey = dragging && dropTarget !== undefined ? `${dragging}\n${dropTarget ?? ''}` : '';
  const dragPreview = dragAnswer && dragAnswer.key === dragKey ? dragAnswer.preview : undefined;
  useEffect(() => {
    if (!dragging || dropTarget === undefined) return;
    let stale = false;
    const key = `${dragging}\n${dropTarget ?? ''}`;
    void preview({ source: dragging, into: dropTarget }).then((answer) => {
      if (!stale && answer) setDragAnswer({ key, preview: answer });
    });
    return () => {
      stale = true;
    };
  }, [dragging, dropTarget, preview]);

  // Said out loud (the live region above) as well as shown: a drop starts copying at once.
  const startDrop = async (drop: Drop) => {
    setStartedHere(true);
    const result = await preview(drop);
    const ok = await copy.start({ drop });
    if (ok) {
      setAnnouncement(
        t('copy.drop.started', {
          folder: oldName(drop.source),
          result: result ? resultSentence(result, t) : '',
        }),
      );
    }
  };

  const endDrag = useCallback(() => {
    setDragging(undefined);
    setDropTarget(undefined);
  }, []);

  const onDrop = (into: string | null) => {
    const source = dragging;
    endDrag();
    if (source && !live) void startDrop({ source, into });
  };

  const onSelect = useCallback((path: string) => {
    setSelected((current) => (current === path ? undefined : path));
  }, []);

  const openPlanChange = useCallback((source: string) => setDialog({ source, mode: 'plan' }), []);
  const togglePlanEntry = useCallback(
    (entry: PlanEntry) =>
      void change(
        entry.action === 'skip'
          ? { source: entry.source, keep: true }
          : { source: entry.source, drop: true },
      ),
    [change],
  );

  const rankLabel = useCallback(
    (source: string, rank: number) =>
      void change({ source, rank }).then(() =>
        setAnnouncement(
          t('copy.labels.moved', {
            folder: oldName(source),
            place: t('copy.labels.place', { count: rank + 1, ordinal: true }),
          }),
        ),
      ),
    [change, oldName, t],
  );
  const chooseLabels = useCallback((labels: LabelMode) => change({ labels }), [change]);

  // A new account without tags would lose every label but the first: a copy per label's folder
  // is chosen for the person, once (they may choose tags again).
  const choseFolders = useRef(false);
  useEffect(() => {
    if (!plan || choseFolders.current || !needsFoldersMode(plan)) return;
    choseFolders.current = true;
    void change({ labels: 'folders' });
  }, [plan, change]);

  const confirmDialog = (into: string | null) => {
    const current = dialog;
    setDialog(undefined);
    if (!current) return;
    if (current.mode === 'copy') void startDrop({ source: current.source, into });
    else {
      void change({ source: current.source, into }).then(() =>
        setAnnouncement(t('copy.plan.changed', { folder: oldName(current.source) })),
      );
    }
  };

  const copyEverything = async () => {
    if (copy.busy || live) return;
    setStartedHere(true);
    if (await copy.start({ folders: 'all' })) setAnnouncement(t('copy.everything.started'));
  };

  const job = copy.job;
  // Gmail: All Mail holds every labelled message too, so it is counted once, not per label.
  const copyCount = !plan
    ? 0
    : plan.allMail
      ? gmailMessageCount(plan.entries)
      : plan.entries
          .filter((e) => e.action === 'copy' && !e.containerOnly)
          .reduce((n, e) => n + (e.sourceMessages ?? 0), 0);

  return (
    <>
      <ScreenHeading testId="step-title" takeFocus={takeFocus}>
        {t('steps.copy')}
      </ScreenHeading>
      <p className="lead">{t('copy.intro')}</p>
      <p
        role="status"
        aria-live="polite"
        aria-atomic="true"
        className="status visually-hidden"
        data-testid="copy-announcement"
      >
        {announcement}
      </p>
      {copy.error && <CopyErrorNotice error={copy.error} onSignIn={onBack} />}

      {job === undefined ? (
        <p role="status" className="status">
          {t('welcome.loading')}
        </p>
      ) : job && isOngoing(job) ? (
        <CopyProgressPanel
          job={job}
          folderName={oldName}
          busy={copy.busy}
          takeFocus={startedHere}
          onPause={() => {
            setStartedHere(true);
            copy.pause();
          }}
          onResume={() => {
            setStartedHere(true);
            copy.resume();
          }}
          onCancel={() => {
            setStartedHere(true);
            copy.cancel();
          }}
        />
      ) : (
        <>
          {job?.status === 'interrupted' && (
            <section className="notice-resume" data-testid="copy-interrupted">
              <p>
                {t('copy.interrupted', {
                  done: formatNumber(job.progress.messagesDone, i18n.language),
                  total: formatNumber(job.progress.messagesTotal, i18n.language),
                })}
              </p>
              <BusyButton
                className="button button-primary button-large"
                data-testid="copy-continue"
                busy={copy.busy}
                onClick={() => {
                  setStartedHere(true);
                  void copy.start({ resume: true });
                }}
              >
                {t('copy.continue')}
              </BusyButton>
            </section>
          )}
          {job && (job.status === 'finished' || job.status === 'failed') && (
            // Keyed by job: the report of a new job is a new report, and takes focus again.
            <CopyReportPanel
              key={job.jobId}
              job={job}
              folderName={oldName}
              targetName={newName}
              takeFocus={startedHere}
              onSignIn={onBack}
            />
          )}
          {planError ? (
            <CopyErrorNotice error={planError} onSignIn={onBack}>
              <button type="button" className="button" onClick={refresh}>
                {t('buttons.retry')}
              </button>
            </CopyErrorNotice>
          ) : !plan ? (
            <p role="status" className="status">
              {loading ? t('copy.loadingFolders') : ''}
            </p>
          ) : (
            <>
              <div className="copy-everything">
                <BusyButton
                  className="button button-primary button-large"
                  data-testid="copy-everything"
                  busy={copy.busy}
                  onClick={() => void copyEverything()}
                >
                  {t('copy.everything.button')}
                </BusyButton>
                <p className="field-hint">
                  {t('copy.everything.hint', {
                    count: copyCount,
                    n: formatNumber(copyCount, i18n.language),
                  })}
                </p>
              </div>
              <PlanList
                entries={plan.entries}
                allMail={plan.allMail}
                sourceName={oldName}
                onChange={openPlanChange}
                onToggle={togglePlanEntry}
                onRank={rankLabel}
                onLabels={chooseLabels}
              />
              <p className="drag-hint">{t('copy.dragHint')}</p>
              <div className="trees">
                <div className="tree-column">
                  <OldTree
                    tree={plan.old}
                    total={plan.allMail ? gmailMessageCount(plan.entries, false) : undefined}
                    selected={selected}
                    disabled={copy.busy}
                    onSelect={onSelect}
                    onDragStart={setDragging}
                    onDragEnd={endDrag}
                  />
                  <button
                    type="button"
                    className="button copy-to-button"
                    data-testid="copy-to-button"
                    aria-disabled={selected === undefined ? true : undefined}
                    aria-describedby="copy-to-hint"
                    onClick={() => {
                      if (selected !== undefined) setDialog({ source: selected, mode: 'copy' });
                    }}
                  >
                    {t('copy.copyTo')}
                  </button>
                  <p id="copy-to-hint" className="field-hint">
                    {selected === undefined
                      ? t('copy.copyToHint')
                      : t('copy.copyToSelected', { folder: oldName(selected) })}
                  </p>
                </div>
                <div className="tree-column">
                  <NewTree
                    tree={plan.new}
                    recounting={recounting}
                    dragging={dragging !== undefined}
                    dropTarget={dragging ? dropTarget : undefined}
                    onOver={setDropTarget}
                    onLeave={() => setDropTarget(undefined)}
                    onDrop={onDrop}
                  />
                </div>
              </div>
              <p className="drop-preview" data-testid="drop-preview" aria-live="polite">
                {dragging && dragPreview
                  ? `${oldName(dragging)}: ${resultSentence(dragPreview, t)}`
                  : ''}
              </p>
            </>
          )}
        </>
      )}
      {dialog && plan && (
        <CopyToDialog
          sourceLabel={oldName(dialog.source)}
          targets={plan.new.folders}
          folderName={newName}
          confirmLabel={dialog.mode === 'copy' ? t('copy.dialog.confirm') : t('copy.dialog.save')}
          source={dialog.source}
          preview={preview}
          onConfirm={confirmDialog}
          onClose={() => setDialog(undefined)}
        />
      )}
      <StepButtons onBack={onBack} onNext={onNext} />
    </>
  );
}
