import { ImapFlow } from 'imapflow';
import { SwitchoverError, type ProviderCard, type ServerSettings } from '../contract';
import { imapflowConnection } from '../imap';
import { classifyFailure, resolveProvider } from '../net';
import type { Network } from '../net';
import { createSmtpTransport } from '../smtp';
import type { SmtpCredential } from '../smtp';

/** What redaction must hide from the error's words (a token never reaches them). */
function passwordOf(credential: SmtpCredential): string {
  return 'password' in credential ? credential.password : '';
}

/** The typed password, or the access token the provider's sign-in page just gave. */
export type LiveTestOptions = SmtpCredential & {
  network: Network;
  card?: ProviderCard;
  /** Connect + greeting + each step; generous by default, short in tests. */
  timeoutMs?: number;
};

function credentialOf(options: LiveTestOptions): SmtpCredential {
  return 'password' in options
    ? { password: options.password }
    : { accessToken: options.accessToken };
}

/** Logs in over IMAP and lists the folders: the sign-in is good only if both work. */
export async function testImap(
  server: ServerSettings,
  options: LiveTestOptions,
): Promise<{ folders: number }> {
  const { network } = options;
  const credential = credentialOf(options);
  const password = passwordOf(credential);
  // Resolved first: a name that does not exist is told apart from a server that does not answer.
  const address = await resolveProvider(network, server, 'imap', password);
  const timeout = options.timeoutMs ?? 20_000;
  const client = new ImapFlow({
    ...imapflowConnection(server, { network, address }),
    auth:
      'password' in credential
        ? { user: server.username, pass: credential.password }
        : { user: server.username, accessToken: credential.accessToken },
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
  const transport = createSmtpTransport(server, address, {
    network: options.network,
    credential: credentialOf(options),
    timeoutMs: options.timeoutMs ?? 20_000,
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
  const password = passwordOf(credentialOf(options));
  const address = await resolveProvider(options.network, server, 'smtp', password);
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
