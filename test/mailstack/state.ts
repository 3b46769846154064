// state.json: everything a second process (a Vitest worker, `cli.ts stop`) needs to use or end a
// running stack. Written atomically; the routing and user list change while the stack runs.

import fsp from 'node:fs/promises';
import type { PortMode } from './ports';
import type { DnsExtras } from './dnsmasq';
import type { RoutingState } from './routing';
import type { ProviderName } from './testWorld';

export interface ProviderEndpoints {
  host: string;
  /** Canonical server name; imap.<domain> and smtp.<domain> are in the certificate too. */
  hostname: string;
  imapHostname: string;
  smtpHostname: string;
  domain: string;
  imaps: number;
  imap: number;
  submission: number;
  submissions: number;
  smtp: number;
  separator: '.' | '/';
  /** Personal namespace prefix ('INBOX.' on old, '' on new). */
  prefix: string;
}

/** The Gmail-like provider (test/mailstack/gmail/, README "Gmail-like provider"). */
export interface GmailLikeEndpoints {
  host: string;
  /** imap.gmail.test; mail.gmail.test and smtp.gmail.test are in the certificate too. */
  hostname: string;
  domain: string;
  /** The proxy that makes it Gmail: X-GM-EXT-1, X-GM-MSGID/THRID/LABELS (implicit TLS). */
  imaps: number;
  /** Dovecot's own IMAPS on the same host and mailboxes: \All folder, no X-GM-EXT-1. */
  plainImaps: number;
  separator: '/';
  prefix: '';
}

/** The OAuth2 identity provider (test/mailstack/oauth/, README "OAuth2 identity provider"). */
export interface OAuthEndpoints {
  /** https://login.oauth.test, with the port when it is not 443 (high-port mode). */
  issuer: string;
  /** `${issuer}/.well-known/openid-configuration` */
  discoveryUrl: string;
  /** 127.0.0.7; DNS has an A record for `hostname`, the certificate names both. */
  host: string;
  hostname: string;
  httpsPort: number;
  /** Plain HTTP on `host`, for Dovecot's introspection and the admin routes; not for the app. */
  internalHttpPort: number;
  /** What Dovecot calls (plain HTTP on the internal port). */
  introspectionUrl: string;
  caCertPath: string;
  clients: { native: string; otherNative: string; introspection: string };
  /** The introspection client's secret (client_secret_post), new each start. */
  introspectionClientSecret: string;
  /** Registered without a port; any port on 127.0.0.1 is accepted (RFC 8252 §7.3). */
  redirectUri: string;
  scopes: string[];
  /** Access-token lifetime at start, in seconds (setAccessTokenTtl changes it while running). */
  defaultAccessTokenTtl: number;
}

export interface CertificatePaths {
  certPath: string;
  keyPath: string;
}

export interface Endpoints {
  dir: string;
  portMode: PortMode;
  caCertPath: string;
  providers: Record<ProviderName, ProviderEndpoints>;
  gmailLike: GmailLikeEndpoints;
  oauth: OAuthEndpoints;
  dns: { host: string; port: number };
  autoconfig: {
    host: string;
    httpPort: number;
    httpsPort: number;
    hostnames: string[];
    webroot: string;
    requestLog: string;
  };
  badCerts: {
    selfSigned: CertificatePaths;
    expired: CertificatePaths;
    wrongHost: CertificatePaths;
  };
  dbusAddress: string;
  /** For child processes (the app, Playwright): trust the CA, use the private bus and test DNS. */
  env: {
    NODE_EXTRA_CA_CERTS: string;
    DBUS_SESSION_BUS_ADDRESS: string;
    SWITCHOVER_DNS: string;
  };
}

export type ProcessName =
  | 'dovecot-old'
  | 'dovecot-new'
  | 'postfix-old'
  | 'postfix-new'
  | 'dovecot-gmail'
  | 'gmail-proxy'
  | 'oauth-idp'
  | 'dnsmasq'
  | 'autoconfig'
  | 'dbus'
  | 'keyring';

export interface StackUser {
  provider: ProviderName;
  address: string;
  password: string;
}

export interface StackState {
  version: 1;
  startedAt: string;
  /** The process that started the stack (informational). */
  ownerPid: number;
  endpoints: Endpoints;
  pids: Partial<Record<ProcessName, number>>;
  routing: RoutingState;
  users: StackUser[];
  /** Records tests added at run time (TXT, TTL); absent means the defaults. */
  dns?: DnsExtras;
}

export async function readState(file: string): Promise<StackState | undefined> {
  try {
    return JSON.parse(await fsp.readFile(file, 'utf8')) as StackState;
  } catch {
    return undefined;
  }
}

export async function writeState(file: string, state: StackState): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  await fsp.writeFile(temp, `${JSON.stringify(state, null, 2)}\n`);
  await fsp.rename(temp, file);
}

/** Read-modify-write for changes made while the stack runs (routing, users). */
export async function updateState(
  file: string,
  change: (state: StackState) => void,
): Promise<StackState> {
  const state = await readState(file);
  if (state === undefined) throw new Error(`mailstack: no running stack (${file} is missing)`);
  change(state);
  await writeState(file, state);
  return state;
}
