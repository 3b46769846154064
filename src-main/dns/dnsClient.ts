// Asking DNS what the mail world looks like: MX, TXT, NS, PTR with their TTLs, from the configured
// resolvers (SWITCHOVER_DNS, else the system's) and straight from a domain's own name servers,
// whose answer no cache can make stale.

import { getServers } from 'node:dns';
import { parseServer, queryDns, type DnsServer } from './dnsQuery';
import { reverseName, type DnsAnswer, type DnsRecord, type RecordType } from './dnsWire';
import { dnsServersFromEnv } from '../net';

export interface DnsClientOptions {
  /** host[:port] resolvers; default SWITCHOVER_DNS, else the system's (resolv.conf). */
  servers?: readonly string[];
  /** Port of the domains' own name servers (53, or SWITCHOVER_DNS_AUTH_PORT). */
  authoritativePort?: number;
  timeoutMs?: number;
}

export interface MxRecord {
  exchange: string;
  priority: number;
  ttl: number;
}

export interface TxtRecord {
  text: string;
  ttl: number;
}

export interface NameServer {
  name: string;
  addresses: string[];
}

export interface AuthoritativeAnswer {
  nameServer: string;
  address: string;
  answer?: DnsAnswer;
  /** Why this server gave no answer (timeout, refused…). */
  error?: string;
}

export class DnsLookupError extends Error {
  constructor(
    message: string,
    readonly rcode: number | 'timeout' | 'network',
  ) {
    super(message);
  }
}

export interface DnsClient {
  readonly servers: readonly DnsServer[];
  /** The first configured resolver that answers; NXDOMAIN and NODATA give an empty list. */
  lookup(name: string, type: RecordType): Promise<DnsAnswer>;
  mx(domain: string): Promise<MxRecord[]>;
  txt(name: string): Promise<TxtRecord[]>;
  addresses(name: string): Promise<string[]>;
  ptr(address: string): Promise<string[]>;
  /** The name servers of `domain` (or of the nearest parent that has some), with addresses. */
  nameServers(domain: string): Promise<NameServer[]>;
  /** The same question to each of the domain's own name servers, in parallel. */
  askAuthoritative(domain: string, name: string, type: RecordType): Promise<AuthoritativeAnswer[]>;
}

function of<T extends DnsRecord['type']>(answer: DnsAnswer, type: T) {
  return answer.answers.filter((r): r is DnsRecord & { type: T } => r.type === type);
}

export function createDnsClient(options: DnsClientOptions = {}): DnsClient {
  const configured = options.servers ?? dnsServersFromEnv();
  const servers = (configured.length > 0 ? configured : getServers()).map((s) => parseServer(s));
  const timeoutMs = options.timeoutMs ?? 2000;
  // Tests on high ports move the name servers' port too (SWITCHOVER_DNS_AUTH_PORT).
  const authoritativePort =
    options.authoritativePort ?? (Number(process.env.SWITCHOVER_DNS_AUTH_PORT) || 53);

  const ask = async (server: DnsServer, name: string, type: RecordType) => {
    let answer: DnsAnswer;
    try {
      answer = await queryDns(server, name, type, { timeoutMs });
    } catch (error) {
      const timeout = (error as { code?: string }).code === 'ETIMEOUT';
      throw new DnsLookupError(
        `${name} ${type}: ${(error as Error).message}`,
        timeout ? 'timeout' : 'network',
      );
    }
    if (answer.rcode !== 0 && answer.rcode !== 3) {
      throw new DnsLookupError(`${name} ${type}: DNS error ${answer.rcode}`, answer.rcode);
    }
    return answer;
  };

  const lookup = async (name: string, type: RecordType) => {
    let lastError: unknown = new DnsLookupError('no DNS servers configured', 'network');
    for (const server of servers) {
      try {
        return await ask(server, name, type);
      } catch (error) {
        lastError = error;
      }
    }
    throw lastError;
  };

  const addresses = async (name: string) => {
    const [v4, v6] = await Promise.all([
      lookup(name, 'A').catch(() => undefined),
      lookup(name, 'AAAA').catch(() => undefined),
    ]);
    return [
      ...(v4 ? of(v4, 'A').map((r) => r.address) : []),
      ...(v6 ? of(v6, 'AAAA').map((r) => r.address) : []),
    ];
  };

  const nameServers = async (domain: string): Promise<NameServer[]> => {
    const labels = domain.replace(/\.$/, '').split('.');
    for (let i = 0; i < labels.length - 1; i++) {
      const zone = labels.slice(i).join('.');
      const names = of(await lookup(zone, 'NS'), 'NS').map((r) => r.name);
      if (names.length > 0) {
        return Promise.all(names.map(async (name) => ({ name, addresses: await addresses(name) })));
      }
    }
    return [];
  };

  return {
    servers,
    lookup,
    async mx(domain) {
      return of(await lookup(domain, 'MX'), 'MX').map((r) => ({
        exchange: r.exchange.toLowerCase(),
        priority: r.priority,
        ttl: r.ttl,
      }));
    },
    async txt(name) {
      return of(await lookup(name, 'TXT'), 'TXT').map((r) => ({ text: r.text, ttl: r.ttl }));
    },
    addresses,
    async ptr(address) {
      return of(await lookup(reverseName(address), 'PTR'), 'PTR').map((r) => r.name.toLowerCase());
    },
    nameServers,
    async askAuthoritative(domain, name, type) {
      const found = await nameServers(domain);
      const targets = found.flatMap((ns) =>
        ns.addresses.map((address) => ({ nameServer: ns.name, address })),
      );
      return Promise.all(
        targets.map(async (target): Promise<AuthoritativeAnswer> => {
          try {
            const server = { host: target.address, port: authoritativePort };
            return { ...target, answer: await ask(server, name, type) };
          } catch (error) {
            return { ...target, error: (error as Error).message };
          }
        }),
      );
    },
  };
}
