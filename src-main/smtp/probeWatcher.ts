import net from 'node:net';
import { ImapFlow, type ListResponse } from 'imapflow';
import { isLoopbackAddress, isLoopbackHost, type Network } from '../accounts';
import { SwitchoverError, type ServerSettings } from '../contract';
import { classifyImapError } from '../imap';
import { probeHeader } from './probeMessage';

export interface WatchOptions {
  server: ServerSettings;
  password: string;
  network: Network;
  token: string;
  /** How often each folder is searched again when IDLE brings no news. */
  pollMs?: number;
}

export interface Sighting {
  folder: 'inbox' | 'junk';
  path: string;
  at: number;
}

/** Names a Junk folder goes by where the server does not say so (RFC 6154 SPECIAL-USE). */
const junkNames =
  /^(junk|spam|junk e-?mail|bulk mail|junk mail|spam mail|courrier indésirable|spam-verdacht)$/i;

export function junkFolderOf(boxes: readonly ListResponse[]): string | undefined {
  const special = boxes.find((box) => box.specialUse === '\\Junk');
  if (special) return special.path;
  const named = boxes.find((box) => {
    const leaf = box.delimiter ? box.path.split(box.delimiter).pop() : box.path;
    return junkNames.test(leaf ?? '') && !(box.flags ?? new Set()).has('\\Noselect');
  });
  return named?.path;
}

/**
 * One connection to the new account, as imapflow wants it. Connected by address (resolved through
 * the app's DNS) and verified against the host name in the settings, like the sign-in's live test:
 * openImapSession cannot verify a name other than the one it connects to.
 */
async function connect(options: WatchOptions): Promise<ImapFlow> {
  const { server, network, password } = options;
  if (server.security === 'plain' && !isLoopbackHost(server.host)) {
    throw new SwitchoverError('tls.required', 'Switchover only connects with encryption.');
  }
  let address: string;
  try {
    address = await network.lookup(server.host);
  } catch (error) {
    throw classifyImapError(error);
  }
  if (server.security === 'plain' && !isLoopbackAddress(address)) {
    throw new SwitchoverError('tls.required', 'Switchover only connects with encryption.');
  }
  const client = new ImapFlow({
    host: address,
    port: network.port(server.port),
    secure: server.security === 'tls',
    doSTARTTLS:
      server.security === 'starttls' ? true : server.security === 'plain' ? false : undefined,
    ...(net.isIP(server.host) ? {} : { servername: server.host }),
    tls: { minVersion: 'TLSv1.2', ...(network.ca ? { ca: network.ca } : {}) },
    auth: { user: server.username, pass: password },
    logger: false,
    disableAutoIdle: true,
    connectionTimeout: 30_000,
    greetingTimeout: 20_000,
    socketTimeout: 120_000,
    clientInfo: { name: 'Switchover' },
  } as ConstructorParameters<typeof ImapFlow>[0]);
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    client.close();
    throw classifyImapError(error);
  }
  return client;
}

function sleep(ms: number, signal: AbortSignal, wake: (resolve: () => void) => () => void) {
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    const unsubscribe = wake(done);
  });
}

/**
 * Watches one folder, opened read-only (EXAMINE: the probe is the person's mail and stays as it
 * is), until a message with the probe header is there. IDLE wakes it at once on news; a search
 * every `pollMs` covers servers without IDLE or with a lazy one.
 */
async function watchFolder(
  client: ImapFlow,
  path: string,
  token: string,
  pollMs: number,
  signal: AbortSignal,
): Promise<boolean> {
  await client.mailboxOpen(path, { readOnly: true });
  while (!signal.aborted) {
    // A command breaks a running IDLE first (imapflow's preCheck); NOOP makes a server without
    // (working) IDLE report new mail before the search.
    await client.noop();
    const found = await client.search({ header: { [probeHeader]: token } }, { uid: true });
    if (found && found.length > 0) return true;
    if (signal.aborted) break;
    void client.idle().catch(() => undefined);
    await sleep(pollMs, signal, (wake) => {
      client.on('exists', wake);
      return () => client.off('exists', wake);
    });
  }
  return false;
}

export interface ProbeWatch {
  /** Resolves at the first sighting (INBOX or Junk); rejects on a connection failure. */
  readonly sighting: Promise<Sighting>;
  /** Logs out of every connection; the sighting promise then never settles. */
  stop(): Promise<void>;
}

/**
 * Watches INBOX and, when the account has one, Junk: one connection each, so both can IDLE.
 * Connections are opened right away, so they are ready by the time the message is sent.
 */
export function watchForProbe(options: WatchOptions): ProbeWatch {
  const pollMs = options.pollMs ?? 2000;
  const controller = new AbortController();
  const clients: ImapFlow[] = [];
  const open = async () => {
    const client = await connect(options);
    clients.push(client);
    if (controller.signal.aborted) client.close();
    return client;
  };
  const look = async (client: ImapFlow, path: string, folder: Sighting['folder']) => {
    try {
      if (await watchFolder(client, path, options.token, pollMs, controller.signal)) {
        return { folder, path, at: Date.now() };
      }
    } catch (error) {
      if (!controller.signal.aborted) throw classifyImapError(error);
    }
    return new Promise<never>(() => undefined);
  };
  const sighting = (async (): Promise<Sighting> => {
    const inbox = await open();
    let junk: string | undefined;
    try {
      junk = junkFolderOf(await inbox.list());
    } catch (error) {
      throw classifyImapError(error);
    }
    const watchers = [look(inbox, 'INBOX', 'inbox')];
    if (junk) watchers.push(open().then((client) => look(client, junk, 'junk')));
    return Promise.race(watchers);
  })();
  // A caller that stops before awaiting must not see an unhandled rejection.
  sighting.catch(() => undefined);
  return {
    sighting,
    async stop() {
      controller.abort();
      await Promise.all(
        clients.map(async (client) => {
          try {
            await Promise.race([client.logout(), new Promise((r) => setTimeout(r, 2000))]);
          } catch {
            // Already gone.
          } finally {
            client.close();
          }
        }),
      );
    },
  };
}
