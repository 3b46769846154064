// Shared by the copy engine's integration tests: accounts on the test stack, a message corpus,
// and a read-only snapshot of a whole mailbox (to prove the old account never changes).

import crypto from 'node:crypto';
import fs from 'node:fs';
import type { ServerSettings } from '../../src-main/contract';
import type { CopyEndpoint } from '../../src-main/copy';
import { listFolderTree, openImapSession } from '../../src-main/imap';
import type { Endpoints, ProviderName } from '../mailstack';

export function settingsOf(
  endpoints: Endpoints,
  provider: ProviderName,
  username: string,
): ServerSettings {
  const p = endpoints.providers[provider];
  return { host: p.host, port: p.imaps, security: 'tls', username };
}

export function caOf(endpoints: Endpoints): Buffer {
  return fs.readFileSync(endpoints.caCertPath);
}

export function endpointOf(
  endpoints: Endpoints,
  provider: ProviderName,
  username: string,
  password: string,
): CopyEndpoint {
  return { settings: settingsOf(endpoints, provider, username), password };
}

export interface MessageSnapshot {
  uid: number;
  flags: string[];
  size: number;
  internalDate: number;
  sha256: string;
}

export interface MailboxSnapshot {
  [folder: string]: { uidValidity: string; messages: MessageSnapshot[] };
}

/** Every folder's UIDVALIDITY and every message's UID, flags, size, date and byte hash. */
export async function snapshotMailbox(
  endpoint: CopyEndpoint,
  ca: Buffer,
): Promise<MailboxSnapshot> {
  const session = await openImapSession(endpoint.settings, endpoint.password, {
    readOnly: true,
    ca,
  });
  try {
    const tree = await listFolderTree(session, false);
    const snapshot: MailboxSnapshot = {};
    for (const folder of tree.folders) {
      if (folder.noselect) continue;
      const box = await session.examine(folder.path);
      const messages: MessageSnapshot[] = [];
      if (box.exists > 0) {
        for await (const m of session.fetch('1:*', {
          uid: true,
          flags: true,
          size: true,
          internalDate: true,
          source: true,
        })) {
          messages.push({
            uid: m.uid,
            // \Recent is session state (who saw it first), not something stored.
            flags: [...(m.flags ?? [])].filter((f) => f !== '\\Recent').sort(),
            size: m.size ?? -1,
            internalDate: new Date(m.internalDate ?? 0).getTime(),
            sha256: crypto
              .createHash('sha256')
              .update(m.source ?? Buffer.alloc(0))
              .digest('hex'),
          });
        }
      }
      messages.sort((a, b) => a.uid - b.uid);
      snapshot[folder.path] = { uidValidity: box.uidValidity.toString(), messages };
    }
    return snapshot;
  } finally {
    await session.logout();
  }
}

let counter = 0;

/** A plain RFC 5322 message with CRLF line ends (what servers store), deterministic per seed. */
export function makeMessage(opts: {
  seed: string;
  subject?: string;
  messageId?: string | null;
  bodyBytes?: number;
  from?: string;
}): Buffer {
  counter += 1;
  const id =
    opts.messageId === null
      ? ''
      : `Message-ID: ${opts.messageId ?? `<${opts.seed}@corpus.test>`}\r\n`;
  const bodyLines: string[] = [];
  const size = opts.bodyBytes ?? 200;
  const rand = crypto.createHash('sha256').update(opts.seed).digest('hex');
  let body = '';
  while (body.length < size) body += `${rand} ${body.length}\r\n`;
  bodyLines.push(body.slice(0, size));
  return Buffer.from(
    `From: Alice <alice@old.test>\r\nTo: Bob <bob@new.test>\r\nSubject: ${opts.subject ?? `Message ${opts.seed}`}\r\n` +
      `Date: Mon, 2 Mar 2020 10:${String(counter % 60).padStart(2, '0')}:00 +0100\r\n${id}` +
      `MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${bodyLines.join('')}\r\n`,
  );
}

export const run = () => `${Date.now().toString(36)}${crypto.randomBytes(3).toString('hex')}`;
