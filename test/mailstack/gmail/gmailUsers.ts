// Users of the Gmail-like provider and their mail: createGmailUser adds the login and the [Gmail]
// folders; seedGmailLike stores each message once (store/AllMail, Spam or Trash) with its flags,
// INTERNALDATE and label keywords, and makes a folder for each label it uses.

import fsp from 'node:fs/promises';
import path from 'node:path';
import { stackLayout } from '../layout';
import type { GmailLayout } from '../layout';
import { run } from '../processes';
import type { MailStackHandle } from '../stack';
import { addDovecotUser, checkAddress } from '../users';
import type { GmailLikeCorpus } from './corpus';
import {
  assignKeywords,
  dovecotVirtualFile,
  folderDirectory,
  isSystemLabel,
  labelFolders,
  starredLabel,
  storeMailboxes,
  systemFolders,
  systemLabelKeywords,
} from './labels';
import type { LabelTable, StoreLocation, VirtualFolder } from './labels';
import { appendPipelined } from './pipelinedAppend';

/** A message to store: GmailLikeMessage fits. */
export interface GmailSeedMessage {
  raw: Buffer;
  flags: readonly string[];
  internalDate?: Date;
  /** \Inbox, \Sent, \Draft, \Important and user labels; \Starred is ignored (flag \Flagged). */
  labels: readonly string[];
  location: StoreLocation;
}

function gmailLayoutOf(handle: MailStackHandle): GmailLayout {
  return stackLayout(handle.endpoints.dir).gmail;
}

function userHome(layout: GmailLayout, address: string): string {
  const [local = '', domain = ''] = address.toLowerCase().split('@');
  return path.join(layout.mailRoot, domain, local);
}

async function writeFolders(home: string, folders: readonly VirtualFolder[]): Promise<void> {
  for (const folder of folders) {
    const dir = path.join(home, 'virtual', folderDirectory(folder.name));
    await fsp.mkdir(dir, { recursive: true, mode: 0o755 });
    await fsp.writeFile(path.join(dir, 'dovecot-virtual'), dovecotVirtualFile(folder));
  }
  // Dovecot writes each virtual folder's index beside its file, as the user dovecot.
  await run('chown', ['-R', 'dovecot:dovecot', home]);
}

/** Adds the login (address like relative@gmail.test) with its [Gmail] folders, still empty. */
export async function createGmailUser(
  handle: MailStackHandle,
  address: string,
  password: string,
): Promise<void> {
  checkAddress(address);
  const layout = gmailLayoutOf(handle);
  await addDovecotUser(layout, address, password);
  const home = userHome(layout, address);
  await fsp.mkdir(home, { recursive: true, mode: 0o755 });
  await writeFolders(home, systemFolders);
  const user = address.toLowerCase();
  const mailboxes = Object.values(storeMailboxes);
  await run('doveadm', ['-c', layout.dovecotConf, 'mailbox', 'create', '-u', user, ...mailboxes]);
}

async function updateLabelTable(
  file: string,
  labels: readonly string[],
): Promise<Map<string, string>> {
  const table = JSON.parse(await fsp.readFile(file, 'utf8')) as LabelTable;
  const keywords = assignKeywords(table, labels);
  await fsp.writeFile(`${file}.tmp`, `${JSON.stringify(table, null, 2)}\n`, { mode: 0o644 });
  await fsp.rename(`${file}.tmp`, file);
  return keywords;
}

function keywordOf(label: string, keywords: ReadonlyMap<string, string>): string | undefined {
  if (label === starredLabel) return undefined;
  if (isSystemLabel(label)) return systemLabelKeywords[label];
  const keyword = keywords.get(label);
  if (keyword === undefined) throw new Error(`mailstack: label "${label}" has no keyword`);
  return keyword;
}

/**
 * Stores the messages (a corpus from gmailLikeCorpus, or your own) for a user made with
 * createGmailUser, over Dovecot's own IMAPS in one pipelined connection. Returns how long it took.
 */
export async function seedGmailLike(
  handle: MailStackHandle,
  address: string,
  password: string,
  corpus: GmailLikeCorpus | readonly GmailSeedMessage[],
): Promise<{ messages: number; ms: number }> {
  const began = Date.now();
  const messages: readonly GmailSeedMessage[] = 'messages' in corpus ? corpus.messages : corpus;
  const layout = gmailLayoutOf(handle);
  const userLabels = [...new Set(messages.flatMap((m) => m.labels))].filter(
    (label) => label !== starredLabel && !isSystemLabel(label),
  );
  const keywords = await updateLabelTable(layout.labelsFile, userLabels);
  const used = new Map(userLabels.map((label) => [label, keywords.get(label) ?? '']));
  await writeFolders(userHome(layout, address), labelFolders(used));
  const g = handle.endpoints.gmailLike;
  await appendPipelined(
    {
      host: g.host,
      port: g.plainImaps,
      servername: g.hostname,
      caCertPath: handle.endpoints.caCertPath,
      user: address,
      password,
    },
    messages.map((m) => ({
      mailbox: storeMailboxes[m.location],
      flags: [...m.flags, ...m.labels.flatMap((label) => keywordOf(label, keywords) ?? [])],
      internalDate: m.internalDate,
      raw: m.raw,
    })),
  );
  return { messages: messages.length, ms: Date.now() - began };
}
