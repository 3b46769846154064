import type { LookupAddress } from 'node:dns';
import net from 'node:net';
import tls from 'node:tls';
import type { Security } from '../contract';
import { SwitchoverError } from '../errors';
import { classifyImapError } from './imapErrors';

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

/** Is the host a loopback address (where plain connections are allowed, for tests)? */
export function isLoopbackHost(host: string): boolean {
  const h = bare(host);
  if (net.isIPv4(h)) return h.startsWith('127.');
  if (net.isIPv6(h)) return h === '::1';
  return h.toLowerCase() === 'localhost';
}

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

/** A connected socket, TLS already verified for security 'tls', plain (before STARTTLS) else. */
export function connectProvider(
  target: ProviderTarget,
  via: ConnectVia,
  timeoutMs = 30_000,
): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const where = socketTarget(target, via);
    const secure = target.security === 'tls';
    const socket = secure
      ? tls.connect({ ...where, ...providerTlsOptions(target.host, caOf(via)) })
      : net.connect(where);
    const ready = secure ? 'secureConnect' : 'connect';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new SwitchoverError('net.timeout', 'The server did not answer in time.'));
    }, timeoutMs);
    socket.once(ready, () => {
      clearTimeout(timer);
      socket.setNoDelay(true);
      socket.setKeepAlive(true, 30_000);
      socket.removeAllListeners('error');
      resolve(socket);
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      reject(classifyImapError(error));
    });
  });
}

/** STARTTLS: the plain socket becomes TLS, verified against the host name like a direct one. */
export function upgradeProvider(
  socket: net.Socket,
  host: string,
  via: ConnectVia,
): Promise<tls.TLSSocket> {
  return new Promise((resolve, reject) => {
    const secure = tls.connect({ socket, ...providerTlsOptions(host, caOf(via)) });
    secure.once('secureConnect', () => {
      secure.removeAllListeners('error');
      resolve(secure);
    });
    secure.once('error', (error) => reject(classifyImapError(error)));
  });
}

/**
 * imapflow's connection options for these settings. imapflow hands `tls` to net.connect and
 * tls.connect alike (host, port, servername, then these), so the lookup reaches the socket, and
 * it verifies against `servername`, which is the host name whenever one was given.
 */
export function imapflowConnection(
  settings: ProviderTarget,
  via: ConnectVia,
): {
  host: string;
  port: number;
  secure: boolean;
  doSTARTTLS: boolean | undefined;
  servername?: string;
  tls: tls.ConnectionOptions & { lookup?: net.LookupFunction };
} {
  const where = socketTarget(settings, via);
  const verify = providerTlsOptions(settings.host, caOf(via));
  return {
    host: where.host,
    port: where.port,
    secure: settings.security === 'tls',
    // Required STARTTLS: a server that does not offer it fails instead of going on in plain text.
    doSTARTTLS:
      settings.security === 'starttls' ? true : settings.security === 'plain' ? false : undefined,
    ...(verify.servername !== undefined ? { servername: verify.servername } : {}),
    tls: { ...verify, ...(where.lookup ? { lookup: where.lookup } : {}) },
  };
}
