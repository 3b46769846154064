import type { ListResponse } from 'imapflow';
import type { ServerSettings } from '../contract';
import { classifyImapError, openImapSession, type ReadOnlyImapSession } from '../imap';
import { probeHeader } from './probeMessage';
import type { Network } from '../net';
import type { Secret } from '../oauth';

export interface WatchOptions {
  server: ServerSettings;
  password: Secret;
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
 * One connection to the new account, read-only: the watcher only looks (EXAMINE, SEARCH, IDLE).
 * Through the app's network like every other connection: its DNS, verified against the host name.
 */
function connect(options: WatchOptions): Promise<ReadOnlyImapSession> {
  return openImapSession(options.server, options.password, {
    readOnly: true,
    network: options.network,
  });
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
  session: ReadOnlyImapSession,
  path: string,
  token: string,
  pollMs: number,
  signal: AbortSignal,
): Promise<boolean> {
  await session.examine(path);
  while (!signal.aborted) {
    // A command breaks a running IDLE first (imapflow's preCheck); NOOP makes a server without
    // (working) IDLE report new mail before the search.
    await session.noop();
    const found = await session.search({ header: { [probeHeader]: token } });
    if (found.length > 0) return true;
    if (signal.aborted) break;
    session.idle();
    await sleep(pollMs, signal, (wake) => session.onExists(wake));
  }
  return false;
}

/**
 * Waits for `work` at most `ms`; the timer is cleared either way, so a logout that answers at
 * once does not keep a command-line run alive for the rest of the wait.
 */
async function atMost(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const waited = new Promise((resolve) => {
      timer = setTimeout(resolve, ms);
    });
    await Promise.race([work, waited]);
  } finally {
    clearTimeout(timer);
  }
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
  const sessions: ReadOnlyImapSession[] = [];
  const open = async () => {
    const session = await connect(options);
    sessions.push(session);
    if (controller.signal.aborted) session.close();
    return session;
  };
  const look = async (session: ReadOnlyImapSession, path: string, folder: Sighting['folder']) => {
    try {
      if (await watchFolder(session, path, options.token, pollMs, controller.signal)) {
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
    if (junk) watchers.push(open().then((session) => look(session, junk, 'junk')));
    return Promise.race(watchers);
  })();
  // A caller that stops before awaiting must not see an unhandled rejection.
  sighting.catch(() => undefined);
  return {
    sighting,
    async stop() {
      controller.abort();
      await Promise.all(
        sessions.map(async (session) => {
          try {
            await atMost(session.logout(), 2000);
          } catch {
            // Already gone.
          } finally {
            session.close();
          }
        }),
      );
    },
  };
}
