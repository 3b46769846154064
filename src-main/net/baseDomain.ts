/** Two-label public suffixes common among mail hosts (no full public-suffix list is bundled). */
const twoLabelSuffixes = new Set([
  'co.uk',
  'org.uk',
  'ac.uk',
  'gov.uk',
  'com.au',
  'net.au',
  'org.au',
  'co.nz',
  'co.jp',
  'ne.jp',
  'or.jp',
  'com.br',
  'com.mx',
  'com.ar',
  'co.za',
  'co.in',
  'com.tr',
  'com.cn',
  'com.tw',
  'co.kr',
]);

/** "mx1.mail.example.co.uk" → "example.co.uk". */
export function baseDomain(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  const lastTwo = labels.slice(-2).join('.');
  return labels.slice(twoLabelSuffixes.has(lastTwo) ? -3 : -2).join('.');
}

/** The base domain with one more label: "a.mail.protection.outlook.com" → "protection.outlook.com". */
export function nextSubdomain(host: string): string | undefined {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  const base = baseDomain(host).split('.').length;
  return labels.length > base ? labels.slice(-(base + 1)).join('.') : undefined;
}

/** Is `host` the domain itself or a name below it ("evilexample.org" is not below "example.org")? */
export function isWithinDomain(host: string, domain: string): boolean {
  const name = host.toLowerCase();
  const base = domain.toLowerCase();
  return name === base || name.endsWith(`.${base}`);
}
