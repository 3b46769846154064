import type { TFunction } from 'i18next';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Drop, DropPreview, FolderNode } from '../../../src-main/contract';

const keepPlace = '';

/**
 * The keyboard way to do what a drag does: choose where the folder goes, see the resulting name,
 * confirm. A native modal dialog, so focus stays inside and Escape closes it.
 */
export function CopyToDialog({
  source,
  sourceLabel,
  targets,
  folderName,
  confirmLabel,
  preview,
  onConfirm,
  onClose,
}: {
  source: string;
  sourceLabel: string;
  targets: readonly FolderNode[];
  folderName: (path: string) => string;
  confirmLabel: string;
  preview: (drop: Drop) => Promise<DropPreview | undefined>;
  onConfirm: (into: string | null) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const selectId = useId();
  const [choice, setChoice] = useState(keepPlace);
  const [answer, setAnswer] = useState<{ choice: string; preview: DropPreview }>();
  const result = answer?.choice === choice ? answer.preview : undefined;

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  useEffect(() => {
    let stale = false;
    preview({ source, into: choice === keepPlace ? null : choice }).then(
      (found) => {
        if (!stale && found) setAnswer({ choice, preview: found });
      },
      () => undefined,
    );
    return () => {
      stale = true;
    };
  }, [choice, source, preview]);

  return (
    <dialog
      ref={dialog}
      className="copy-dialog"
      aria-labelledby={`${selectId}-title`}
      data-testid="copy-to-dialog"
      // Escape: the parent unmounts the dialog. Not onClose, which the cleanup's close() fires too.
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${selectId}-title`}>{t('copy.dialog.title', { folder: sourceLabel })}</h2>
      <div className="field">
        <label htmlFor={selectId}>{t('copy.dialog.where')}</label>
        <select
          id={selectId}
          data-testid="copy-to-select"
          value={choice}
          onChange={(event) => setChoice(event.target.value)}
        >
          <option value={keepPlace}>{t('copy.dialog.keepPlace')}</option>
          {targets.map((folder) => (
            <option key={folder.path} value={folder.path}>
              {t('copy.dialog.inside', { folder: folderName(folder.path) })}
            </option>
          ))}
        </select>
      </div>
      <p aria-live="polite" className="drop-preview" data-testid="copy-to-preview">
        {result ? resultSentence(result, t) : ''}
      </p>
      <div className="step-buttons">
        <button
          type="button"
          className="button button-primary"
          data-testid="copy-to-confirm"
          onClick={() => onConfirm(choice === keepPlace ? null : choice)}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button" data-testid="copy-to-cancel" onClick={onClose}>
          {t('copy.dialog.cancel')}
        </button>
      </div>
    </dialog>
  );
}

/** "Archive/2019 will be created." or "It goes into Sent, which is already there." */
export function resultSentence(result: DropPreview, t: TFunction): string {
  if (!result.target) return t('copy.drop.keepPlace');
  return result.exists
    ? t('copy.drop.exists', { target: result.target })
    : t('copy.drop.created', { target: result.target });
}
