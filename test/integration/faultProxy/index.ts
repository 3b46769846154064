// An IMAP fault proxy for tests: sits between a client and a provider of the test stack and
// answers what big providers answer when a copy is large (issue #15) — throttled APPENDs, too
// many connections, over-quota and unavailable answers for a while, a BYE in the middle of a
// message body, capabilities missing — and keeps a log a test can assert on.
//
//   const proxy = await startFaultProxy({
//     listenHost: endpoints.providers.new.host,              // port 0: a free one
//     tls: providerCertificate(endpoints, 'new'),            // clients verify it as the real one
//     upstream: providerUpstream(endpoints, 'new'),
//     rules: [{ match: { command: 'APPEND' }, skip: 2, times: 1,
//               action: { kind: 'answer', response: providerAnswers.throttled(1500) } }],
//   });

import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import tls from 'node:tls';
import type { Endpoints, ProviderName } from '../../mailstack';
import { FaultConnection } from './connection';
import type { ProxyShared } from './connection';
import { RuleSet } from './ruleSet';
import type { CommandLogEntry, FaultLogEntry, FaultRule } from './types';

export type * from './types';

export interface FaultProxyUpstream {
  host: string;
  port: number;
  /** Implicit TLS to the server (default true), verified against `ca`. */
  tls?: boolean;
  /** Name to verify (and send as SNI); default: `host`. */
  servername?: string;
  ca?: string | Buffer;
}

export interface FaultProxyOptions {
  /** A 127.0.0.0/8 address; a provider's own (127.0.0.2) keeps its certificate valid for it. */
  listenHost: string;
  /** Default 0: a free port. */
  listenPort?: number;
  /** The certificate clients see (implicit TLS); absent: plain IMAP. */
  tls?: { certPath: string; keyPath: string };
  upstream: FaultProxyUpstream;
  rules?: readonly FaultRule[];
}

export interface FaultProxy {
  host: string;
  port: number;
  /** Everything so far, oldest first (live: it grows while the proxy runs). */
  log: FaultLogEntry[];
  /** The command entries of the log. */
  commands(): CommandLogEntry[];
  /** Replaces the rules; their counters and time windows start afresh. */
  setRules(rules: readonly FaultRule[]): void;
  /** Connections open now. */
  openConnections(): number;
  /** Stops listening and cuts every connection. */
  close(): Promise<void>;
}

/** Lines big providers answer with (pass `response` to an answer action, `text` to a BYE). */
export const providerAnswers = {
  throttled: (ms = 1500) => `NO Request is throttled. Suggested Backoff Time: ${ms} milliseconds`,
  throttledBad: (ms = 1500) => `BAD Request is throttled. Suggested Backoff Time: ${ms} milliseconds`, // prettier-ignore
  tooManyConnections: 'NO [ALERT] Too many simultaneous connections. (Failure)',
  overQuota: 'NO [OVERQUOTA] Account exceeded command or bandwidth limits. (Failure)',
  serverUnavailable: 'NO Server Unavailable. 15',
  notConnected: 'BAD User is authenticated but not connected',
  unavailable: 'NO [UNAVAILABLE] Temporary failure, try again later',
  limit: 'NO [LIMIT] Too many commands, try again later',
  inUse: 'NO [INUSE] Mailbox in use, try again later',
  serverBug: 'NO [SERVERBUG] Internal error occurred, try again later',
  byeConnectionClosed: 'Connection closed. 14',
  byeSessionExpired: 'Session expired, please login again',
  byeSystemError: 'System Error',
} as const;

/** The certificate the stack made for a provider (its hostnames and its own address). */
export function providerCertificate(
  endpoints: Endpoints,
  provider: ProviderName | 'gmail',
): { certPath: string; keyPath: string } {
  const dir = path.join(endpoints.dir, 'certs');
  return { certPath: path.join(dir, `${provider}.pem`), keyPath: path.join(dir, `${provider}.key`) }; // prettier-ignore
}

/** The provider's own IMAPS, verified against the stack's CA. */
export function providerUpstream(endpoints: Endpoints, provider: ProviderName): FaultProxyUpstream {
  const p = endpoints.providers[provider];
  return { host: p.host, port: p.imaps, tls: true, ca: fs.readFileSync(endpoints.caCertPath) };
}

function connectUpstream(upstream: FaultProxyUpstream): net.Socket {
  if (upstream.tls === false) return net.connect({ host: upstream.host, port: upstream.port });
  const servername = upstream.servername ?? (net.isIP(upstream.host) ? undefined : upstream.host);
  return tls.connect({
    host: upstream.host,
    port: upstream.port,
    ...(servername !== undefined ? { servername } : {}),
    ...(upstream.ca !== undefined ? { ca: upstream.ca } : {}),
  });
}

export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  if (!options.listenHost.startsWith('127.')) {
    throw new Error(`fault proxy: listen on loopback only, not ${options.listenHost}`);
  }
  let rules = new RuleSet(options.rules ?? []);
  const log: FaultLogEntry[] = [];
  const connections = new Map<number, FaultConnection>();
  /** Connection → account logged in or logging in. */
  const accounts = new Map<number, string>();
  let nextId = 1;

  const shared: ProxyShared = {
    rules: () => rules,
    log: (entry) => log.push(entry),
    accountConnections: (account, except) =>
      [...accounts].filter(([id, a]) => id !== except && a.toLowerCase() === account.toLowerCase()).length, // prettier-ignore
    setAccount: (id, account) => {
      if (account === undefined) accounts.delete(id);
      else accounts.set(id, account);
    },
    closed: (id) => {
      accounts.delete(id);
      connections.delete(id);
    },
  };

  const accept = (client: net.Socket): void => {
    const id = nextId++;
    client.setNoDelay(true);
    const server = connectUpstream(options.upstream);
    server.setNoDelay(true);
    log.push({ type: 'open', at: Date.now(), connection: id, remote: `${client.remoteAddress}:${client.remotePort}` }); // prettier-ignore
    connections.set(id, new FaultConnection(id, client, server, shared));
  };

  const listener =
    options.tls === undefined
      ? net.createServer(accept)
      : tls.createServer(
          {
            cert: fs.readFileSync(options.tls.certPath),
            key: fs.readFileSync(options.tls.keyPath),
          },
          accept,
        );
  // A client that gives up during the handshake is its own business.
  listener.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve, reject) => {
    listener.once('error', reject);
    listener.listen(options.listenPort ?? 0, options.listenHost, () => resolve());
  });
  const address = listener.address() as net.AddressInfo;

  return {
    host: address.address,
    port: address.port,
    log,
    commands: () => log.filter((e): e is CommandLogEntry => e.type === 'command'),
    setRules: (next) => {
      rules = new RuleSet(next);
    },
    openConnections: () => connections.size,
    close: async () => {
      const closed = new Promise<void>((resolve) => listener.close(() => resolve()));
      for (const connection of connections.values()) connection.destroy();
      await closed;
    },
  };
}
