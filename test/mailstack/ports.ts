// Which ports the stack listens on, and waiting for a listener to come up.
// Standard ports are preferred so the app's autodetection is exercised as in real life; when they
// cannot be bound (not root, or taken) every service moves to 10000 + its standard port.

import net from 'node:net';
import dgram from 'node:dgram';
import {
  autoconfigHost,
  dnsHost,
  gmailLike,
  oauthIdp,
  providers,
  providerNames,
} from './testWorld';

export type PortMode = 'standard' | 'high';

export interface ProviderPorts {
  imaps: number;
  imap: number;
  submission: number;
  submissions: number;
  smtp: number;
  /** Internal: Postfix → Dovecot delivery and SASL, never used by clients. */
  lmtp: number;
  auth: number;
}

/** The Gmail-like provider's ports on its own address. */
export interface GmailPorts {
  /** The X-GM-EXT-1 proxy (implicit TLS, as Gmail). */
  imaps: number;
  /** Dovecot's own IMAPS: the same mailboxes, no X-GM-EXT-1 (a non-Gmail server with \All). */
  plainImaps: number;
  /** Internal: Dovecot's cleartext IMAP, for the proxy only. */
  internalImap: number;
}

/** The OAuth2 identity provider's ports on its own address. */
export interface OAuthPorts {
  /** The issuer (https://login.oauth.test, or :10443 in high-port mode). */
  https: number;
  /** Internal: plain HTTP for Dovecot's introspection and the admin routes. */
  internalHttp: number;
}

export interface PortPlan {
  mode: PortMode;
  provider: ProviderPorts;
  gmail: GmailPorts;
  oauth: OAuthPorts;
  dns: number;
  http: number;
  https: number;
}

const standardPublic = { imaps: 993, imap: 143, submission: 587, submissions: 465, smtp: 25 };

export function portPlan(mode: PortMode): PortPlan {
  const shift = mode === 'standard' ? 0 : 10000;
  return {
    mode,
    provider: {
      imaps: standardPublic.imaps + shift,
      imap: standardPublic.imap + shift,
      submission: standardPublic.submission + shift,
      submissions: standardPublic.submissions + shift,
      smtp: standardPublic.smtp + shift,
      lmtp: 10024,
      auth: 10026,
    },
    gmail: { imaps: 993 + shift, plainImaps: 1993 + shift, internalImap: 10144 },
    oauth: { https: 443 + shift, internalHttp: 10088 },
    dns: 53 + shift,
    http: 80 + shift,
    https: 443 + shift,
  };
}

function canBindTcp(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

function canBindUdp(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = dgram.createSocket('udp4');
    socket.once('error', () => resolve(false));
    socket.bind({ address: host, port, exclusive: true }, () => socket.close(() => resolve(true)));
  });
}

/** Every (host, port) the plan would bind, for probing before anything starts. */
function bindings(plan: PortPlan): { host: string; port: number; udp?: boolean }[] {
  const list: { host: string; port: number; udp?: boolean }[] = [];
  for (const name of providerNames) {
    for (const port of Object.values(plan.provider))
      list.push({ host: providers[name].host, port });
  }
  for (const port of Object.values(plan.gmail)) list.push({ host: gmailLike.host, port });
  for (const port of Object.values(plan.oauth)) list.push({ host: oauthIdp.host, port });
  list.push({ host: dnsHost, port: plan.dns }, { host: dnsHost, port: plan.dns, udp: true });
  list.push({ host: autoconfigHost, port: plan.http }, { host: autoconfigHost, port: plan.https });
  return list;
}

async function firstUnbindable(plan: PortPlan): Promise<string | undefined> {
  const results = await Promise.all(
    bindings(plan).map(async (b) =>
      (await (b.udp ? canBindUdp(b.host, b.port) : canBindTcp(b.host, b.port)))
        ? undefined
        : `${b.udp ? 'udp' : 'tcp'} ${b.host}:${b.port}`,
    ),
  );
  return results.find((r) => r !== undefined);
}

export async function choosePortPlan(requested: PortMode | 'auto'): Promise<PortPlan> {
  const candidates: PortMode[] = requested === 'auto' ? ['standard', 'high'] : [requested];
  const refusals: string[] = [];
  for (const mode of candidates) {
    const plan = portPlan(mode);
    const busy = await firstUnbindable(plan);
    if (busy === undefined) return plan;
    refusals.push(`${mode} ports: cannot bind ${busy}`);
  }
  throw new Error(`mailstack: no usable ports (${refusals.join('; ')})`);
}

function tryConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Polls until something accepts on host:port; throws with `describeFailure()` after the limit. */
export async function waitForTcpPort(
  host: string,
  port: number,
  describeFailure: () => Promise<string>,
  limitMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    if (await tryConnect(host, port)) return;
    if (Date.now() > deadline) {
      throw new Error(
        `mailstack: nothing listens on ${host}:${port} after ${limitMs} ms\n${await describeFailure()}`,
      );
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
