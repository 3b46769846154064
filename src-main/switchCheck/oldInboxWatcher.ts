// Watches the old INBOX with IDLE through a read-only session (EXAMINE; every command checked
// against the read-only allow-list) and calls back when mail arrives. It goes through the app's
// network like every other connection. A dropped connection is retried after a pause while the
// watch is on.

import { openImapSession, type ReadOnlyImapSession } from '../imap';
import type { ServerSettings } from '../contract';
import type { NetworkPath } from '../net';
import type { Secret } from '../oauth';

export interface InboxWatcher {
  stop(): Promise<void>;
}

export function watchOldInbox(options: {
  server: ServerSettings;
  password: Secret;
  network: NetworkPath;
  onNews: () => void;
  onError?: (error: unknown) => void;
  retryMs?: number;
  /** How often IDLE is re-entered if something (a keep-alive NOOP) ended it; a no-op otherwise. */
  rearmMs?: number;
}): InboxWatcher {
  let stopped = false;
  let session: ReadOnlyImapSession | undefined;
  let retry: NodeJS.Timeout | undefined;
  let rearm: NodeJS.Timeout | undefined;

  const retryLater = () => {
    clearInterval(rearm);
    clearTimeout(retry);
    if (!stopped) retry = setTimeout(() => void connect(), options.retryMs ?? 30_000);
  };

  const connect = async () => {
    if (stopped) return;
    let s: ReadOnlyImapSession | undefined;
    try {
      s = await openImapSession(options.server, options.password, {
        readOnly: true,
        network: options.network,
      });
      session = s;
      s.onExists(() => options.onNews());
      s.onClose(retryLater);
      await s.examine('INBOX');
      if (stopped) {
        s.close();
        return;
      }
      s.idle();
      // The session does not IDLE again by itself after another command (imapflow's keep-alive
      // NOOP on a quiet socket is one): re-enter it now and then; idle() while idling does nothing.
      const open = s;
      rearm = setInterval(() => open.idle(), options.rearmMs ?? 30_000);
      rearm.unref();
    } catch (error) {
      options.onError?.(error);
      s?.close();
      retryLater();
    }
  };
  void connect();

  return {
    async stop() {
      stopped = true;
      clearTimeout(retry);
      clearInterval(rearm);
      const s = session;
      if (!s) return;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        s.logout(),
        new Promise((r) => {
          timer = setTimeout(r, 2000);
        }),
      ]);
      clearTimeout(timer);
      s.close();
    },
  };
}
