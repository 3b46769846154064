import type { LookupAddress } from 'node:dns';
import type { Resolver } from 'node:dns/promises';
import net from 'node:net';

/**
 * How Switchover reaches the network: which DNS servers answer (SWITCHOVER_DNS, else the
 * system's), which extra CA certificates are trusted (tests pass the mail stack's CA; production
 * uses the system store only) and, for tests on high ports, how standard ports map to real ones.
 */
export interface NetworkOptions {
  /** host[:port] DNS servers; empty means the system resolver (and /etc/hosts). */
  dnsServers?: readonly string[];
  ca?: string | Buffer | (string | Buffer)[];
  /** DNS answer timeout per try, in ms (the system resolver gets four times this in all). */
  dnsTimeoutMs?: number;
  portMap?: Readonly<Record<number, number>>;
}

export interface Network {
  readonly ca: NetworkOptions['ca'];
  /** A fresh resolver; `cancel()` it to abandon its outstanding queries. */
  resolver(): Resolver;
  /** Host name → one address, through the configured DNS. IP literals pass through. */
  lookup(host: string, resolver?: Resolver): Promise<string>;
  /**
   * Every address of a host, in the order `lookup` would pick from (its first one): what a
   * connection's `lookup` option hands to net.connect, which tries them in turn.
   */
  lookupAll(host: string): Promise<LookupAddress[]>;
  port(port: number): number;
}

/** Reads SWITCHOVER_DNS ("127.0.0.4:53,10.0.0.1"). */
export function dnsServersFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.SWITCHOVER_DNS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

async function withDeadline<T>(lookup: Promise<T>, ms: number, host: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error(`no DNS answer for ${host}`), { code: 'ETIMEOUT' })),
      ms,
    );
  });
  try {
    return await Promise.race([lookup, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

const family = (address: string): 4 | 6 => (net.isIPv6(address) ? 6 : 4);

/**
 * The DNS module when first needed, not with net/: every connection's code imports net/, and a
 * copy between addresses (or a re-run with nothing new) resolves nothing (measured: 0.6 MB).
 */
const dnsPromises = () => process.getBuiltinModule('node:dns/promises');

export function createNetwork(options: NetworkOptions = {}): Network {
  const servers = options.dnsServers ?? dnsServersFromEnv();
  const timeout = options.dnsTimeoutMs ?? 2500;
  const resolver = () => {
    const r = new (dnsPromises().Resolver)({ timeout, tries: 2 });
    if (servers.length > 0) r.setServers([...servers]);
    return r;
  };
  /** IPv4 answers when there are any, else IPv6: one order for `lookup` and for sockets. */
  const resolveAll = async (host: string, given?: Resolver): Promise<LookupAddress[]> => {
    const bare = host.replace(/^\[(.*)\]$/, '$1');
    if (net.isIP(bare)) return [{ address: bare, family: family(bare) }];
    // getaddrinfo cannot be cancelled and may wait far longer than we want: give up on it.
    if (servers.length === 0) {
      return withDeadline(dnsPromises().lookup(bare, { all: true }), timeout * 4, bare);
    }
    const r = given ?? resolver();
    try {
      const v4 = await r.resolve4(bare).catch((error: unknown) => {
        if ((error as { code?: string }).code !== 'ENODATA') throw error;
        return [] as string[];
      });
      const addresses = v4.length > 0 ? v4 : await r.resolve6(bare);
      if (addresses.length === 0)
        throw Object.assign(new Error(`no address for ${bare}`), { code: 'ENOTFOUND' });
      return addresses.map((address) => ({ address, family: family(address) }));
    } finally {
      if (given === undefined) r.cancel();
    }
  };
  return {
    ca: options.ca,
    resolver,
    async lookup(host, given) {
      const [first] = await resolveAll(host, given);
      if (first === undefined)
        throw Object.assign(new Error(`no address for ${host}`), { code: 'ENOTFOUND' });
      return first.address;
    },
    lookupAll: (host) => resolveAll(host),
    port: (port) => options.portMap?.[port] ?? port,
  };
}
