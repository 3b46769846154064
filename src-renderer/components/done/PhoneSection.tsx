import { useTranslation } from 'react-i18next';
import { useDonePhone } from '../../hooks/useDonePhone';
import { BusyButton } from '../BusyButton';
import { ErrorNotice } from '../ErrorNotice';
import { friendlyPath } from './friendlyPath';
import { PhoneSettingsTable } from './PhoneSettingsTable';
import { QrCode } from './QrCode';
import { SavedFileNote } from './SavedFileNote';

/**
 * "Set up your phone": the QR code, the iPhone/iPad profile with three plain steps, words for
 * other phones, and the settings themselves folded away.
 */
export function PhoneSection({ canReveal }: { canReveal: boolean }) {
  const { t } = useTranslation();
  const phone = useDonePhone();
  const { setup } = phone;
  return (
    <section className="done-section" aria-labelledby="done-phone-title" data-testid="done-phone">
      <h2 id="done-phone-title">{t('done.phone.title')}</h2>
      {setup === undefined ? (
        <p role="status" className="status">
          {t('done.phone.loading')}
        </p>
      ) : setup === null ? null : (
        <>
          <p>{t('done.phone.intro')}</p>
          <div className="phone-ways">
            <figure className="phone-qr">
              <QrCode size={setup.qr.size} rows={setup.qr.rows} label={t('done.phone.qrLabel')} />
              <figcaption>{t('done.phone.qrHint')}</figcaption>
            </figure>
            <div className="phone-instructions">
              <h3>{t('done.phone.iphoneTitle')}</h3>
              <BusyButton
                className="button button-primary"
                data-testid="save-profile"
                busy={phone.saving}
                onClick={() => void phone.saveProfile()}
              >
                {phone.saving ? t('done.phone.saving') : t('done.phone.saveProfile')}
              </BusyButton>
              <p role="status" className="saved-announce" data-testid="profile-saved-sentence">
                {phone.profile
                  ? t('done.files.savedIn', { place: friendlyPath(phone.profile.path) })
                  : ''}
              </p>
              {phone.profile && <SavedFileNote file={phone.profile} canReveal={canReveal} />}
              <ol className="phone-steps">
                <li>{t('done.phone.iphoneStep1')}</li>
                <li>{t('done.phone.iphoneStep2')}</li>
                <li>{t('done.phone.iphoneStep3')}</li>
              </ol>
              <h3>{t('done.phone.androidTitle')}</h3>
              <p>{t('done.phone.androidText')}</p>
            </div>
          </div>
          <details className="settings-details" data-testid="phone-details">
            <summary>{t('done.phone.detailsSummary')}</summary>
            <PhoneSettingsTable setup={setup} />
          </details>
        </>
      )}
      {phone.error && <ErrorNotice error={phone.error} />}
    </section>
  );
}
