import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedFile } from '../../../src-main/contract';
import { revealSaved } from '../../hooks/useDoneReport';

/**
 * Beside the "saved in …" sentence: the full path to select and copy, and "Show in folder" where
 * the desktop app can open the file manager (if it cannot after all, it says so).
 */
export function SavedFileNote({ file, canReveal }: { file: SavedFile; canReveal: boolean }) {
  const { t } = useTranslation();
  const [notShown, setNotShown] = useState(false);
  return (
    <div className="saved-file" data-testid={`saved-${file.kind}`} data-path={file.path}>
      <p className="saved-file-path">
        {t('done.files.fullPath')} <span data-testid={`saved-${file.kind}-path`}>{file.path}</span>
      </p>
      {canReveal && (
        <button
          type="button"
          className="button"
          data-testid={`reveal-${file.kind}`}
          onClick={() => {
            void revealSaved(file.kind).then((shown) => setNotShown(!shown));
          }}
        >
          {t('done.files.showInFolder')}
        </button>
      )}
      <p role="status" className="saved-announce">
        {notShown ? t('done.files.notShown') : ''}
      </p>
    </div>
  );
}
