import type { ServerSettings } from '../contract';
import { SwitchoverError } from '../errors';
import { classifyFailure } from './classifyFailure';
import { isLoopbackAddress, isLoopbackHost } from './loopbackHost';
import type { Network } from './network';

/**
 * The address to connect to, resolved through the app's DNS, for connections that cannot take a
 * `lookup` (nodemailer resolves names itself) or that classify a DNS failure on their own (the
 * sign-in says "this name does not exist"). The connection then goes to this address and is
 * still verified against the host name. Plain text only ever reaches this machine: "localhost"
 * counts as loopback only if the DNS in use says so.
 */
export async function resolveProvider(
  network: Network,
  server: ServerSettings,
  protocol: 'imap' | 'smtp',
  password: string,
): Promise<string> {
  const refusePlain = () =>
    new SwitchoverError('tls.required', 'Switchover only connects with encryption.', {
      protocol,
      host: server.host,
      port: server.port,
    });
  if (server.security === 'plain' && !isLoopbackHost(server.host)) throw refusePlain();
  let address: string;
  try {
    address = await network.lookup(server.host);
  } catch (error) {
    throw classifyFailure(error, { protocol, server, password, phase: 'dns' });
  }
  if (server.security === 'plain' && !isLoopbackAddress(address)) throw refusePlain();
  return address;
}
