import type { MxRecord, SrvRecord } from 'node:dns';
import {
  SwitchoverError,
  type DetectedSettings,
  type Kit,
  type ProviderCard,
  type ServerSettings,
  type SettingsSource,
} from '../contract';
import { parseAutoconfig } from './autoconfigXml';
import { baseDomain, nextSubdomain, mailDomain } from '../net';
import { createFetchText, type FetchText, createNetwork, type Network } from '../net';
import { preferredResult, type Lookup } from './preferredResult';
import { builtInSettings, cardForDomain, cardForHost } from './providerCards';
import { checkServerAt, type CandidateServer } from './serverCheck';
import { settingsFromDocument, type FoundSettings } from './settingsFromDocument';
import { settingsFromKit } from './settingsFromKit';
import { isTrustedSettings } from './settingsTrust';
import { findProvider, knownProviders } from '../oauth';
import type { OAuthProvider } from '../oauth';

export const defaultIspdbUrl = 'https://autoconfig.thunderbird.net/v1.1/';

export interface DetectorOptions {
  network?: Network;
  fetchText?: FetchText;
  /** Base URL the domain is appended to (SWITCHOVER_ISPDB_URL, else Thunderbird's). */
  ispdbUrl?: string;
  /** One HTTP fetch. */
  fetchTimeoutMs?: number;
  /** Past this, an answer in hand is taken even if a better source is still pending. */
  softDeadlineMs?: number;
  /** How long guessing may check candidate servers. */
  guessBudgetMs?: number;
  now?: () => number;
  /** The providers whose sign-in page Switchover can open (default: built in, plus the env's). */
  oauthProviders?: () => readonly OAuthProvider[];
}

export interface DetectRequest {
  email: string;
  /** The opened kit: its settings come first (for the new account). */
  kit?: Kit | null;
  signal?: AbortSignal;
}

export interface Detection {
  settings: DetectedSettings;
  elapsedMs: number;
  /** Every source and what became of it (for `switchover detect` and the helper's report). */
  attempts: { source: SettingsSource; outcome: string }[];
}

export interface Detector {
  detect(request: DetectRequest): Promise<Detection>;
}

/** Priority order, best first (the enum order of the contract). */
const sourceOrder = ['kit', 'provider', 'provider-http', 'ispdb', 'mx', 'srv', 'guess'] as const;

function preferredMx(records: MxRecord[]): string | undefined {
  return [...records].sort((a, b) => a.priority - b.priority)[0]?.exchange.toLowerCase();
}

function preferredSrv(records: SrvRecord[]): SrvRecord | undefined {
  // RFC 2782: lowest priority first, then highest weight; "." means "not offered here".
  return [...records]
    .filter((r) => r.name !== '' && r.name !== '.')
    .sort((a, b) => a.priority - b.priority || b.weight - a.weight)[0];
}

export function createDetector(options: DetectorOptions = {}): Detector {
  const network = options.network ?? createNetwork();
  const fetchText = options.fetchText ?? createFetchText(network);
  const ispdbUrl = options.ispdbUrl ?? process.env.SWITCHOVER_ISPDB_URL ?? defaultIspdbUrl;
  const fetchTimeoutMs = options.fetchTimeoutMs ?? 5000;
  const now = options.now ?? Date.now;

  const fetchDocument = async (
    url: string,
    email: string,
    source: SettingsSource,
    signal: AbortSignal,
  ) => {
    const text = await fetchText(url, { signal, timeoutMs: fetchTimeoutMs });
    const found = settingsFromDocument(
      parseAutoconfig(text),
      email,
      source,
      !url.startsWith('http:'),
    );
    if (!found) throw new Error(`${url} has no usable IMAP server`);
    return found;
  };

  /** The provider's own files for `domain`, in the order. */
  const providerLookups = (
    domain: string,
    email: string,
    scheme: 'https' | 'http',
    source: SettingsSource,
  ) => {
    const query = `?emailaddress=${encodeURIComponent(email)}`;
    return [
      `${scheme}://autoconfig.${domain}/mail/config-v1.1.xml${query}`,
      `${scheme}://${domain}/.well-known/autoconfig/mail/config-v1.1.xml`,
    ].map(
      (url): Lookup<FoundSettings> =>
        (signal) =>
          fetchDocument(url, email, source, signal),
    );
  };

  const ispdbLookup =
    (domain: string, email: string, source: SettingsSource): Lookup<FoundSettings> =>
    async (signal) => {
      // Known providers come from the built-in copy: no network, so they work offline too.
      const builtIn = builtInSettings(domain);
      if (builtIn) return settingsFromDocument(builtIn, email, source);
      return fetchDocument(`${ispdbUrl}${domain}`, email, source, signal);
    };

  const first = async (lookups: Lookup<FoundSettings>[], signal: AbortSignal) => {
    const outcome = await preferredResult(lookups, { signal });
    if (outcome.value) return outcome.value;
    throw new Error(outcome.outcomes.filter((o) => o !== 'none').join('; ') || 'nothing found');
  };

  return {
    async detect({ email, kit, signal }) {
      const started = now();
      const domain = mailDomain(email);
      if (domain === undefined) {
        throw new SwitchoverError(
          'settings.not-found',
          'The address does not end in a domain name.',
          {
            reason: 'not-a-domain',
          },
        );
      }
      const resolver = network.resolver();
      const mx = resolver.resolveMx(domain).then(preferredMx);
      mx.catch(() => undefined);

      const srv = async (service: string) =>
        preferredSrv(await resolver.resolveSrv(`${service}._tcp.${domain}`).catch(() => []));

      const lookups: Record<(typeof sourceOrder)[number], Lookup<FoundSettings>> = {
        kit: async () => (kit ? settingsFromKit(kit, email) : undefined),
        provider: (s) => first(providerLookups(domain, email, 'https', 'provider'), s),
        'provider-http': (s) => first(providerLookups(domain, email, 'http', 'provider-http'), s),
        ispdb: ispdbLookup(domain, email, 'ispdb'),
        mx: async (s) => {
          const host = await mx;
          if (host === undefined) return undefined;
          const base = baseDomain(host);
          const candidates = [nextSubdomain(host), base].filter(
            (d): d is string => d !== undefined && d !== host && d !== domain,
          );
          if (candidates.length === 0) return undefined;
          return first(
            candidates.flatMap((candidate) => [
              ispdbLookup(candidate, email, 'mx'),
              ...providerLookups(candidate, email, 'https', 'mx'),
            ]),
            s,
          );
        },
        srv: async () => {
          const [imaps, imap, submissions, submission] = await Promise.all(
            ['_imaps', '_imap', '_submissions', '_submission'].map(srv),
          );
          const server = (record: SrvRecord, security: 'tls' | 'starttls'): ServerSettings => ({
            host: record.name.toLowerCase().replace(/\.$/, ''),
            port: record.port,
            security,
            username: email,
          });
          const imapServer = imaps
            ? server(imaps, 'tls')
            : imap
              ? server(imap, 'starttls')
              : undefined;
          if (!imapServer) return undefined;
          const smtpServer = submissions
            ? server(submissions, 'tls')
            : submission
              ? server(submission, 'starttls')
              : undefined;
          return {
            email,
            source: 'srv',
            // Unauthenticated DNS: trusted only if the hosts are the domain's own (settingsTrust).
            trusted: false,
            imap: imapServer,
            ...(smtpServer ? { smtp: smtpServer } : {}),
            instructions: [],
          };
        },
        guess: (s) => guess(network, domain, email, s, options.guessBudgetMs ?? 10_000),
      };

      try {
        const outcome = await preferredResult(
          sourceOrder.map((name) => lookups[name]),
          { signal, softDeadlineMs: options.softDeadlineMs ?? 4000, hardDeadlineMs: 15_000 },
        );
        const attempts = sourceOrder.map((source, i) => ({
          source,
          outcome: outcome.outcomes[i] ?? '',
        }));
        if (!outcome.value) {
          throw new SwitchoverError('settings.not-found', `No settings were found for ${domain}.`, {
            attempts,
          });
        }
        const card = await findCard(domain, outcome.value.imap.host, mx);
        const { oauth2Issuer, ...found } = outcome.value;
        const trusted = isTrustedSettings(found, domain);
        const provider = findProvider(
          {
            email,
            imapHost: found.imap.host,
            mx: [(await mx.catch(() => undefined)) ?? ''],
            ...(oauth2Issuer ? { issuer: oauth2Issuer } : {}),
          },
          (options.oauthProviders ?? knownProviders)(),
        );
        const oauth = provider && {
          provider: provider.id,
          name: provider.name,
          available: provider.clientId !== undefined,
        };
        return {
          settings: { ...found, trusted, ...(card ? { card } : {}), ...(oauth ? { oauth } : {}) },
          elapsedMs: now() - started,
          attempts,
        };
      } finally {
        resolver.cancel();
      }
    },
  };
}

/** By the address's domain, then by its MX (Workspace, Microsoft 365), then by the IMAP host. */
async function findCard(
  domain: string,
  imapHost: string,
  mx: Promise<string | undefined>,
): Promise<ProviderCard | undefined> {
  const byDomain = cardForDomain(domain);
  if (byDomain) return byDomain;
  const mxHost = await mx.catch(() => undefined);
  return (mxHost ? cardForHost(mxHost) : undefined) ?? cardForHost(imapHost);
}

/** Last resort: imap./mail./smtp. hosts on the usual ports, with a certificate valid for them. */
async function guess(
  network: Network,
  domain: string,
  email: string,
  signal: AbortSignal,
  budgetMs: number,
): Promise<FoundSettings | undefined> {
  const imapTargets: CandidateServer[] = [
    { host: `imap.${domain}`, port: 993, security: 'tls', protocol: 'imap' },
    { host: `mail.${domain}`, port: 993, security: 'tls', protocol: 'imap' },
    { host: `imap.${domain}`, port: 143, security: 'starttls', protocol: 'imap' },
    { host: `mail.${domain}`, port: 143, security: 'starttls', protocol: 'imap' },
  ];
  const smtpTargets: CandidateServer[] = [
    { host: `smtp.${domain}`, port: 465, security: 'tls', protocol: 'smtp' },
    { host: `mail.${domain}`, port: 465, security: 'tls', protocol: 'smtp' },
    { host: `smtp.${domain}`, port: 587, security: 'starttls', protocol: 'smtp' },
    { host: `mail.${domain}`, port: 587, security: 'starttls', protocol: 'smtp' },
  ];
  const check =
    (target: CandidateServer): Lookup<ServerSettings> =>
    async (s) =>
      (await checkServerAt(network, target, { signal: s, timeoutMs: budgetMs }))
        ? { host: target.host, port: target.port, security: target.security, username: email }
        : undefined;
  const [imap, smtp] = await Promise.all([
    preferredResult(imapTargets.map(check), { signal, hardDeadlineMs: budgetMs }),
    preferredResult(smtpTargets.map(check), { signal, hardDeadlineMs: budgetMs }),
  ]);
  if (!imap.value) return undefined;
  return {
    email,
    source: 'guess',
    // The hosts are imap./mail./smtp. of the address's own domain (settingsTrust).
    trusted: false,
    imap: imap.value,
    ...(smtp.value ? { smtp: smtp.value } : {}),
    instructions: [],
  };
}
