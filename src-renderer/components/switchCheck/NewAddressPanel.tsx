import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SwitchCheckState } from '../../../src-main/contract';
import { useOldSenders } from '../../hooks/useSwitchCheck';
import { BusyButton } from '../BusyButton';
import { ErrorNotice } from '../ErrorNotice';
import { dateText } from './localTime';

function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** Brand names (the same in every language) by the host of their forwarding help page. */
const providerBySite: Readonly<Record<string, string>> = {
  'support.google.com': 'Gmail',
  'support.microsoft.com': 'Outlook',
  'help.yahoo.com': 'Yahoo',
  'help.aol.com': 'AOL',
  'support.apple.com': 'iCloud',
  'hilfe.gmx.net': 'GMX',
  'hilfe.web.de': 'WEB.DE',
  'www.fastmail.help': 'Fastmail',
};

type Link = SwitchCheckState['oldProviderLinks'][number];

/** The shell opens allow-listed pages in the system browser. */
function ExternalLink({ link, label, note }: { link: Link; label: string; note: string }) {
  return (
    <a href={link.url} target="_blank" rel="noopener noreferrer">
      {label}
      <span className="visually-hidden"> {note}</span>
    </a>
  );
}

/**
 * New address (old@gmail.com → new@family.example): the old address keeps receiving by design, so
 * this lists who still writes there, copies their mail across, and points to forwarding.
 */
export function NewAddressPanel({ state }: { state: SwitchCheckState }) {
  const { t, i18n } = useTranslation();
  const sendersHeading = useId();
  const forwardingHeading = useId();
  const { senders, error, copy, copying, copyInbox } = useOldSenders(true);
  const names = { address: state.address, newAddress: state.newAddress };
  const forwarding = state.oldProviderLinks.find((link) => link.kind === 'forwarding');
  return (
    <>
      <p className="lead">{t('switchComplete.newAddress.intro', names)}</p>
      <section
        className="switch-section"
        aria-labelledby={sendersHeading}
        data-testid="switch-senders"
      >
        <h2 id={sendersHeading}>{t('switchComplete.newAddress.sendersHeading')}</h2>
        {error && <ErrorNotice error={error} />}
        {!senders && !error && (
          <p role="status" className="status">
            {t('switchComplete.newAddress.loading')}
          </p>
        )}
        {senders && senders.senders.length === 0 && (
          <p>
            {t('switchComplete.newAddress.none', {
              address: state.address,
              date: dateText(senders.since, i18n.language),
            })}
          </p>
        )}
        {senders && senders.senders.length > 0 && (
          <>
            <p>
              {t('switchComplete.newAddress.since', {
                date: dateText(senders.since, i18n.language),
              })}
            </p>
            <ul className="sender-list">
              {senders.senders.map((s) => (
                <li key={s.address}>
                  <span className="sender-name">
                    {s.name ? `${s.name} <${s.address}>` : s.address}
                  </span>{' '}
                  <span className="field-hint">
                    {t('switchComplete.newAddress.sender', {
                      count: s.messages,
                      date: dateText(s.lastAt, i18n.language),
                    })}
                  </span>
                </li>
              ))}
            </ul>
            <p>{t('switchComplete.newAddress.tellThem')}</p>
          </>
        )}
        <BusyButton
          className="button button-primary"
          data-testid="switch-copy-inbox"
          busy={copying}
          onClick={() => void copyInbox()}
        >
          {copying
            ? t('switchComplete.newAddress.copying')
            : t('switchComplete.newAddress.copyButton')}
        </BusyButton>
        <p role="status" className="status" data-testid="switch-copy-result">
          {copy
            ? `${t('switchComplete.newAddress.copied', { count: copy.copied })} ${
                copy.alreadyThere > 0
                  ? t('switchComplete.newAddress.alreadyThere', { count: copy.alreadyThere })
                  : ''
              }`.trim()
            : ''}
        </p>
      </section>
      <section
        className="switch-section"
        aria-labelledby={forwardingHeading}
        data-testid="switch-forwarding"
      >
        <h2 id={forwardingHeading}>{t('switchComplete.newAddress.forwardingHeading')}</h2>
        <p>{t('switchComplete.newAddress.forwardingText', names)}</p>
        {forwarding ? (
          // The provider's own page on forwarding, named for what it is.
          <p data-testid="switch-forwarding-help">
            <ExternalLink
              link={forwarding}
              label={t('switchComplete.newAddress.forwardingHowTo', {
                provider: providerBySite[siteOf(forwarding.url)] ?? siteOf(forwarding.url),
              })}
              note={t('switchComplete.newAddress.opensInBrowser')}
            />
          </p>
        ) : (
          state.oldProviderLinks.length > 0 && (
            <ul className="link-list">
              {state.oldProviderLinks.map((link) => (
                <li key={link.url}>
                  <ExternalLink
                    link={link}
                    label={t('switchComplete.newAddress.forwardingLink', {
                      site: siteOf(link.url),
                    })}
                    note={t('switchComplete.newAddress.opensInBrowser')}
                  />
                </li>
              ))}
            </ul>
          )
        )}
      </section>
    </>
  );
}
