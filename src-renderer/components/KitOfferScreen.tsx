import { useTranslation } from 'react-i18next';
import type { KitOffer } from '../../src-main/contract';
import { BusyButton } from './BusyButton';
import { ScreenHeading } from './ScreenHeading';

/**
 * A kit that arrived from outside the window (a link any web page can fire, a file any program
 * can pass): one question before anything of it is used, with the servers the password would go
 * to in plain sight and a warning when they are not part of the address's domain.
 */
export function KitOfferScreen({
  offer,
  busy,
  onAccept,
  onDecline,
}: {
  offer: KitOffer;
  busy: boolean;
  onAccept: () => void;
  onDecline: () => void;
}) {
  const { t } = useTranslation();
  const { kit } = offer;
  const name = kit.helper.name;
  return (
    <section className="kit-offer" data-testid="kit-offer">
      {/* Always takes focus: it interrupts whatever the person was doing. */}
      <ScreenHeading testId="kit-offer-title" takeFocus>
        {t('kitOffer.title')}
      </ScreenHeading>
      <p className="lead">{t('kitOffer.from', { name })}</p>
      <p>{t('kitOffer.servers')}</p>
      <ul className="kit-offer-servers" data-testid="kit-offer-servers">
        <li>{t('serverNames.incoming', { host: kit.newAccount.imap.host })}</li>
        <li>{t('serverNames.outgoing', { host: kit.newAccount.smtp.host })}</li>
      </ul>
      {offer.replaces !== null && <p>{t('kitOffer.replaces', { name: offer.replaces })}</p>}
      {offer.domain !== null && offer.unrelatedHosts.length > 0 && (
        <p className="notice-warning" role="note" data-testid="kit-offer-unrelated">
          {t('kitOffer.unrelated', {
            hosts: offer.unrelatedHosts.join(', '),
            domain: offer.domain,
          })}
        </p>
      )}
      <div className="step-buttons">
        <BusyButton busy={busy} onClick={onDecline} data-testid="kit-offer-decline">
          {t('kitOffer.decline')}
        </BusyButton>
        <BusyButton
          busy={busy}
          onClick={onAccept}
          className="button button-primary"
          data-testid="kit-offer-accept"
        >
          {t('kitOffer.accept')}
        </BusyButton>
      </div>
    </section>
  );
}
