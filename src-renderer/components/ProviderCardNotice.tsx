import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProviderCard, ProviderCardId } from '../../src-main/contract';

/** Brand names, the same in every language. */
const providerNames: Record<ProviderCardId, string> = {
  gmail: 'Gmail',
  microsoft: 'Microsoft (Outlook.com, Hotmail, Microsoft 365)',
  yahoo: 'Yahoo Mail',
  aol: 'AOL Mail',
  icloud: 'iCloud Mail',
  gmx: 'GMX',
  webde: 'WEB.DE',
  fastmail: 'Fastmail',
};

/** In link labels the provider is named briefly. */
const shortNames: Record<ProviderCardId, string> = { ...providerNames, microsoft: 'Microsoft' };

type LinkLabelKey =
  'linkCreateAppPassword' | 'linkAppPassword' | 'linkEnableImap' | 'linkAccount' | 'linkHelp';

/** A link's label from its kind (src-main/accounts/providerCards); unknown kinds are help pages. */
function linkLabelKey(kind: string): LinkLabelKey {
  const normalized = kind.toLowerCase();
  if (/create.*pass/.test(normalized)) return 'linkCreateAppPassword';
  if (/app[-_ ]?(specific[-_ ]?)?pass/.test(normalized)) return 'linkAppPassword';
  if (/imap|enable|pop/.test(normalized)) return 'linkEnableImap';
  if (/account|security/.test(normalized)) return 'linkAccount';
  return 'linkHelp';
}

/**
 * What a known provider needs before the password is typed (app passwords, turning IMAP on), with
 * the provider's own pages. Shown before the password field, so the person is not set up to fail.
 */
export function ProviderCardNotice({ card }: { card: ProviderCard }) {
  const { t } = useTranslation();
  const headingId = useId();
  const provider = providerNames[card.id];
  const more =
    card.id === 'gmail'
      ? t('cards.gmailMore')
      : card.id === 'microsoft'
        ? t('cards.microsoftMore')
        : undefined;
  // Forwarding help belongs to screen 6 (new address); here only what to do before signing in.
  const links = card.links.filter((link) => link.kind !== 'forwarding');
  return (
    <section
      className="provider-card"
      aria-labelledby={headingId}
      data-testid="provider-card"
      data-card-id={card.id}
    >
      <h2 id={headingId}>
        {card.passwordSignInPossible
          ? t('cards.heading', { provider })
          : t('cards.headingNoPassword', { provider })}
      </h2>
      <p>{t(`cards.${card.id}`)}</p>
      {more && <p>{more}</p>}
      {links.length > 0 && (
        <ul className="link-list">
          {links.map((link) => (
            <li key={link.url}>
              {/* The shell opens allow-listed pages in the system browser. */}
              <a href={link.url} target="_blank" rel="noopener noreferrer">
                {t(`cards.${linkLabelKey(link.kind)}`, { provider: shortNames[card.id] })}
                <span className="visually-hidden"> {t('account.opensInBrowser')}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
