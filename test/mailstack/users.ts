// Mailbox users and their mail. Users go into each provider's passwd-file (salted SHA-512, which
// Dovecot verifies natively); messages are seeded over IMAP APPEND, which sets flags and
// INTERNALDATE exactly as a real client or migration would.

import crypto from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { ImapFlow } from 'imapflow';
import { dovecotAcceptsLogin } from './dovecot';
import type { DovecotLayout } from './layout';
import type { Endpoints } from './state';
import type { ProviderName } from './testWorld';

export interface SeedOptions {
  flags?: string[];
  internalDate?: Date;
}

export interface SeedMessage extends SeedOptions {
  raw: Buffer | string;
}

/** Dovecot's {SSHA512}: base64(sha512(password ‖ salt) ‖ salt). */
export function ssha512(password: string): string {
  const salt = crypto.randomBytes(16);
  const digest = crypto.createHash('sha512').update(password).update(salt).digest();
  return `{SSHA512}${Buffer.concat([digest, salt]).toString('base64')}`;
}

export function checkAddress(address: string): void {
  if (!/^[^\s:@]+@[a-z0-9.-]+$/i.test(address)) {
    throw new Error(`mailstack: "${address}" is not a usable test address`);
  }
}

/**
 * Adds (or re-passwords) the user and returns once Dovecot accepts the login: passwd-file is
 * re-read at most once a second, so a login right after the write could otherwise fail.
 */
export async function addDovecotUser(
  layout: DovecotLayout,
  address: string,
  password: string,
): Promise<void> {
  checkAddress(address);
  const login = address.toLowerCase();
  const lines = (await fsp.readFile(layout.usersFile, 'utf8'))
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith(`${login}:`));
  lines.push(`${login}:${ssha512(password)}`);
  const before = await fsp.stat(layout.usersFile);
  await fsp.writeFile(`${layout.usersFile}.tmp`, `${lines.join('\n')}\n`, { mode: 0o644 });
  await fsp.rename(`${layout.usersFile}.tmp`, layout.usersFile);
  // Dovecot notices a changed passwd-file by its whole-second mtime (and size, inode): a new
  // password of the same length written within the same second, onto a reused inode, would go
  // unseen for good. Move the mtime strictly past the previous one.
  const seconds = Math.max(Math.floor(Date.now() / 1000), Math.floor(before.mtimeMs / 1000) + 1);
  await fsp.utimes(layout.usersFile, seconds, seconds);
  const deadline = Date.now() + 5000;
  while (!(await dovecotAcceptsLogin(layout, address, password))) {
    if (Date.now() > deadline) {
      throw new Error(`mailstack: Dovecot does not accept the new user ${address} after 5 s`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** An IMAP client over implicit TLS that trusts the stack's CA (and nothing else). */
export function imapsClient(
  endpoints: Endpoints,
  provider: ProviderName,
  address: string,
  password: string,
): ImapFlow {
  const p = endpoints.providers[provider];
  return new ImapFlow({
    host: p.host,
    port: p.imaps,
    secure: true,
    servername: p.hostname,
    auth: { user: address, pass: password },
    tls: { ca: [fs.readFileSync(endpoints.caCertPath)] },
    logger: false,
  });
}

export async function appendMessages(
  endpoints: Endpoints,
  provider: ProviderName,
  address: string,
  password: string,
  folder: string,
  messages: readonly SeedMessage[],
): Promise<void> {
  const client = imapsClient(endpoints, provider, address, password);
  await client.connect();
  try {
    if (folder.toUpperCase() !== 'INBOX') {
      const existing = await client.list();
      if (!existing.some((box) => box.path === folder)) await client.mailboxCreate(folder);
    }
    for (const message of messages) {
      const appended = await client.append(
        folder,
        message.raw,
        message.flags ?? [],
        message.internalDate,
      );
      if (appended === false) throw new Error(`mailstack: APPEND to ${folder} was refused`);
    }
  } finally {
    await client.logout();
  }
}
