import type { LookupAddress } from 'node:dns';
import net from 'node:net';
import type tls from 'node:tls';
import type { Security } from '../contract';
import { SwitchoverError } from '../errors';
import { isLoopbackHost } from './loopbackHost';

/**
 * The one way Switchover reaches a provider: host names resolved through the app's DNS (the
 * accounts' Network: SWITCHOVER_DNS, else the system resolver), TLS always verified against the
 * host name (SNI too, never the address), TLS 1.2 at least, and an extra CA only for tests.
 * Raw IMAP connections, imapflow sessions and nodemailer transports all build on it.
 */

export type CaOption = string | Buffer | (string | Buffer)[];

/** How connections reach the providers: structurally the accounts' Network. */
export interface NetworkPath {
  readonly ca?: CaOption | undefined;
  /** Every address of a host name, best first (IP literals pass through). */
  lookupAll(host: string): Promise<readonly LookupAddress[]>;
  /** A standard port → the one really used (tests on high ports); identity in production. */
  port(port: number): number;
}

/**
 * What a connection goes through. Without a network the system resolver is used, as net.connect
 * does by itself; `address` is a host already resolved by the caller (its DNS failures classified
 * its own way): the connection goes there, still verified against the host name.
 */
export interface ConnectVia {
  network?: NetworkPath | undefined;
  /** Extra trusted CA (tests); otherwise the network's, else the system store. */
  ca?: CaOption | undefined;
  address?: string | undefined;
}

export interface ProviderTarget {
  host: string;
  port: number;
  security: Security;
}

const bare = (host: string) => host.replace(/^\[(.*)\]$/, '$1');

const plainRefused = () =>
  new SwitchoverError(
    'tls.required',
    'An unencrypted connection is only allowed to this computer itself.',
  );

/**
 * A `lookup` for net.connect / tls.connect that asks the network. With `loopbackOnly` (plain
 * text), a name that leads anywhere but this machine is refused before anything is sent.
 */
export function socketLookup(
  network: NetworkPath,
  options: { loopbackOnly?: boolean } = {},
): net.LookupFunction {
  return (hostname, lookupOptions, callback) => {
    const wanted =
      lookupOptions.family === 4 || lookupOptions.family === 'IPv4'
        ? 4
        : lookupOptions.family === 6 || lookupOptions.family === 'IPv6'
          ? 6
          : 0;
    network.lookupAll(hostname).then(
      (found) => {
        const addresses = wanted === 0 ? [...found] : found.filter((a) => a.family === wanted);
        const [first] = addresses;
        if (first === undefined) {
          const error = Object.assign(new Error(`no address for ${hostname}`), {
            code: 'ENOTFOUND',
          });
          return callback(error, '');
        }
        if (options.loopbackOnly && addresses.some((a) => !isLoopbackHost(a.address))) {
          return callback(plainRefused(), '');
        }
        if (lookupOptions.all) callback(null, addresses);
        else callback(null, first.address, first.family);
      },
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), ''),
    );
  };
}

/** TLS for a provider: verified against the name (never an address we resolved), TLS 1.2+. */
export function providerTlsOptions(host: string, ca: CaOption | undefined): tls.ConnectionOptions {
  const options: tls.ConnectionOptions = { minVersion: 'TLSv1.2' };
  if (!net.isIP(bare(host))) options.servername = host;
  if (ca !== undefined) options.ca = ca;
  return options;
}

/**
 * Where to connect and how to find it: the host name with the network's lookup, the address the
 * caller resolved, or the host name for the system resolver. Plain text only ever to loopback.
 */
export function socketTarget(
  target: ProviderTarget,
  via: ConnectVia,
): { host: string; port: number; lookup?: net.LookupFunction } {
  const plain = target.security === 'plain';
  if (plain && !isLoopbackHost(target.host)) throw plainRefused();
  const port = via.network?.port(target.port) ?? target.port;
  if (via.address !== undefined) {
    if (plain && !isLoopbackHost(via.address)) throw plainRefused();
    return { host: via.address, port };
  }
  if (via.network === undefined) return { host: target.host, port };
  return {
    host: target.host,
    port,
    lookup: socketLookup(via.network, { loopbackOnly: plain }),
  };
}

export function caOf(via: ConnectVia): CaOption | undefined {
  return via.ca ?? via.network?.ca ?? undefined;
}
