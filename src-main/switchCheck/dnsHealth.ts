// DNS health in plain words (like internet.nl): SPF, DKIM, DMARC and the PTR of each MX host.
// Each check gives a verdict and a code; the renderer says the sentence and the "tell your helper"
// line for that code.

import net from 'node:net';
import type { HealthCheck } from '../contract';
import type { DnsClient, MxRecord, TxtRecord } from '../dns';
import { baseDomain } from '../net';

/** Selectors the big providers and common mail servers use, tried when the kit names none. */
export const commonDkimSelectors = [
  'default',
  'dkim',
  'mail',
  'selector1',
  'selector2',
  'google',
  'k1',
  's1',
  's2',
  'fm1',
  'fm2',
  'fm3',
  'x',
  'mxvault',
];

export interface HealthOptions {
  dns: DnsClient;
  domain: string;
  /** The new provider: its server names and MX hosts (SPF must allow it to send). */
  newProviderHosts: readonly string[];
  dkimSelectors?: readonly string[];
}

const check = (
  name: HealthCheck['check'],
  verdict: HealthCheck['verdict'],
  code: string,
  data: Record<string, unknown> = {},
): HealthCheck => ({ check: name, verdict, code, data });

async function addressesOf(dns: DnsClient, hosts: readonly string[]): Promise<string[]> {
  const all = await Promise.all(
    hosts.map((h) => (net.isIP(h) ? [h] : dns.addresses(h).catch((): string[] => []))),
  );
  return [...new Set(all.flat())];
}

/** Does one SPF mechanism (ip4:/ip6:) cover the address? */
function covers(mechanism: string, address: string): boolean {
  const m = /^[+]?ip([46]):([^/]+)(?:\/(\d+))?$/i.exec(mechanism);
  if (!m) return false;
  const family = m[1] === '4' ? 'ipv4' : 'ipv6';
  if (net.isIP(address) !== (family === 'ipv4' ? 4 : 6)) return false;
  const list = new net.BlockList();
  const prefix = m[3] ? Number(m[3]) : family === 'ipv4' ? 32 : 128;
  try {
    list.addSubnet(m[2] ?? '', prefix, family);
  } catch {
    return false;
  }
  return list.check(address, family);
}

export function spfCheck(
  records: readonly string[],
  newBases: ReadonlySet<string>,
  newAddresses: readonly string[],
): HealthCheck {
  const spf = records.filter((r) => /^v=spf1(\s|$)/i.test(r.trim()));
  if (spf.length === 0) return check('spf', 'bad', 'spf.missing');
  if (spf.length > 1) return check('spf', 'bad', 'spf.multiple', { records: spf });
  const record = spf[0] ?? '';
  const terms = record.trim().split(/\s+/).slice(1);
  const all = terms.find((t) => /^[-~?+]?all$/i.test(t));
  const includes = terms.flatMap((t) => {
    const m = /^[+]?(include|redirect)[:=](.+)$/i.exec(t);
    return m?.[2] ? [m[2].toLowerCase()] : [];
  });
  const includesNew =
    includes.some((d) => newBases.has(baseDomain(d))) ||
    terms.some((t) => newAddresses.some((a) => covers(t, a)));
  const data = { record, all: all ?? null, includesNewProvider: includesNew };
  if (!includesNew) return check('spf', 'bad', 'spf.no-new-provider', data);
  if (all === undefined || /^[+]?all$/i.test(all)) return check('spf', 'bad', 'spf.open', data);
  if (/^\?all$/i.test(all)) return check('spf', 'warning', 'spf.neutral-all', data);
  return check('spf', 'good', 'spf.ok', data);
}

export function dmarcCheck(records: readonly string[]): HealthCheck {
  const dmarc = records.filter((r) => /^v=DMARC1\s*(;|$)/i.test(r.trim()));
  if (dmarc.length === 0) return check('dmarc', 'warning', 'dmarc.missing');
  if (dmarc.length > 1) return check('dmarc', 'bad', 'dmarc.multiple', { records: dmarc });
  const record = dmarc[0] ?? '';
  const policy = /(?:^|;)\s*p\s*=\s*([a-z]+)/i.exec(record)?.[1]?.toLowerCase() ?? null;
  const data = { record, policy };
  if (policy === 'reject' || policy === 'quarantine')
    return check('dmarc', 'good', 'dmarc.ok', data);
  if (policy === 'none') return check('dmarc', 'warning', 'dmarc.policy-none', data);
  return check('dmarc', 'bad', 'dmarc.invalid', data);
}

export async function dkimCheck(
  dns: DnsClient,
  domain: string,
  selectors: readonly string[] | undefined,
): Promise<HealthCheck> {
  const tried = selectors && selectors.length > 0 ? selectors : commonDkimSelectors;
  const found = await Promise.all(
    tried.map(async (selector) => {
      const records = await dns
        .txt(`${selector}._domainkey.${domain}`)
        .catch((): TxtRecord[] => []);
      const key = records.map((r) => r.text).find((t) => /(^|;)\s*p\s*=/i.test(t));
      return key === undefined ? [] : [{ selector, key }];
    }),
  );
  const keys = found.flat();
  const usable = keys.filter((k) => !/(^|;)\s*p\s*=\s*(;|$)/i.test(k.key));
  if (usable.length > 0) {
    return check('dkim', 'good', 'dkim.ok', { selectors: usable.map((k) => k.selector) });
  }
  if (keys.length > 0) {
    return check('dkim', 'bad', 'dkim.revoked', { selectors: keys.map((k) => k.selector) });
  }
  // Without the kit's selector, "none found" only means none of the usual names is used.
  return selectors && selectors.length > 0
    ? check('dkim', 'bad', 'dkim.missing', { selectors: [...tried] })
    : check('dkim', 'unknown', 'dkim.not-found', { selectors: [...tried] });
}

/** PTR of each address of each MX host, and whether that name leads back to the address. */
export async function ptrChecks(
  dns: DnsClient,
  mxHosts: readonly string[],
): Promise<HealthCheck[]> {
  return Promise.all(
    mxHosts.map(async (host) => {
      const addresses = await dns.addresses(host).catch((): string[] => []);
      if (addresses.length === 0) return check('ptr', 'unknown', 'ptr.no-address', { host });
      const results = await Promise.all(
        addresses.map(async (address) => {
          const names = await dns.ptr(address).catch((): string[] => []);
          const back = await Promise.all(
            names.map((n) => dns.addresses(n).catch((): string[] => [])),
          );
          return { address, names, matches: back.some((list) => list.includes(address)) };
        }),
      );
      const data = { host, addresses: results };
      if (results.some((r) => r.names.length === 0))
        return check('ptr', 'warning', 'ptr.missing', data);
      if (results.some((r) => !r.matches)) return check('ptr', 'warning', 'ptr.mismatch', data);
      return check('ptr', 'good', 'ptr.ok', data);
    }),
  );
}

export async function checkDnsHealth(options: HealthOptions): Promise<HealthCheck[]> {
  const { dns, domain } = options;
  const names = options.newProviderHosts.filter((h) => !net.isIP(h));
  const newBases = new Set(names.map(baseDomain));
  const [txt, dmarcTxt, mx, newAddresses] = await Promise.all([
    dns.txt(domain).catch((): TxtRecord[] => []),
    dns.txt(`_dmarc.${domain}`).catch((): TxtRecord[] => []),
    dns.mx(domain).catch((): MxRecord[] => []),
    addressesOf(dns, options.newProviderHosts),
  ]);
  const [dkim, ptr] = await Promise.all([
    dkimCheck(dns, domain, options.dkimSelectors),
    ptrChecks(
      dns,
      mx.map((m) => m.exchange),
    ),
  ]);
  return [
    spfCheck(
      txt.map((t) => t.text),
      newBases,
      newAddresses,
    ),
    dkim,
    dmarcCheck(dmarcTxt.map((t) => t.text)),
    ...ptr,
  ];
}
