// Real clients against the test stack, trusting only its CA. NODE_EXTRA_CA_CERTS is read at
// process start, so inside Vitest the CA is passed explicitly — verification stays on.

import crypto from 'node:crypto';
import fs from 'node:fs';
import { ImapFlow } from 'imapflow';
import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import type { Endpoints, ProviderName } from '../mailstack';

export function caOf(endpoints: Endpoints): Buffer[] {
  return [fs.readFileSync(endpoints.caCertPath)];
}

export function imapClient(
  endpoints: Endpoints,
  provider: ProviderName,
  user: string,
  pass: string,
  mode: 'tls' | 'starttls' = 'tls',
): ImapFlow {
  const p = endpoints.providers[provider];
  return new ImapFlow({
    host: p.host,
    port: mode === 'tls' ? p.imaps : p.imap,
    secure: mode === 'tls',
    doSTARTTLS: mode === 'starttls' ? true : undefined,
    servername: p.hostname,
    auth: { user, pass },
    tls: { ca: caOf(endpoints) },
    logger: false,
    disableAutoIdle: true,
  });
}

export function smtpTransport(
  endpoints: Endpoints,
  provider: ProviderName,
  user: string,
  pass: string,
  mode: 'starttls' | 'tls' = 'starttls',
): Transporter {
  const p = endpoints.providers[provider];
  return nodemailer.createTransport({
    host: p.host,
    port: mode === 'tls' ? p.submissions : p.submission,
    secure: mode === 'tls',
    requireTLS: mode === 'starttls',
    auth: { user, pass },
    tls: { ca: caOf(endpoints), servername: p.hostname },
  });
}

export function uniqueSubject(label: string): string {
  return `${label} ${crypto.randomUUID()}`;
}

/** Polls a mailbox until a message with this exact subject is there; false at the deadline. */
export async function waitForSubject(
  endpoints: Endpoints,
  provider: ProviderName,
  user: string,
  pass: string,
  subject: string,
  limitMs = 10_000,
  folder = 'INBOX',
): Promise<boolean> {
  const client = imapClient(endpoints, provider, user, pass);
  await client.connect();
  try {
    const deadline = Date.now() + limitMs;
    for (;;) {
      const lock = await client.getMailboxLock(folder);
      try {
        const found = await client.search({ header: { subject } }, { uid: true });
        if (found !== false && found !== undefined && found.length > 0) return true;
      } finally {
        lock.release();
      }
      if (Date.now() > deadline) return false;
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    await client.logout();
  }
}
