import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsSource } from '../../src-main/contract';

/**
 * Where the settings came from, in plain words. Settings that came over an unprotected
 * connection must be confirmed before the password is sent with them.
 */
export function SettingsSourceNote({
  source,
  trusted,
  confirmed,
  onConfirm,
  confirmProblem,
}: {
  source: SettingsSource;
  trusted: boolean;
  confirmed: boolean;
  onConfirm: (confirmed: boolean) => void;
  confirmProblem: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const needsCheck = source === 'guess' || !trusted;
  return (
    <div
      className={needsCheck ? 'source-note source-note--check' : 'source-note'}
      data-testid="settings-source"
      data-source={source}
    >
      <p>
        {needsCheck ? null : (
          <span aria-hidden="true" className="source-mark">
            ✓{' '}
          </span>
        )}
        {t(`source.${source}`)}
      </p>
      {!trusted && (
        <>
          <p>{t('account.confirmIntro')}</p>
          <div className="checkbox-row">
            <input
              id={id}
              type="checkbox"
              data-testid="confirm-settings"
              checked={confirmed}
              aria-invalid={confirmProblem ? true : undefined}
              aria-describedby={confirmProblem ? `${id}-problem` : undefined}
              onChange={(event) => onConfirm(event.target.checked)}
            />
            <label htmlFor={id}>{t('account.confirmLabel')}</label>
          </div>
          {confirmProblem && (
            <p id={`${id}-problem`} className="field-problem">
              {t('account.confirmMissing')}
            </p>
          )}
        </>
      )}
    </div>
  );
}
