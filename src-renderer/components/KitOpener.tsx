import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { KitState } from '../hooks/useKit';
import { SignInErrorNotice } from './SignInErrorNotice';

/**
 * "Open kit…": a real button that opens the system's file chooser (the file input itself is
 * hidden, as its look cannot be made large and plain). Dropping a file anywhere works too.
 */
export function KitOpener({ kitState }: { kitState: KitState }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const { kit, opening, error, openFile } = kitState;
  return (
    <div className="kit-opener" data-testid="kit-opener">
      {kit ? (
        <p data-testid="kit-opened">{t('kit.opened', { name: kit.helper.name })}</p>
      ) : (
        <p>{t('kit.question')}</p>
      )}
      <input
        ref={input}
        type="file"
        hidden
        data-testid="kit-file-input"
        accept=".switchover,.json,application/json"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) openFile(file);
          // The same file can be chosen again after fixing it.
          event.target.value = '';
        }}
      />
      <button
        type="button"
        className="button"
        data-testid="open-kit"
        aria-describedby={hintId}
        onClick={() => input.current?.click()}
      >
        {t('buttons.openKit')}
      </button>
      <p id={hintId} className="field-hint">
        {t('kit.dropHint')}
      </p>
      <p role="status" className="status">
        {opening ? t('kit.opening') : ''}
      </p>
      {error && <SignInErrorNotice error={error} testId="kit-error" />}
    </div>
  );
}
