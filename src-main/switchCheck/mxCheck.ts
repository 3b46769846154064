// Where the domain's mail goes now: its MX hosts from this computer's resolver and from the
// domain's own name servers, each host sorted into "the new provider's" or "not (yet)".
import net from 'node:net';
import type { MxHost, MxState, MxView } from '../contract';
import type { AuthoritativeAnswer, DnsClient, MxRecord } from '../dns';
import { baseDomain, canonicalAddress } from '../net';

/** How to recognise the new provider's MX hosts. */
export interface NewProvider {
  /** From the kit: exactly these hosts. */
  expectedMx: readonly string[];
  /** The new account's server names (IMAP/SMTP); their base domain or address marks an MX host. */
  hosts: readonly string[];
}

export interface MxCheckOptions {
  dns: DnsClient;
  domain: string;
  provider: NewProvider;
  /** The old record's TTL from an earlier check, kept for the estimate once it is gone. */
  rememberedOldTtl?: number;
  now?: () => Date;
}

const bare = (host: string) => host.toLowerCase().replace(/\.$/, '');
/** An IP address, bracketed or not (IPv6 has letters: a digits-only test missed "2001:db8::25"). */
const isAddress = (host: string) => net.isIP(host.replace(/^\[(.*)\]$/, '$1')) !== 0;

async function classifier(dns: DnsClient, provider: NewProvider) {
  const expected = new Set(provider.expectedMx.map(bare));
  const names = provider.hosts.map(bare).filter((h) => !isAddress(h));
  const bases = new Set(names.map(baseDomain));
  const newAddresses = new Set<string>();
  for (const host of provider.hosts.map(bare)) {
    // Addresses in one spelling: "2001:db8::25" typed, "2001:db8:0:0:0:0:0:25" from DNS.
    if (isAddress(host)) newAddresses.add(canonicalAddress(host));
    else {
      for (const a of await dns.addresses(host).catch((): string[] => [])) {
        newAddresses.add(canonicalAddress(a));
      }
    }
  }
  const cache = new Map<string, Promise<'new' | 'old'>>();
  return (exchange: string): Promise<'new' | 'old'> => {
    const host = bare(exchange);
    let verdict = cache.get(host);
    if (verdict === undefined) {
      verdict = (async () => {
        if (expected.size > 0) return expected.has(host) ? 'new' : 'old';
        if (bases.has(baseDomain(host))) return 'new';
        const addresses = await dns.addresses(host).catch((): string[] => []);
        return addresses.some((a) => newAddresses.has(canonicalAddress(a))) ? 'new' : 'old';
      })();
      cache.set(host, verdict);
    }
    return verdict;
  };
}

export function stateOf(hosts: readonly MxHost[]): MxState {
  if (hosts.length === 0) return 'unknown';
  const fresh = hosts.filter((h) => h.provider === 'new').length;
  if (fresh === hosts.length) return 'switched';
  return fresh === 0 ? 'not-switched' : 'mixed';
}

const sameHosts = (a: readonly MxHost[], b: readonly MxHost[]) =>
  a
    .map((h) => h.exchange)
    .sort()
    .join() ===
  b
    .map((h) => h.exchange)
    .sort()
    .join();

/**
 * The name servers are the truth (no cache between them and the zone); the resolver only decides
 * when none of them answered. The estimate is the old record's TTL: the resolver's remaining one
 * while it still holds the old list, else the full TTL the zone gives (or gave) it.
 */
export function mxView(
  domain: string,
  expectedMx: readonly string[],
  resolver: MxView['resolver'],
  authoritative: MxView['authoritative'],
  rememberedOldTtl: number | undefined,
  checkedAt: Date,
): MxView {
  const answered = authoritative.filter((a) => a.error === undefined && a.hosts.length > 0);
  const truth = answered.length > 0 ? answered.flatMap((a) => a.hosts) : resolver.hosts;
  const unique = [...new Map(truth.map((h) => [h.exchange, h])).values()];
  const state = stateOf(unique);
  const cached =
    answered.length > 0 &&
    resolver.error === undefined &&
    answered.some((a) => !sameHosts(a.hosts, resolver.hosts));
  const maxTtl = (hosts: readonly MxHost[]) =>
    hosts.length === 0 ? undefined : Math.max(...hosts.map((h) => h.ttl));
  const oldInResolver = resolver.hosts.filter((h) => h.provider === 'old');
  const oldInZone = unique.filter((h) => h.provider === 'old');
  let estimate: MxView['estimate'] = null;
  const make = (seconds: number, basis: NonNullable<MxView['estimate']>['basis']) => ({
    seconds,
    hours: Math.ceil(seconds / 3600),
    basis,
  });
  const resolverTtl = maxTtl(oldInResolver);
  const zoneOldTtl = maxTtl(oldInZone);
  const anyTtl = maxTtl(unique);
  if (cached && state === 'switched' && resolverTtl !== undefined) {
    estimate = make(resolverTtl, 'resolver-cache');
  } else if (zoneOldTtl !== undefined) estimate = make(zoneOldTtl, 'old-record-ttl');
  else if (rememberedOldTtl !== undefined) estimate = make(rememberedOldTtl, 'old-record-ttl');
  else if (anyTtl !== undefined) estimate = make(anyTtl, 'record-ttl');
  return {
    domain,
    state,
    resolver,
    authoritative,
    cached,
    expectedMx: [...expectedMx],
    estimate,
    checkedAt: checkedAt.toISOString(),
  };
}

export async function checkMx(options: MxCheckOptions): Promise<MxView> {
  const { dns, domain, provider } = options;
  const classify = await classifier(dns, provider);
  const hostsOf = (records: readonly MxRecord[]) =>
    Promise.all(
      records.map(async (r): Promise<MxHost> => ({
        exchange: bare(r.exchange),
        priority: r.priority,
        ttl: r.ttl,
        provider: await classify(r.exchange),
      })),
    );
  const [resolver, authoritative] = await Promise.all([
    dns
      .mx(domain)
      .then(async (records) => ({ hosts: await hostsOf(records) }))
      .catch((error: unknown) => ({ hosts: [], error: (error as Error).message })),
    dns
      .askAuthoritative(domain, domain, 'MX')
      .catch((): AuthoritativeAnswer[] => [])
      .then((answers) =>
        Promise.all(
          answers.map(async (a) => {
            const records = (a.answer?.answers ?? []).flatMap((r) =>
              r.type === 'MX' ? [{ exchange: r.exchange, priority: r.priority, ttl: r.ttl }] : [],
            );
            return {
              nameServer: a.nameServer,
              address: a.address,
              hosts: await hostsOf(records),
              ...(a.error !== undefined ? { error: a.error } : {}),
            };
          }),
        ),
      ),
  ]);
  return mxView(
    domain,
    provider.expectedMx,
    resolver,
    authoritative,
    options.rememberedOldTtl,
    (options.now ?? (() => new Date()))(),
  );
}
