// Watches the old INBOX with IDLE (opened read-only, EXAMINE) and calls back when mail arrives.
// A dropped connection is retried after a pause while the watch is on.

import net from 'node:net';
import { ImapFlow } from 'imapflow';
import type { Network } from '../accounts';
import type { ServerSettings } from '../contract';

export interface InboxWatcher {
  stop(): Promise<void>;
}

export function watchOldInbox(options: {
  server: ServerSettings;
  password: string;
  network: Network;
  onNews: () => void;
  onError?: (error: unknown) => void;
  retryMs?: number;
}): InboxWatcher {
  let stopped = false;
  let client: ImapFlow | undefined;
  let retry: NodeJS.Timeout | undefined;
  const { server } = options;

  const connect = async () => {
    if (stopped) return;
    try {
      const address = await options.network.lookup(server.host);
      const c = new ImapFlow({
        host: address,
        port: options.network.port(server.port),
        secure: server.security === 'tls',
        doSTARTTLS:
          server.security === 'starttls' ? true : server.security === 'plain' ? false : undefined,
        ...(net.isIP(server.host) ? {} : { servername: server.host }),
        tls: { minVersion: 'TLSv1.2', ...(options.network.ca ? { ca: options.network.ca } : {}) },
        auth: { user: server.username, pass: options.password },
        logger: false,
        // imapflow IDLEs by itself once the mailbox is open and nothing else runs.
        disableAutoIdle: false,
        clientInfo: { name: 'Switchover' },
      } as ConstructorParameters<typeof ImapFlow>[0]);
      client = c;
      c.on('error', (error: unknown) => options.onError?.(error));
      c.on('exists', () => options.onNews());
      c.on('close', () => {
        if (!stopped) retry = setTimeout(() => void connect(), options.retryMs ?? 30_000);
      });
      await c.connect();
      await c.mailboxOpen('INBOX', { readOnly: true });
      if (stopped) c.close();
      // IDLE at once (imapflow's own would start only after a delay); it re-arms by itself.
      else void c.idle().catch(() => undefined);
    } catch (error) {
      options.onError?.(error);
      client?.close();
    }
  };
  void connect();

  return {
    async stop() {
      stopped = true;
      clearTimeout(retry);
      const c = client;
      if (!c) return;
      await Promise.race([
        c.logout().catch(() => undefined),
        new Promise((r) => setTimeout(r, 2000)),
      ]);
      c.close();
    },
  };
}
