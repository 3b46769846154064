// Shared by the send-test integration files: a network that trusts the stack's CA and uses its DNS,
// fresh users, and runtime Postfix rules on the NEW provider (an access map that refuses, holds or
// "files as spam" chosen test addresses), always undone afterwards.

import crypto from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { ImapFlow } from 'imapflow';
import type { ServerSettings } from '../../src-main/contract';
import type { Endpoints, MailStackHandle } from '../mailstack';
import { stackLayout } from '../mailstack/layout';
import { reloadPostfix } from '../mailstack/postfix';
import { run } from '../mailstack/processes';
import { readState } from '../mailstack/state';
import { caOf } from './mailClients';
import { createDnsClient, type DnsClient } from '../../src-main/dns';
import { createNetwork, type Network } from '../../src-main/net';

export function stackNetwork(e: Endpoints): Network {
  const p = e.providers.new;
  // Standard ports map to themselves unless the stack runs on high ports.
  return createNetwork({
    dnsServers: [`${e.dns.host}:${e.dns.port}`],
    ca: caOf(e),
    portMap: { 465: p.submissions, 587: p.submission, 993: p.imaps, 25: p.smtp },
  });
}

/** The stack's dnsmasq as resolver and as the domains' own name server (MX, TXT, PTR). */
export function stackDnsClient(e: Endpoints): DnsClient {
  const { host, port } = e.dns;
  return createDnsClient({
    servers: [`${host}:${port}`],
    authoritativePort: port,
    timeoutMs: 1000,
  });
}

export interface TestAccount {
  address: string;
  password: string;
  smtp: ServerSettings;
  imap: ServerSettings;
}

/** A fresh user on new.test with settings for 587 STARTTLS and IMAPS, by address. */
export async function freshAccount(stack: MailStackHandle, label: string): Promise<TestAccount> {
  const localpart = `${label}-${crypto.randomBytes(5).toString('hex')}`;
  const password = `pw ${crypto.randomBytes(6).toString('hex')} Send!`;
  await stack.createUser('new', localpart, 'new.test', password);
  const address = `${localpart}@new.test`;
  const p = stack.endpoints.providers.new;
  return {
    address,
    password,
    smtp: { host: p.host, port: p.submission, security: 'starttls', username: address },
    imap: { host: p.host, port: p.imaps, security: 'tls', username: address },
  };
}

export function imapOf(e: Endpoints, account: TestAccount): ImapFlow {
  const p = e.providers.new;
  const client = new ImapFlow({
    host: p.host,
    port: p.imaps,
    secure: true,
    servername: p.hostname,
    auth: { user: account.address, pass: account.password },
    tls: { ca: caOf(e) },
    logger: false,
    disableAutoIdle: true,
  });
  client.on('error', () => undefined);
  return client;
}

/** Subjects and probe headers of every message in a folder (read-only). */
export async function probesIn(
  e: Endpoints,
  account: TestAccount,
  folder: string,
): Promise<string[]> {
  const client = imapOf(e, account);
  await client.connect();
  try {
    await client.mailboxOpen(folder, { readOnly: true });
    const tokens: string[] = [];
    for await (const m of client.fetch('1:*', { headers: ['x-switchover-probe'] })) {
      const header = m.headers?.toString('utf8') ?? '';
      const token = /x-switchover-probe:\s*(\S+)/i.exec(header)?.[1];
      if (token) tokens.push(token);
    }
    return tokens;
  } catch (error) {
    // An empty folder answers FETCH 1:* with an error on some servers.
    if (/Invalid messageset|no messages/i.test(String(error))) return [];
    throw error;
  } finally {
    await client.logout().catch(() => client.close());
  }
}

/**
 * Access rules for the new provider's Postfix, checked at RCPT time. The map files live in the
 * stack directory (never deleted, so a crashed run leaves a harmless, empty rule behind); the
 * main.cf setting is removed again by `restore()`.
 */
export class PostfixRules {
  readonly #stack: MailStackHandle;
  readonly #confDir: string;
  readonly #recipientMap: string;
  readonly #senderMap: string;
  #previous: string | undefined;

  constructor(stack: MailStackHandle) {
    this.#stack = stack;
    const layout = stackLayout(stack.endpoints.dir).providers.new;
    this.#confDir = layout.postfixConfDir;
    this.#recipientMap = path.join(layout.root, 'sendtest-recipient-access');
    this.#senderMap = path.join(layout.root, 'sendtest-sender-access');
  }

  get confDir(): string {
    return this.#confDir;
  }

  /** e.g. recipients { 'a@new.test': '550 5.1.1 User unknown', 'b@new.test': 'HOLD' }. */
  async apply(recipients: Record<string, string>, senders: Record<string, string>): Promise<void> {
    const lines = (map: Record<string, string>) =>
      Object.entries(map)
        .map(([address, action]) => `${address} ${action}\n`)
        .join('');
    await fsp.writeFile(this.#recipientMap, lines(recipients), { mode: 0o644 });
    await fsp.writeFile(this.#senderMap, lines(senders), { mode: 0o644 });
    const current = await run('postconf', [
      '-c',
      this.#confDir,
      '-nh',
      'smtpd_recipient_restrictions',
    ]);
    this.#previous = current.stdout.trim();
    if (this.#previous !== '') {
      throw new Error(`smtpd_recipient_restrictions is already set: ${this.#previous}`);
    }
    await run('postconf', [
      '-c',
      this.#confDir,
      '-e',
      `smtpd_recipient_restrictions = check_sender_access texthash:${this.#senderMap}, check_recipient_access texthash:${this.#recipientMap}`,
    ]);
    await this.#reload();
  }

  async restore(): Promise<void> {
    if (this.#previous === undefined) return;
    await fsp.writeFile(this.#recipientMap, '');
    await fsp.writeFile(this.#senderMap, '');
    await run('postconf', ['-c', this.#confDir, '-X', 'smtpd_recipient_restrictions']);
    this.#previous = undefined;
    await this.#reload();
  }

  async #reload(): Promise<void> {
    const state = await readState(stackLayout(this.#stack.endpoints.dir).stateFile);
    const master = state?.pids['postfix-new'];
    if (master === undefined) throw new Error('postfix-new is not running');
    await reloadPostfix(stackLayout(this.#stack.endpoints.dir).providers.new, master);
  }

  /** Queue ids of held messages for a recipient. */
  async held(recipient: string): Promise<string[]> {
    const { stdout } = await run('postqueue', ['-c', this.#confDir, '-j']);
    return stdout
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map(
        (line) =>
          JSON.parse(line) as {
            queue_name: string;
            queue_id: string;
            recipients: { address: string }[];
          },
      )
      .filter(
        (m) =>
          m.queue_name === 'hold' &&
          m.recipients.some((r) => r.address.toLowerCase() === recipient.toLowerCase()),
      )
      .map((m) => m.queue_id);
  }

  /** The held message as it would have been delivered (header and body). */
  async content(queueId: string): Promise<string> {
    const { stdout } = await run('postcat', ['-c', this.#confDir, '-bh', '-q', queueId]);
    return stdout;
  }

  /** Deletes held messages of ours, so nothing lingers in the queue. */
  async discard(queueIds: readonly string[]): Promise<void> {
    for (const id of queueIds) {
      await run('postsuper', ['-c', this.#confDir, '-d', id, 'hold']).catch(() => undefined);
    }
  }
}
