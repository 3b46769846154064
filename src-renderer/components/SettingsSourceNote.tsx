import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsSource } from '../../src-main/contract';

/**
 * Where the settings came from, in plain words. Settings that came over an unprotected
 * connection, or from DNS answers naming servers outside the address's domain, must be confirmed
 * before the password is sent with them — with the server names in plain sight, since those are
 * what the person compares.
 */
export function SettingsSourceNote({
  source,
  trusted,
  confirmed,
  onConfirm,
  confirmProblem,
  servers,
}: {
  source: SettingsSource;
  trusted: boolean;
  /** Where the password would go: the incoming and (if any) outgoing server's host name. */
  servers: { imap: string; smtp?: string | undefined };
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
        {trusted || source === 'provider-http' ? t(`source.${source}`) : t('source.unconfirmed')}
      </p>
      {!trusted && (
        <>
          <p>{source === 'provider-http' ? t('account.confirmIntro') : t('account.confirmDns')}</p>
          <p>{t('account.confirmServers')}</p>
          <ul className="confirm-servers" data-testid="confirm-servers">
            <li>{t('serverNames.incoming', { host: servers.imap })}</li>
            {servers.smtp && <li>{t('serverNames.outgoing', { host: servers.smtp })}</li>}
          </ul>
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
