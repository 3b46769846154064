import net from 'node:net';

/** Plain-text connections are only ever accepted to the local machine (tests, local bridges). */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  return bare === 'localhost' || bare === '::1' || (net.isIPv4(bare) && bare.startsWith('127.'));
}

/** A resolved address on this machine: what a loopback host name must actually lead to. */
export function isLoopbackAddress(address: string): boolean {
  return net.isIP(address) !== 0 && isLoopbackHost(address);
}

/**
 * One spelling per IP address, so two spellings of the same one compare equal: IPv6 in its
 * compressed lower-case form ("2001:db8::25", which is how the URL parser writes it), brackets
 * dropped; IPv4 and anything that is not an address unchanged.
 */
export function canonicalAddress(address: string): string {
  const inner = address.replace(/^\[(.*)\]$/, '$1');
  if (!net.isIPv6(inner)) return address;
  return new URL(`http://[${inner}]/`).hostname.slice(1, -1);
}
