// The fixed shape of the pretend internet the stack serves: who lives where, on which loopback
// address, and which DNS records exist. Everything else in the stack is derived from this.

export type ProviderName = 'old' | 'new';
export const providerNames: readonly ProviderName[] = ['old', 'new'];

export interface ProviderIdentity {
  name: ProviderName;
  host: string;
  domain: string;
  /** Hostnames a client may use for this provider; all are in its certificate. */
  hostnames: { mail: string; imap: string; smtp: string };
  separator: '.' | '/';
}

export const providers: Record<ProviderName, ProviderIdentity> = {
  old: {
    name: 'old',
    host: '127.0.0.2',
    domain: 'old.test',
    hostnames: { mail: 'mail.old.test', imap: 'imap.old.test', smtp: 'smtp.old.test' },
    separator: '.',
  },
  new: {
    name: 'new',
    host: '127.0.0.3',
    domain: 'new.test',
    hostnames: { mail: 'mail.new.test', imap: 'imap.new.test', smtp: 'smtp.new.test' },
    separator: '/',
  },
};

/**
 * The Gmail-like provider (test/mailstack/gmail/): IMAP only, one Dovecot behind a proxy that
 * speaks X-GM-EXT-1. Not a ProviderName: it has no Postfix and takes no part in MX routing.
 */
export const gmailLike = {
  host: '127.0.0.6',
  domain: 'gmail.test',
  hostnames: { mail: 'mail.gmail.test', imap: 'imap.gmail.test', smtp: 'smtp.gmail.test' },
} as const;

/**
 * The OAuth2 identity provider (test/mailstack/oauth/): an OpenID Connect issuer for "Sign in
 * with …" that both providers' Dovecot trust through token introspection.
 */
export const oauthIdp = {
  host: '127.0.0.7',
  hostname: 'login.oauth.test',
} as const;

export const dnsHost = '127.0.0.4';
export const autoconfigHost = '127.0.0.5';

/** Every mail domain of the test world; routing decides which provider receives each. */
export const mailDomains = ['old.test', 'new.test', 'family.test'] as const;

export const autoconfigHostnames = mailDomains.flatMap((domain) => [
  `autoconfig.${domain}`,
  `autodiscover.${domain}`,
]);

/** Where mail goes when the stack starts: family.test has not switched yet. */
export function initialMx(): Record<string, ProviderName> {
  return { 'old.test': 'old', 'new.test': 'new', 'family.test': 'old' };
}

export const familySpf = 'v=spf1 ip4:127.0.0.2 ip4:127.0.0.3 ~all';
