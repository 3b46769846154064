// A deterministic mailbox shaped like a real Gmail account, with the model tests assert against:
// about a third archived (no label, only in All Mail), about 9% with 2–4 labels, nested and
// non-ASCII labels, starred, read and answered mail, Important, drafts, sent mail, a few messages
// in Spam and Trash, mostly 2–60 KB with a few over 1 MB, and two without a Message-ID.

import { starredLabel, storeMailboxes, systemFolders } from './labels';
import type { StoreLocation } from './labels';

export const gmailLikeUserLabels = [
  'Work',
  'Family',
  'Family/Photos',
  'Receipts 2020',
  'Übersee',
  'Travel',
  'Newsletters',
] as const;

export interface GmailLikeMessage {
  index: number;
  /** With angle brackets; undefined for the messages that have none. */
  messageId: string | undefined;
  subject: string;
  raw: Buffer;
  /** System flags stored with it (\Seen, \Answered, \Flagged, \Draft). */
  flags: string[];
  /** Whole seconds. */
  internalDate: Date;
  /**
   * Exactly what X-GM-LABELS answers (set semantics): \Inbox, \Sent, \Draft, \Important,
   * \Starred (for \Flagged) and user labels by display name ("Family/Photos", "Übersee").
   */
  labels: string[];
  location: StoreLocation;
  /** Every visible folder that shows it (display names, e.g. "INBOX", "[Gmail]/All Mail"). */
  folders: string[];
}

export interface GmailLikeCorpus {
  seed: number;
  messages: GmailLikeMessage[];
  /** The user labels the corpus uses (each gets a folder). */
  userLabels: string[];
}

/** mulberry32: small, fast, and the same sequence everywhere for a seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (
  'the of and to in is for on that with as was it by at from this be are have an not or but ' +
  'meeting invoice photo trip report schedule family budget receipt flight hotel review draft ' +
  'project summer garden school doctor tickets weekend dinner update question answer Grüße café'
).split(' ');

function sentence(next: () => number, count: number): string {
  return Array.from({ length: count }, () => words[Math.floor(next() * words.length)]).join(' ');
}

/** A size in bytes: mostly 2–60 KB (log-uniform), some up to 500 KB. */
function bodySize(next: () => number): number {
  const [low, high] = next() < 0.05 ? [60_000, 500_000] : [2_000, 60_000];
  return Math.round(low * (high / low) ** next());
}

function base64Lines(next: () => number, bytes: number): string {
  const data = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i += 1) data[i] = Math.floor(next() * 256);
  return (data.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

function rfc2822Date(date: Date): string {
  return date.toUTCString().replace('GMT', '+0000');
}

interface Shape {
  location: StoreLocation;
  labels: string[];
  flags: string[];
}

function shapeOf(index: number, count: number, next: () => number): Shape {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const handful = Math.max(1, Math.round(count * 0.008));
  // Spam and Trash come last so the share of every All Mail kind stays as intended.
  if (index >= count - handful) return { location: 'spam', labels: [], flags: [] };
  if (index >= count - 2 * handful) {
    // A trashed message keeps its label but shows only in Trash, as on Gmail.
    return { location: 'trash', labels: index % 2 === 0 ? ['Work'] : [], flags: ['\\Seen'] };
  }
  const seen = next() < 0.7 ? ['\\Seen'] : [];
  const answered = seen.length > 0 && next() < 0.12 ? ['\\Answered'] : [];
  const slot = index % 100;
  let labels: string[];
  if (slot < 33) labels = [];
  else if (slot < 42) {
    // 2–4 labels from user labels, \Inbox and \Sent.
    const pool = ['\\Inbox', '\\Sent', '\\Important', ...gmailLikeUserLabels];
    const wanted = 2 + Math.floor(next() * 3);
    const chosen = new Set<string>();
    while (chosen.size < wanted) chosen.add(pick(pool));
    labels = [...chosen];
  } else if (slot < 54) labels = ['\\Sent'];
  else if (slot < 56)
    return { location: 'allMail', labels: ['\\Draft'], flags: ['\\Draft', '\\Seen'] };
  else if (slot < 60) labels = ['\\Important'];
  else if (slot < 80) labels = ['\\Inbox'];
  else labels = [pick(gmailLikeUserLabels)];
  // Starred only where there is a label already: archived-only stays label-free.
  const starred = labels.length === 1 && next() < 0.08 ? ['\\Flagged'] : [];
  return { location: 'allMail', labels, flags: [...seen, ...answered, ...starred] };
}

function foldersOf(shape: Shape, labels: readonly string[]): string[] {
  const system = systemFolders.find((f) => f.mailbox === storeMailboxes[shape.location]);
  if (shape.location !== 'allMail') return system === undefined ? [] : [system.name];
  const byLabel: Record<string, string> = {
    '\\Inbox': 'INBOX',
    '\\Sent': '[Gmail]/Sent Mail',
    '\\Draft': '[Gmail]/Drafts',
    '\\Important': '[Gmail]/Important',
    [starredLabel]: '[Gmail]/Starred',
  };
  return ['[Gmail]/All Mail', ...labels.map((label) => byLabel[label] ?? label)];
}

export function gmailLikeCorpus(options: { messages: number; seed: number }): GmailLikeCorpus {
  const next = random(options.seed);
  const count = options.messages;
  // A few over 1 MB: spread through the corpus, never a draft or spam.
  const big = new Set(count >= 100 ? [7, Math.floor(count / 2) + 1, count - 40] : []);
  const withoutId = new Set(count >= 20 ? [5, 17] : []);
  const start = Date.UTC(2015, 0, 1) / 1000;
  const span = Date.UTC(2024, 11, 31) / 1000 - start;
  const messages: GmailLikeMessage[] = [];
  const used = new Set<string>();
  for (let index = 0; index < count; index += 1) {
    const shape = shapeOf(index, count, next);
    const labels = [...shape.labels];
    if (shape.flags.includes('\\Flagged')) labels.push(starredLabel);
    for (const label of labels) if (!label.startsWith('\\')) used.add(label);
    const date = new Date((start + Math.floor((span * index) / count)) * 1000);
    const internalDate = new Date(date.getTime() + Math.floor(next() * 600) * 1000);
    const messageId = withoutId.has(index) ? undefined : `<gm-${options.seed}-${index}@gmail.test>`; // prettier-ignore
    const subject = `${index} ${sentence(next, 4)}`;
    const sent = labels.includes('\\Sent') || labels.includes('\\Draft');
    const [from, to] = sent
      ? ['Ann Relative <relative@gmail.test>', 'friend@family.test']
      : [`Friend ${index % 17} <friend${index % 17}@family.test>`, 'relative@gmail.test'];
    const size = big.has(index) ? 1_100_000 + Math.floor(next() * 400_000) : bodySize(next);
    const text = `${sentence(next, 30)}\r\n`;
    const headers = [
      `From: ${from}`,
      `To: ${to}`,
      `Subject: =?UTF-8?B?${Buffer.from(subject).toString('base64')}?=`,
      `Date: ${rfc2822Date(date)}`,
      ...(messageId === undefined ? [] : [`Message-ID: ${messageId}`]),
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b1"',
    ];
    const attachment = base64Lines(next, Math.max(0, Math.floor(((size - 900) * 3) / 4 / 1.027)));
    const raw = Buffer.from(
      `${headers.join('\r\n')}\r\n\r\n--b1\r\nContent-Type: text/plain; charset=utf-8\r\n` +
        `Content-Transfer-Encoding: 8bit\r\n\r\n${text}\r\n--b1\r\n` +
        `Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n` +
        `Content-Disposition: attachment; filename="part${index}.bin"\r\n\r\n${attachment}\r\n--b1--\r\n`,
    );
    messages.push({
      index,
      messageId,
      subject,
      raw,
      flags: shape.flags,
      internalDate,
      labels,
      location: shape.location,
      folders: foldersOf(shape, labels),
    });
  }
  return {
    seed: options.seed,
    messages,
    userLabels: gmailLikeUserLabels.filter((label) => used.has(label)),
  };
}
