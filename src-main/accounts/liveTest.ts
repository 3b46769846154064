import net from 'node:net';
import { ImapFlow } from 'imapflow';
import nodemailer from 'nodemailer';
import { SwitchoverError, type ProviderCard, type ServerSettings } from '../contract';
import { classifyFailure } from './classifyFailure';
import type { Network } from './network';
import { isLoopbackAddress, isLoopbackHost } from './loopbackHost';

export interface LiveTestOptions {
  network: Network;
  password: string;
  card?: ProviderCard;
  /** Connect + greeting + each step; generous by default, short in tests. */
  timeoutMs?: number;
}

/** Verified against the host name (SNI too), or against the address when that is what was given. */
function tlsOptions(server: ServerSettings, network: Network) {
  return {
    ...(net.isIP(server.host) ? {} : { servername: server.host }),
    ...(network.ca ? { ca: network.ca } : {}),
  };
}

async function resolveOrFail(
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
  // "localhost" is loopback only if the DNS in use says so: plain text never leaves the machine.
  if (server.security === 'plain' && !isLoopbackAddress(address)) throw refusePlain();
  return address;
}

/** Logs in over IMAP and lists the folders: the sign-in is good only if both work. */
export async function testImap(
  server: ServerSettings,
  options: LiveTestOptions,
): Promise<{ folders: number }> {
  const { network, password } = options;
  const address = await resolveOrFail(network, server, 'imap', password);
  const timeout = options.timeoutMs ?? 20_000;
  const client = new ImapFlow({
    host: address,
    port: network.port(server.port),
    secure: server.security === 'tls',
    // Required STARTTLS: a server that does not offer it fails instead of going on in plain text.
    doSTARTTLS:
      server.security === 'starttls' ? true : server.security === 'plain' ? false : undefined,
    ...(net.isIP(server.host) ? {} : { servername: server.host }),
    tls: tlsOptions(server, network),
    auth: { user: server.username, pass: password },
    logger: false,
    disableAutoIdle: true,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout * 2,
  });
  // imapflow also reports failures as 'error' events; the awaited calls carry the same errors.
  client.on('error', () => undefined);
  try {
    await client.connect();
    const folders = await client.list();
    await client.logout();
    return { folders: folders.length };
  } catch (error) {
    throw classifyFailure(error, { protocol: 'imap', server, password, card: options.card });
  } finally {
    client.close();
  }
}

async function verifySmtp(
  server: ServerSettings,
  address: string,
  options: LiveTestOptions,
): Promise<void> {
  const { network, password } = options;
  const timeout = options.timeoutMs ?? 20_000;
  const transport = nodemailer.createTransport({
    host: address,
    port: network.port(server.port),
    secure: server.security === 'tls',
    // Never fall back to plain text: STARTTLS is demanded, and fails when it is not offered.
    requireTLS: server.security === 'starttls',
    ignoreTLS: server.security === 'plain',
    auth: { user: server.username, pass: password },
    tls: tlsOptions(server, network),
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout * 2,
    logger: false,
    debug: false,
  });
  try {
    await transport.verify();
  } finally {
    transport.close();
  }
}

export interface SmtpTestResult {
  /** The settings that worked (the port may have changed from 587 to 465). */
  server: ServerSettings;
  /** Set when the given port was blocked and 465 worked instead. */
  portBlocked?: { tried: number; used: number };
}

/**
 * Connects, secures (TLS or required STARTTLS) and authenticates. When the submission port seems
 * blocked (no connection at all), tries implicit TLS on 465 at the same host and says so.
 */
export async function testSmtp(
  server: ServerSettings,
  options: LiveTestOptions,
): Promise<SmtpTestResult> {
  const { password } = options;
  const address = await resolveOrFail(options.network, server, 'smtp', password);
  const context = { protocol: 'smtp' as const, server, password, card: options.card };
  try {
    await verifySmtp(server, address, options);
    return { server };
  } catch (error) {
    const failure = classifyFailure(error, context);
    const blocked = failure.code === 'net.unreachable' || failure.code === 'net.timeout';
    if (!blocked || server.port === 465) throw failure;
    const fallback: ServerSettings = { ...server, port: 465, security: 'tls' };
    try {
      await verifySmtp(fallback, address, options);
      return { server: fallback, portBlocked: { tried: server.port, used: 465 } };
    } catch (second) {
      const again = classifyFailure(second, { ...context, server: fallback });
      if (again.code === 'net.unreachable' || again.code === 'net.timeout') {
        throw new SwitchoverError(
          'smtp.port-blocked',
          `Neither port ${server.port} nor 465 of ${server.host} could be reached.`,
          { first: failure.details, fallback: again.details },
        );
      }
      throw again;
    }
  }
}
