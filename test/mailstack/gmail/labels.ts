// Gmail labels as Dovecot keywords, and the visible folders made of them. Each message lives once
// in store/AllMail (or store/Spam, store/Trash); a label is a keyword on it; every visible folder
// is a Dovecot virtual mailbox (a search over the store). Keywords must be IMAP atoms, so labels
// get generated names ("Receipts 2020" ↔ lbl_receipts_2020), kept in a table the proxy reads.

import { encodeModifiedUtf7 } from './modifiedUtf7';

/** Labels Gmail shows with a backslash; \Starred is the \Flagged flag, not a keyword. */
export const systemLabelKeywords = {
  '\\Inbox': 'gm_inbox',
  '\\Sent': 'gm_sent',
  '\\Draft': 'gm_draft',
  '\\Important': 'gm_important',
} as const;

export type KeywordSystemLabel = keyof typeof systemLabelKeywords;
export const starredLabel = '\\Starred';

/** The store's hidden mailboxes (namespace store/, never listed). */
export const storeMailboxes = {
  allMail: 'store/AllMail',
  spam: 'store/Spam',
  trash: 'store/Trash',
} as const;

export type StoreLocation = keyof typeof storeMailboxes;

/** Keywords the proxy never shows in FLAGS: they are labels. */
export function isLabelKeyword(flag: string): boolean {
  return /^(gm|lbl)_/i.test(flag);
}

export function isSystemLabel(label: string): label is KeywordSystemLabel {
  return Object.hasOwn(systemLabelKeywords, label);
}

/** keyword → label name. */
export type LabelTable = Record<string, string>;

function slug(label: string): string {
  const ascii = label.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const words = ascii
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
  return `lbl_${words || 'label'}`;
}

/**
 * Adds a keyword for each new user label to `table` (in place) and returns label → keyword for
 * `labels`. A label keeps its keyword for the life of the stack; two labels with the same slug
 * (Übersee and Ubersee) get _2, _3… so none is ever shared.
 */
export function assignKeywords(table: LabelTable, labels: readonly string[]): Map<string, string> {
  const byLabel = new Map(Object.entries(table).map(([keyword, label]) => [label, keyword]));
  for (const label of labels) {
    if (isSystemLabel(label) || label === starredLabel || byLabel.has(label)) continue;
    const base = slug(label);
    let keyword = base;
    for (let n = 2; Object.hasOwn(table, keyword); n += 1) keyword = `${base}_${n}`;
    table[keyword] = label;
    byLabel.set(label, keyword);
  }
  return byLabel;
}

export interface VirtualFolder {
  /** The folder's name as users see it (UTF-8); on the wire and on disk in modified UTF-7. */
  name: string;
  /** The store mailbox it searches. */
  mailbox: string;
  /** A Dovecot search (dovecot-virtual's indented line). */
  search: string;
  specialUse?: string;
}

/** The [Gmail] folders every account has, in Gmail's order. */
export const systemFolders: readonly VirtualFolder[] = [
  { name: 'INBOX', mailbox: storeMailboxes.allMail, search: `KEYWORD ${systemLabelKeywords['\\Inbox']}` },
  { name: '[Gmail]/All Mail', mailbox: storeMailboxes.allMail, search: 'ALL', specialUse: '\\All' },
  { name: '[Gmail]/Drafts', mailbox: storeMailboxes.allMail, search: `KEYWORD ${systemLabelKeywords['\\Draft']}`, specialUse: '\\Drafts' },
  { name: '[Gmail]/Important', mailbox: storeMailboxes.allMail, search: `KEYWORD ${systemLabelKeywords['\\Important']}`, specialUse: '\\Important' },
  { name: '[Gmail]/Sent Mail', mailbox: storeMailboxes.allMail, search: `KEYWORD ${systemLabelKeywords['\\Sent']}`, specialUse: '\\Sent' },
  { name: '[Gmail]/Spam', mailbox: storeMailboxes.spam, search: 'ALL', specialUse: '\\Junk' },
  { name: '[Gmail]/Starred', mailbox: storeMailboxes.allMail, search: 'FLAGGED', specialUse: '\\Flagged' },
  { name: '[Gmail]/Trash', mailbox: storeMailboxes.trash, search: 'ALL', specialUse: '\\Trash' },
]; // prettier-ignore

/** The folder of each user label, and of each parent of a nested one (Family for Family/Photos). */
export function labelFolders(keywords: ReadonlyMap<string, string>): VirtualFolder[] {
  const folders = new Map<string, VirtualFolder>();
  for (const [label, keyword] of keywords) {
    const parts = label.split('/');
    for (let depth = 1; depth < parts.length; depth += 1) {
      const parent = parts.slice(0, depth).join('/');
      // A parent that is no label itself: a folder that never holds anything (as on Gmail).
      if (!folders.has(parent) && !keywords.has(parent)) {
        folders.set(parent, { name: parent, mailbox: storeMailboxes.allMail, search: 'NOT ALL' });
      }
    }
    folders.set(label, {
      name: label,
      mailbox: storeMailboxes.allMail,
      search: `KEYWORD ${keyword}`,
    });
  }
  return [...folders.values()];
}

/** The dovecot-virtual file of a folder. */
export function dovecotVirtualFile(folder: VirtualFolder): string {
  return `${folder.mailbox}\n  ${folder.search}\n`;
}

/** Where LAYOUT=fs keeps a folder: its path with each level in modified UTF-7. */
export function folderDirectory(name: string): string {
  return name.split('/').map(encodeModifiedUtf7).join('/');
}
