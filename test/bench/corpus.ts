// The bench's mail: a deterministic corpus (seeded PRNG, same bytes every run) shaped like a real
// personal mailbox — mostly short text mail, some attachments, a few multi-MB ones and one giant.

export interface CorpusMessage {
  /** Old-provider folder path (`.` separator, `INBOX.` prefix). */
  folder: string;
  raw: Buffer;
  flags: string[];
  internalDate: Date;
}

export interface CorpusOptions {
  messages: number;
  /** Size of the one giant message (bytes). */
  giantBytes: number;
  /** How many multi-MB attachments (besides the giant). */
  multiMb: number;
  seed?: number;
  /** Folders and their shares (default corpusFolders). */
  folders?: readonly [string, number][];
  /** How many ~20–100 KB attachments (default one message in 50). */
  smallAttachments?: number;
  /**
   * A share of messages with an attachment of log-uniform size (photos, PDFs, office files):
   * what makes a real mailbox's mean size several times its median.
   */
  attachments?: { share: number; minBytes: number; maxBytes: number };
}

export const fullCorpus: CorpusOptions = { messages: 2000, giantBytes: 30_000_000, multiMb: 3 };
export const quickCorpus: CorpusOptions = { messages: 200, giantBytes: 6_000_000, multiMb: 1 };

/** Folder and its share of the messages. Nested and non-ASCII names on purpose. */
export const corpusFolders: readonly [string, number][] = [
  ['INBOX', 0.36],
  ['INBOX.Sent', 0.16],
  ['INBOX.Drafts', 0.01],
  ['INBOX.Trash', 0.04],
  ['INBOX.Archive', 0.1],
  ['INBOX.Archive.2019', 0.12],
  ['INBOX.Archive.2020', 0.08],
  ['INBOX.Café', 0.04],
  ['INBOX.Projects', 0.05],
  ['INBOX.Projects.Été 2021', 0.04],
];

/** mulberry32: small, fast, good enough for shaping test data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (
  'the of and to in is that for it as was with be by on not he this are or his from at which but ' +
  'have an they you were her all she there would their we him been has when who will more no if ' +
  'out so said what up its about into than them can only other new some could time these two may ' +
  'meeting invoice project report tomorrow please attached thanks regards weekend family photos ' +
  'schedule budget draft review update question call lunch travel tickets school garden holiday'
).split(' ');
const names = [
  'Alice Martin',
  'Bob Stone',
  'Chloé Dubois',
  'David Kim',
  'Eva Novák',
  'Frank Ortiz',
];
const domains = ['old.test', 'example.org', 'mail.example.com', 'family.test', 'work.example'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function rfc5322Date(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${days[d.getUTCDay()] ?? 'Mon'}, ${d.getUTCDate()} ${months[d.getUTCMonth()] ?? 'Jan'} ` +
    `${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`
  );
}

/** Generates the corpus: same options and seed → same bytes, flags and dates. */
export function generateCorpus(options: CorpusOptions): CorpusMessage[] {
  return [...corpusMessages(options)];
}

/** The corpus one message at a time (folder by folder), for corpora too big to hold. */
export function* corpusMessages(options: CorpusOptions): Generator<CorpusMessage> {
  const rand = prng(options.seed ?? 20261125);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const text = (bytes: number): string => {
    const lines: string[] = [];
    let size = 0;
    while (size < bytes) {
      let line = '';
      while (line.length < 60) line += `${pick(words)} `;
      lines.push(line.trimEnd());
      size += line.length + 1;
    }
    return lines.join('\r\n');
  };
  const base64Lines = (bytes: number): string => {
    const buf = Buffer.allocUnsafe(Math.ceil(bytes / 4) * 4);
    for (let i = 0; i < buf.length; i += 4) buf.writeUInt32LE((rand() * 4294967296) >>> 0, i);
    return (
      buf
        .subarray(0, bytes)
        .toString('base64')
        .match(/.{1,76}/g) ?? []
    ).join('\r\n');
  };
  // Which messages carry attachments, and how big: the giant, a few multi-MB, some ~100 KB.
  const sizes = new Map<number, number>();
  if (options.giantBytes > 0) sizes.set(Math.floor(options.messages * 0.37), options.giantBytes);
  for (let i = 0; i < options.multiMb; i++) {
    sizes.set(Math.floor(options.messages * (0.11 + i * 0.29)), 1_200_000 + i * 400_000);
  }
  for (let i = 0; i < (options.smallAttachments ?? Math.floor(options.messages / 50)); i++) {
    const at = Math.floor(rand() * options.messages);
    if (!sizes.has(at)) sizes.set(at, 20_000 + Math.floor(rand() * 80_000));
  }
  if (options.attachments) {
    // Its own stream of numbers: the other corpora's bytes stay as they were.
    const r = prng((options.seed ?? 20261125) + 1);
    const { share, minBytes, maxBytes } = options.attachments;
    for (let i = 0; i < options.messages; i++) {
      if (r() < share && !sizes.has(i))
        sizes.set(i, Math.floor(minBytes * Math.pow(maxBytes / minBytes, r())));
    }
  }
  const bounds: [string, number][] = [];
  let acc = 0;
  for (const [folder, share] of options.folders ?? corpusFolders) {
    acc += share;
    bounds.push([folder, acc]);
  }
  const start = Date.UTC(2015, 0, 1);
  const span = Date.UTC(2025, 0, 1) - start;
  for (let i = 0; i < options.messages; i++) {
    const position = (i + 0.5) / options.messages;
    const folder =
      (bounds.find(([, b]) => position <= b) ?? bounds[bounds.length - 1])?.[0] ?? 'INBOX';
    const date = new Date(start + Math.floor((rand() * span) / 1000) * 1000);
    const from = pick(names);
    const to = pick(names);
    const fromAddr = `${from.split(' ')[0]?.toLowerCase() ?? 'x'}@${pick(domains)}`;
    const toAddr = `${to.split(' ')[0]?.toLowerCase() ?? 'y'}@${pick(domains)}`;
    const subjectWords = Array.from({ length: 3 + Math.floor(rand() * 6) }, () => pick(words));
    let subject = subjectWords.join(' ');
    if (rand() < 0.1)
      subject = `=?UTF-8?B?${Buffer.from(`Réunion ${subject} — été`).toString('base64')}?=`;
    if (rand() < 0.3) subject = `Re: ${subject}`;
    const headers = [
      `Return-Path: <${fromAddr}>`,
      `Received: from mx${1 + Math.floor(rand() * 9)}.${pick(domains)} (mx.${pick(domains)} [192.0.2.${Math.floor(rand() * 250)}])\r\n\tby mail.old.test with ESMTPS id ${Math.floor(rand() * 1e12).toString(36)}\r\n\tfor <${toAddr}>; ${rfc5322Date(date)}`,
      `From: ${from} <${fromAddr}>`,
      `To: ${to} <${toAddr}>`,
    ];
    if (rand() < 0.2)
      headers.push(
        `Cc: ${pick(names)} <${pick(names).split(' ')[0]?.toLowerCase() ?? 'z'}@${pick(domains)}>`,
      );
    headers.push(`Subject: ${subject}`, `Date: ${rfc5322Date(date)}`);
    // About one in twenty has no Message-ID (old clients, some scanners): keyed by a hash.
    if (rand() >= 0.05)
      headers.push(`Message-ID: <${i}.${Math.floor(rand() * 1e9).toString(36)}@${pick(domains)}>`);
    if (subject.startsWith('Re:'))
      headers.push(`In-Reply-To: <${Math.floor(rand() * 1e9).toString(36)}@${pick(domains)}>`);
    headers.push('MIME-Version: 1.0');
    const attachment = sizes.get(i);
    // Typical short text mail: 0.5–4 KB of body.
    const bodyText = text(500 + Math.floor(rand() * 3500));
    let body: string;
    if (attachment === undefined) {
      headers.push('Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit');
      body = bodyText;
    } else {
      const boundary = `b${i}x${Math.floor(rand() * 1e9).toString(36)}`;
      headers.push(`Content-Type: multipart/mixed; boundary="${boundary}"`);
      body = [
        `--${boundary}`,
        'Content-Type: text/plain; charset=utf-8',
        '',
        bodyText,
        `--${boundary}`,
        `Content-Type: application/octet-stream; name="file${i}.bin"`,
        'Content-Transfer-Encoding: base64',
        `Content-Disposition: attachment; filename="file${i}.bin"`,
        '',
        base64Lines(Math.floor((attachment * 3) / 4)),
        `--${boundary}--`,
        '',
      ].join('\r\n');
    }
    const flags: string[] = [];
    if (folder === 'INBOX.Drafts') flags.push('\\Draft');
    else if (folder === 'INBOX.Sent' || rand() < 0.85) flags.push('\\Seen');
    if (rand() < 0.1) flags.push('\\Answered');
    if (rand() < 0.05) flags.push('\\Flagged');
    if (rand() < 0.05) flags.push('$Forwarded');
    if (rand() < 0.03) flags.push('$Label1');
    yield {
      folder,
      raw: Buffer.from(`${headers.join('\r\n')}\r\n\r\n${body}\r\n`),
      flags,
      internalDate: new Date(date.getTime() + Math.floor(rand() * 600_000)),
    };
  }
}
