import WebSocket from 'ws';
import { bridgePath, tokenParameter, type CallInput, type CallName } from '../../src-main/contract';
import type { Endpoints } from '../mailstack';

/**
 * One call of the contract over the bridge of the app at `appUrl`, as the page makes it. Tests use
 * it to do quickly what another test walks through on screen. Answers are not validated here.
 */
export async function callOverBridge<N extends CallName>(
  appUrl: string,
  call: N,
  input: CallInput<N>,
): Promise<unknown> {
  const url = new URL(appUrl);
  const token = new URLSearchParams(url.hash.slice(1)).get(tokenParameter) ?? '';
  const socket = new WebSocket(
    `ws://${url.host}${bridgePath}?${tokenParameter}=${encodeURIComponent(token)}`,
  );
  try {
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    return await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${call}: no answer`)), 30_000);
      socket.on('message', (data: Buffer) => {
        const message = JSON.parse(data.toString()) as {
          id?: number;
          ok?: boolean;
          value?: unknown;
          error?: unknown;
        };
        if (message.id !== 1) return;
        clearTimeout(timer);
        if (message.ok) resolve(message.value);
        else reject(new Error(`${call}: ${JSON.stringify(message.error)}`));
      });
      socket.send(JSON.stringify({ id: 1, call, input }));
    });
  } finally {
    socket.close();
  }
}

export interface StackAccount {
  role: 'old' | 'new';
  email: string;
  password: string;
  /**
   * How the app is told its servers: by 'name' (the app's own lookups ask the test DNS), or by
   * 'address' where the copy engine connects: it asks the system's resolver, which does not know
   * the test world's *.test names.
   */
  servers: 'name' | 'address';
  /** Whether the account is given its sending server too (default: yes). */
  sending?: boolean;
}

/** Signs an account of the mail stack in over the bridge, its settings typed by hand. */
export async function signInOverBridge(
  appUrl: string,
  endpoints: Pick<Endpoints, 'providers'>,
  account: StackAccount,
): Promise<void> {
  const { role, email, password, servers, sending = true } = account;
  const provider = endpoints.providers[role];
  const byName = servers === 'name';
  const imap = {
    host: byName ? provider.imapHostname : provider.host,
    port: provider.imaps,
    security: 'tls' as const,
    username: email,
  };
  const smtp = {
    host: byName ? provider.smtpHostname : provider.host,
    port: provider.submission,
    security: 'starttls' as const,
    username: email,
  };
  await callOverBridge(appUrl, 'accounts.signIn', {
    role,
    email,
    password,
    imap,
    ...(sending ? { smtp } : {}),
    source: 'manual',
  });
}
