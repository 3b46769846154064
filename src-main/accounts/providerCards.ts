import type { ProviderCard, ProviderCardId } from '../contract';
import type { AutoconfigDocument } from './autoconfigXml';

/**
 * Known providers: what must be done before the password is asked (the renderer words it by card
 * id), their own help pages (kind `forwarding`: how to forward mail there, for the new-address
 * case), and their settings so they are found even offline (as Thunderbird's built-in ISPDB copy
 * does). Every link must be on the external-link allow-list.
 */
interface ProviderEntry {
  card: ProviderCard;
  domains: readonly string[];
  /** Host name suffixes of MX records (or of IMAP hosts) that mean this provider. */
  hostSuffixes: readonly string[];
  settings: AutoconfigDocument;
}

const tls = 'tls' as const;
const starttls = 'starttls' as const;
const address = '%EMAILADDRESS%';

function entry(
  id: ProviderCardId,
  passwordSignInPossible: boolean,
  links: { kind: string; url: string }[],
  domains: readonly string[],
  hostSuffixes: readonly string[],
  settings: Omit<AutoconfigDocument, 'domains' | 'instructions'>,
): ProviderEntry {
  return {
    card: { id, links, passwordSignInPossible },
    domains,
    hostSuffixes,
    settings: { ...settings, domains: [...domains], instructions: [] },
  };
}

const countryTlds = ['de', 'fr', 'es', 'it', 'co.uk', 'at', 'ch', 'be', 'nl', 'ca', 'com.au'];

const entries: readonly ProviderEntry[] = [
  entry(
    'gmail',
    true,
    [
      { kind: 'app-password', url: 'https://support.google.com/accounts/answer/185833' },
      { kind: 'create-app-password', url: 'https://myaccount.google.com/apppasswords' },
      { kind: 'enable-imap', url: 'https://support.google.com/mail/answer/7126229' },
      { kind: 'forwarding', url: 'https://support.google.com/mail/answer/10957' },
    ],
    ['gmail.com', 'googlemail.com', 'google.com'],
    ['.google.com', '.googlemail.com'],
    {
      displayName: 'Google Mail',
      imap: [{ host: 'imap.gmail.com', port: 993, security: tls, username: address }],
      smtp: [
        { host: 'smtp.gmail.com', port: 465, security: tls, username: address },
        { host: 'smtp.gmail.com', port: 587, security: starttls, username: address },
      ],
    },
  ),
  entry(
    'microsoft',
    false,
    [
      {
        kind: 'settings',
        url: 'https://support.microsoft.com/office/pop-imap-and-smtp-settings-for-outlook-com-d088b986-291d-42b8-9564-9c414e2aa040',
      },
      { kind: 'account', url: 'https://account.microsoft.com/security' },
      {
        kind: 'forwarding',
        url: 'https://support.microsoft.com/en-us/office/turn-on-automatic-forwarding-in-outlook-7f2670a1-7fff-4475-8a3c-5822d63b0c8e',
      },
    ],
    [
      'outlook.com',
      'hotmail.com',
      'live.com',
      'msn.com',
      'passport.com',
      ...countryTlds.flatMap((tld) => [`outlook.${tld}`, `hotmail.${tld}`, `live.${tld}`]),
    ],
    ['.protection.outlook.com', '.office365.com', '.outlook.com', '.hotmail.com'],
    {
      displayName: 'Microsoft',
      imap: [{ host: 'outlook.office365.com', port: 993, security: tls, username: address }],
      smtp: [{ host: 'smtp.office365.com', port: 587, security: starttls, username: address }],
    },
  ),
  // AOL's MX also lives under yahoodns.net: its more specific suffix is listed first.
  entry(
    'aol',
    true,
    [
      { kind: 'app-password', url: 'https://help.aol.com/articles/Create-and-manage-app-password' },
      { kind: 'forwarding', url: 'https://help.aol.com/articles/how-do-i-forward-my-aol-mail' },
    ],
    ['aol.com', 'aim.com', ...countryTlds.map((tld) => `aol.${tld}`)],
    ['.aol.com', 'mx-aol.mail.gm0.yahoodns.net'],
    {
      displayName: 'AOL Mail',
      imap: [{ host: 'imap.aol.com', port: 993, security: tls, username: address }],
      smtp: [{ host: 'smtp.aol.com', port: 465, security: tls, username: address }],
    },
  ),
  entry(
    'yahoo',
    true,
    [
      { kind: 'app-password', url: 'https://help.yahoo.com/kb/SLN15241.html' },
      { kind: 'account', url: 'https://login.yahoo.com/account/security' },
      { kind: 'forwarding', url: 'https://help.yahoo.com/kb/SLN22028.html' },
    ],
    ['yahoo.com', 'ymail.com', 'rocketmail.com', ...countryTlds.map((tld) => `yahoo.${tld}`)],
    ['.yahoodns.net', '.yahoo.com'],
    {
      displayName: 'Yahoo Mail',
      imap: [{ host: 'imap.mail.yahoo.com', port: 993, security: tls, username: address }],
      smtp: [{ host: 'smtp.mail.yahoo.com', port: 465, security: tls, username: address }],
    },
  ),
  entry(
    'icloud',
    true,
    [
      { kind: 'app-password', url: 'https://support.apple.com/en-us/102654' },
      { kind: 'account', url: 'https://account.apple.com' },
      {
        kind: 'forwarding',
        url: 'https://support.apple.com/guide/icloud/forward-email-mm6b1a490a/icloud',
      },
    ],
    ['icloud.com', 'me.com', 'mac.com'],
    ['.mail.icloud.com', '.mail.me.com'],
    {
      displayName: 'iCloud Mail',
      // Apple documents the name part alone as the IMAP user name.
      imap: [{ host: 'imap.mail.me.com', port: 993, security: tls, username: '%EMAILLOCALPART%' }],
      smtp: [{ host: 'smtp.mail.me.com', port: 587, security: starttls, username: address }],
    },
  ),
  entry(
    'gmx',
    true,
    [
      { kind: 'enable-imap', url: 'https://hilfe.gmx.net/pop-imap/einschalten.html' },
      { kind: 'forwarding', url: 'https://hilfe.gmx.net/email/weiterleiten.html' },
    ],
    ['gmx.de', 'gmx.net', 'gmx.at', 'gmx.ch', 'gmx.com', 'gmx.fr', 'gmx.es', 'gmx.co.uk', 'gmx.eu'],
    ['.gmx.net', '.gmx.com'],
    {
      displayName: 'GMX',
      imap: [{ host: 'imap.gmx.net', port: 993, security: tls, username: address }],
      smtp: [
        { host: 'mail.gmx.net', port: 465, security: tls, username: address },
        { host: 'mail.gmx.net', port: 587, security: starttls, username: address },
      ],
    },
  ),
  entry(
    'webde',
    true,
    [
      { kind: 'enable-imap', url: 'https://hilfe.web.de/pop-imap/einschalten.html' },
      { kind: 'forwarding', url: 'https://hilfe.web.de/email/weiterleiten.html' },
    ],
    ['web.de'],
    ['.web.de'],
    {
      displayName: 'WEB.DE',
      imap: [{ host: 'imap.web.de', port: 993, security: tls, username: address }],
      smtp: [{ host: 'smtp.web.de', port: 587, security: starttls, username: address }],
    },
  ),
  entry(
    'fastmail',
    true,
    [
      {
        kind: 'app-password',
        url: 'https://www.fastmail.help/hc/en-us/articles/360058752854-App-passwords',
      },
      { kind: 'create-app-password', url: 'https://app.fastmail.com/settings/security/apps' },
      { kind: 'forwarding', url: 'https://www.fastmail.help/hc/en-us/articles/360058753394' },
    ],
    ['fastmail.com', 'fastmail.fm', 'fastmail.de', 'messagingengine.com'],
    ['.messagingengine.com', '.fastmail.com'],
    {
      displayName: 'Fastmail',
      imap: [{ host: 'imap.fastmail.com', port: 993, security: tls, username: address }],
      smtp: [{ host: 'smtp.fastmail.com', port: 465, security: tls, username: address }],
    },
  ),
];

function normalise(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}

function byDomain(domain: string): ProviderEntry | undefined {
  const d = normalise(domain);
  return entries.find((e) => e.domains.includes(d));
}

function byHost(host: string): ProviderEntry | undefined {
  const h = normalise(host);
  return entries.find((e) =>
    e.hostSuffixes.some((suffix) => h === suffix.replace(/^\./, '') || h.endsWith(suffix)),
  );
}

/** The card for an address's domain (no network needed). */
export function cardForDomain(domain: string): ProviderCard | undefined {
  return byDomain(domain)?.card;
}

/** The card for a mail host: an MX record (Google Workspace, Microsoft 365…) or an IMAP host. */
export function cardForHost(host: string): ProviderCard | undefined {
  return byHost(host)?.card;
}

/** Built-in settings for a known provider's domain (the offline copy of its ISPDB entry). */
export function builtInSettings(domain: string): AutoconfigDocument | undefined {
  return byDomain(domain)?.settings;
}

/** Every card, in the order they are matched (the tests check each has what it needs). */
export function allCards(): ProviderCard[] {
  return entries.map((e) => e.card);
}

/** Every link any card carries (the allow-list test checks them all). */
export function allCardLinks(): string[] {
  return entries.flatMap((e) => e.card.links.map((l) => l.url));
}
