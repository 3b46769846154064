import net from 'node:net';
import tls from 'node:tls';
import { SwitchoverError } from '../errors';
import {
  caOf,
  providerTlsOptions,
  socketTarget,
  type ConnectVia,
  type ProviderTarget,
} from '../net';
import { classifyImapError } from './imapErrors';

/**
 * A connected socket, TLS already verified for security 'tls', plain (before STARTTLS) else.
 * With `onread`, received bytes go to its callback in its one reused buffer instead of 'data'
 * events (a new buffer for every piece read).
 */
export function connectProvider(
  target: ProviderTarget,
  via: ConnectVia,
  timeoutMs = 30_000,
  onread?: net.OnReadOpts,
): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const where = { ...socketTarget(target, via), ...(onread ? { onread } : {}) };
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
  onread?: net.OnReadOpts,
): Promise<tls.TLSSocket> {
  return new Promise((resolve, reject) => {
    const secure = tls.connect({
      socket,
      ...providerTlsOptions(host, caOf(via)),
      ...(onread ? { onread } : {}),
    });
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
