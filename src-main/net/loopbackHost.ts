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
