import fs from 'node:fs';
import { SwitchoverError } from '../errors';
import { checkIssuerUrl } from './discovery';
import type { OAuthEndpoints } from './discovery';

/**
 * The providers whose own sign-in page Switchover opens (OAuth2 for installed apps). A provider
 * is recognised by the address's domain, by the domain's MX hosts (Google Workspace, Microsoft
 * 365 under the person's own domain), by the IMAP host, or by the issuer an autoconfig
 * document's <oAuth2> names. Client IDs are the project's own registrations, supplied at build
 * time (oauthClients.ts); more providers come from SWITCHOVER_OAUTH_PROVIDERS (a JSON file).
 */
export interface OAuthProvider {
  id: string;
  name: string;
  /** OpenID discovery at issuer/.well-known/openid-configuration, unless `endpoints` is known. */
  issuer: string;
  endpoints?: OAuthEndpoints;
  scopes: string[];
  /** Address domains, exact or as patterns (hotmail.*). */
  domains: (string | RegExp)[];
  /** MX hosts of a domain that show it is hosted here. */
  mx?: RegExp[];
  imapHosts?: RegExp[];
  /** Extra authorization request parameters (Google: a refresh token only with these). */
  authorizationParams?: Record<string, string>;
  clientId?: string;
  /** Google's "installed app" secret: not a secret (it ships in the app), but required. */
  clientSecret?: string;
}

export const builtInProviders: readonly OAuthProvider[] = [
  {
    id: 'google',
    name: 'Google',
    issuer: 'https://accounts.google.com',
    scopes: ['https://mail.google.com/', 'openid', 'email'],
    domains: ['gmail.com', 'googlemail.com'],
    mx: [/(^|\.)google\.com\.?$/i, /(^|\.)googlemail\.com\.?$/i],
    imapHosts: [/^imap\.gmail\.com$/i],
    // A refresh token only with offline access and consent; the account picker, not the
    // browser's signed-in account, decides which account (login_hint preselects it).
    authorizationParams: { access_type: 'offline', prompt: 'consent select_account' },
  },
  {
    id: 'microsoft',
    name: 'Microsoft',
    issuer: 'https://login.microsoftonline.com/common/v2.0',
    scopes: [
      'https://outlook.office.com/IMAP.AccessAsUser.All',
      'https://outlook.office.com/SMTP.Send',
      'offline_access',
      'openid',
      'email',
    ],
    domains: [/^(outlook|hotmail|live)\.[a-z.]+$/i, 'msn.com', 'passport.com', 'windowslive.com'],
    mx: [/\.mail\.protection\.outlook\.com\.?$/i, /(^|\.)olc\.protection\.outlook\.com\.?$/i],
    imapHosts: [/^outlook\.office365\.com$/i, /^imap-mail\.outlook\.com$/i],
    authorizationParams: { prompt: 'select_account' },
  },
  {
    id: 'yahoo',
    name: 'Yahoo',
    issuer: 'https://api.login.yahoo.com',
    scopes: ['mail-w', 'openid'],
    domains: [/^yahoo\.[a-z.]+$/i, 'ymail.com', 'rocketmail.com'],
    mx: [/(^|\.)yahoodns\.net\.?$/i],
    imapHosts: [/^imap\.mail\.yahoo\.com$/i],
  },
  {
    id: 'aol',
    name: 'AOL',
    issuer: 'https://api.login.aol.com',
    scopes: ['mail-w', 'openid'],
    domains: [/^aol\.[a-z.]+$/i, 'aim.com', 'love.com', 'games.com', 'wow.com'],
    imapHosts: [/^imap\.aol\.com$/i],
  },
];

/** What SWITCHOVER_OAUTH_PROVIDERS=FILE holds: providers by discovery, one client ID each. */
interface ProviderFile {
  providers: {
    id: string;
    name: string;
    domains: string[];
    issuer: string;
    clientId: string;
    scopes: string[];
  }[];
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** Providers added by the environment (tests, a company's own IdP); refused whole when malformed. */
export function providersFromEnv(env: NodeJS.ProcessEnv = process.env): OAuthProvider[] {
  const file = env.SWITCHOVER_OAUTH_PROVIDERS;
  if (!file) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SwitchoverError(
      'oauth.failed',
      `SWITCHOVER_OAUTH_PROVIDERS: ${file} is unreadable.`,
      {
        reason: (error as Error).message,
      },
    );
  }
  const list = (parsed as Partial<ProviderFile> | null)?.providers;
  if (!Array.isArray(list))
    throw new SwitchoverError('oauth.failed', `SWITCHOVER_OAUTH_PROVIDERS: no "providers" list.`);
  return list.map((p: Partial<ProviderFile['providers'][number]>, i) => {
    if (
      typeof p.id !== 'string' ||
      typeof p.name !== 'string' ||
      typeof p.issuer !== 'string' ||
      typeof p.clientId !== 'string' ||
      !isStringArray(p.domains) ||
      !isStringArray(p.scopes)
    )
      throw new SwitchoverError(
        'oauth.failed',
        `SWITCHOVER_OAUTH_PROVIDERS: provider ${i + 1} needs id, name, domains, issuer, clientId, scopes.`,
      );
    checkIssuerUrl(p.issuer);
    return {
      id: p.id,
      name: p.name,
      issuer: p.issuer,
      scopes: p.scopes,
      domains: p.domains.map((d) => d.toLowerCase()),
      clientId: p.clientId,
      // Standard OpenID: the person signs in as the account typed, not whoever the browser
      // is already signed in as.
      authorizationParams: { prompt: 'login' },
    };
  });
}

function matches(patterns: readonly (string | RegExp)[] | undefined, value: string): boolean {
  const v = value.toLowerCase().replace(/\.$/, '');
  return (patterns ?? []).some((p) => (typeof p === 'string' ? p === v : p.test(v)));
}

export interface ProviderHints {
  /** The person's address. */
  email: string;
  /** MX hosts of its domain, when known. */
  mx?: readonly string[];
  imapHost?: string;
  /** An autoconfig document's <oAuth2><issuer> (a host name, as the ISPDB writes it). */
  issuer?: string;
}

/** The provider whose sign-in page serves this account, if Switchover knows one. */
export function findProvider(
  hints: ProviderHints,
  providers: readonly OAuthProvider[],
): OAuthProvider | undefined {
  const domain = hints.email.slice(hints.email.lastIndexOf('@') + 1);
  const issuerHost = (issuer: string) => new URL(issuer).hostname.toLowerCase();
  return (
    providers.find((p) => matches(p.domains, domain)) ??
    (hints.imapHost
      ? providers.find((p) => matches(p.imapHosts, hints.imapHost ?? ''))
      : undefined) ??
    (hints.issuer
      ? providers.find((p) => issuerHost(p.issuer) === hints.issuer?.toLowerCase())
      : undefined) ??
    providers.find((p) => (hints.mx ?? []).some((host) => matches(p.mx, host)))
  );
}
