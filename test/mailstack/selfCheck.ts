// `npm run mailstack -- check`: proves the stack serves mail, end to end, on each provider: Postfix
// greets on port 25 and takes a message for a new user, delivers it by LMTP into Dovecot, and the
// user logs in over IMAPS and finds it; on the Gmail-like provider a new user logs in through the
// X-GM-EXT-1 proxy. Uses the running stack, or starts one and stops it after.

import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import { ImapFlow } from 'imapflow';
import { connectMailStack, isMailStackRunning, startMailStack } from './stack';
import type { MailStackHandle } from './stack';
import type { Endpoints } from './state';
import { providerNames } from './testWorld';
import type { ProviderName } from './testWorld';
import { imapsClient } from './users';
import { createGmailUser } from './gmail/gmailUsers';

export interface ProviderCheck {
  provider: ProviderName;
  /** Postfix's first line on port 25. */
  smtpGreeting: string;
  /** From the end of the SMTP DATA to the message showing in the IMAP INBOX. */
  deliveredMs: number;
}

export interface GmailLikeCheck {
  /** The proxy's capability list after login (X-GM-EXT-1 is checked to be in it). */
  capabilities: string[];
  loginMs: number;
}

export interface SelfCheckReport {
  dir: string;
  startedHere: boolean;
  providers: ProviderCheck[];
  gmailLike: GmailLikeCheck;
}

/** A plain SMTP conversation: each command's reply must start with the code given. */
async function smtpSend(host: string, port: number, to: string, message: string): Promise<string> {
  const socket = net.connect({ host, port });
  socket.setTimeout(10_000, () => socket.destroy(new Error(`SMTP ${host}:${port}: no answer`)));
  let buffered = '';
  const replies: ((reply: string) => void)[] = [];
  socket.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    // A reply ends with a line "NNN text" (a hyphen after the code means more lines follow).
    for (let end = /(?:^|\n)\d{3} [^\n]*\n/.exec(buffered); end !== null;) {
      const reply = buffered.slice(0, end.index + end[0].length);
      buffered = buffered.slice(reply.length);
      replies.shift()?.(reply.trim());
      end = /(?:^|\n)\d{3} [^\n]*\n/.exec(buffered);
    }
  });
  const failed = new Promise<never>((_, reject) => socket.once('error', reject));
  const expect = async (code: string, send?: string): Promise<string> => {
    const reply = new Promise<string>((resolve) => replies.push(resolve));
    if (send !== undefined) socket.write(`${send}\r\n`);
    const text = await Promise.race([reply, failed]);
    if (!text.startsWith(code)) throw new Error(`SMTP ${host}:${port}: ${send} → ${text}`);
    return text;
  };
  try {
    const greeting = await expect('220');
    await expect('250', 'EHLO selfcheck.test');
    await expect('250', 'MAIL FROM:<selfcheck@family.test>');
    await expect('250', `RCPT TO:<${to}>`);
    await expect('354', 'DATA');
    await expect('250', `${message.replace(/\n/g, '\r\n')}\r\n.`);
    await expect('221', 'QUIT');
    return greeting;
  } finally {
    socket.destroy();
  }
}

async function waitForSubject(
  endpoints: Endpoints,
  provider: ProviderName,
  address: string,
  password: string,
  subject: string,
): Promise<void> {
  const client = imapsClient(endpoints, provider, address, password);
  await client.connect();
  try {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const lock = await client.getMailboxLock('INBOX');
      try {
        if (((await client.search({ subject })) || []).length > 0) return;
      } finally {
        lock.release();
      }
      if (Date.now() > deadline)
        throw new Error(`${address}: "${subject}" not in INBOX after 15 s`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await client.logout();
  }
}

async function checkProvider(
  stack: MailStackHandle,
  provider: ProviderName,
): Promise<ProviderCheck> {
  const p = stack.endpoints.providers[provider];
  const local = `selfcheck-${crypto.randomUUID().slice(0, 8)}`;
  const address = `${local}@${p.domain}`;
  const password = crypto.randomUUID();
  await stack.createUser(provider, local, p.domain, password);
  const subject = `self-check ${local}`;
  const message = `From: <selfcheck@family.test>\nTo: <${address}>\nSubject: ${subject}\n\nHello.`;
  const greeting = await smtpSend(p.host, p.smtp, address, message);
  const sent = Date.now();
  await waitForSubject(stack.endpoints, provider, address, password, subject);
  return { provider, smtpGreeting: greeting, deliveredMs: Date.now() - sent };
}

/** The Gmail-like provider: a new user logs in over IMAPS through the proxy, which says X-GM-EXT-1. */
async function checkGmailLike(stack: MailStackHandle): Promise<GmailLikeCheck> {
  const g = stack.endpoints.gmailLike;
  const address = `selfcheck-${crypto.randomUUID().slice(0, 8)}@${g.domain}`;
  const password = crypto.randomUUID();
  await createGmailUser(stack, address, password);
  const began = Date.now();
  const client = new ImapFlow({
    host: g.host,
    port: g.imaps,
    secure: true,
    servername: g.hostname,
    auth: { user: address, pass: password },
    tls: { ca: [fs.readFileSync(stack.endpoints.caCertPath)] },
    logger: false,
  });
  await client.connect();
  try {
    const capabilities = [...client.capabilities.keys()];
    if (!capabilities.includes('X-GM-EXT-1')) {
      throw new Error(`gmail-like proxy: no X-GM-EXT-1 in ${capabilities.join(' ')}`);
    }
    return { capabilities, loginMs: Date.now() - began };
  } finally {
    await client.logout();
  }
}

export async function selfCheck(dir?: string): Promise<SelfCheckReport> {
  const startedHere = !(await isMailStackRunning(dir));
  const stack = startedHere ? await startMailStack({ dir }) : await connectMailStack(dir);
  try {
    // One after the other: createUser's read-modify-write of state.json must not interleave.
    const providers: ProviderCheck[] = [];
    for (const name of providerNames) providers.push(await checkProvider(stack, name));
    const gmailLike = await checkGmailLike(stack);
    return { dir: stack.endpoints.dir, startedHere, providers, gmailLike };
  } finally {
    if (startedHere) await stack.stop();
  }
}
