// The Gmail-like provider (test/mailstack/gmail/): Dovecot virtual folders over one store, behind
// a proxy that speaks X-GM-EXT-1. Proves the fixture the copy tests rely on: Gmail's folder list,
// one message in several folders with one X-GM-MSGID, labels without label keywords in FLAGS,
// bodies byte for byte, Spam and Trash outside All Mail, and the app's pipelined raw connection.

import crypto from 'node:crypto';
import fs from 'node:fs';
import { ImapFlow } from 'imapflow';
import type { FetchMessageObject } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SpoolFetchConnection } from '../../src-main/imap';
import { createGmailUser, gmailLikeCorpus, seedGmailLike } from '../mailstack';
import type { GmailLikeCorpus, GmailLikeMessage } from '../mailstack';
import { useMailStack } from '../mailstack/forTests';

const stack = useMailStack();

function client(address: string, password: string, via: 'proxy' | 'plain'): ImapFlow {
  const g = stack().endpoints.gmailLike;
  return new ImapFlow({
    host: g.host,
    port: via === 'proxy' ? g.imaps : g.plainImaps,
    secure: true,
    servername: g.hostname,
    auth: { user: address, pass: password },
    tls: { ca: [fs.readFileSync(stack().endpoints.caCertPath)] },
    logger: false,
  });
}

function sha(data: Buffer): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}

/** The probe: exactly \Inbox and Work, so it shows in INBOX, Work and All Mail. */
function probeMessage(): GmailLikeMessage {
  const raw = Buffer.from(
    'From: <boss@family.test>\r\nTo: <relative@gmail.test>\r\nSubject: probe\r\n' +
      'Message-ID: <probe@gmail.test>\r\n\r\nIn the inbox and labelled Work.\r\n',
  );
  return {
    index: -1,
    messageId: '<probe@gmail.test>',
    subject: 'probe',
    raw,
    flags: ['\\Seen'],
    internalDate: new Date('2024-06-01T12:00:00Z'),
    labels: ['\\Inbox', 'Work'],
    location: 'allMail',
    folders: ['[Gmail]/All Mail', 'INBOX', 'Work'],
  };
}

describe('the Gmail-like provider', () => {
  const address = `relative-${crypto.randomUUID().slice(0, 8)}@gmail.test`;
  const password = crypto.randomUUID();
  let corpus: GmailLikeCorpus;
  let messages: GmailLikeMessage[];
  let proxy: ImapFlow;
  let seedMs = 0;

  beforeAll(async () => {
    corpus = gmailLikeCorpus({ messages: 1000, seed: 20_240_601 });
    messages = [...corpus.messages, probeMessage()];
    await createGmailUser(stack(), address, password);
    seedMs = (await seedGmailLike(stack(), address, password, messages)).ms;
    proxy = client(address, password, 'proxy');
    await proxy.connect();
  }, 120_000);

  afterAll(async () => {
    await proxy?.logout();
  });

  it('seeds 1000 messages in well under a minute', () => {
    expect(corpus.messages).toHaveLength(1000);
    expect(seedMs).toBeLessThan(30_000);
  });

  it('says X-GM-EXT-1 through the proxy and not on Dovecot’s own IMAPS', async () => {
    expect(proxy.capabilities.has('X-GM-EXT-1')).toBe(true);
    expect(proxy.capabilities.has('STARTTLS')).toBe(false);
    const plain = client(address, password, 'plain');
    await plain.connect();
    try {
      expect(plain.capabilities.has('X-GM-EXT-1')).toBe(false);
      expect(plain.capabilities.has('IDLE')).toBe(true);
    } finally {
      await plain.logout();
    }
  });

  it('lists Gmail’s folders with their special use, [Gmail] unselectable, labels as folders', async () => {
    const list = await proxy.list();
    const byPath = new Map(list.map((box) => [box.path, box]));
    expect(
      Object.fromEntries(
        [...byPath]
          .filter(([, box]) => box.specialUse !== undefined)
          .map(([p, box]) => [p, box.specialUse]),
      ),
    ).toEqual({
      INBOX: '\\Inbox',
      '[Gmail]/All Mail': '\\All',
      '[Gmail]/Drafts': '\\Drafts',
      '[Gmail]/Sent Mail': '\\Sent',
      '[Gmail]/Spam': '\\Junk',
      '[Gmail]/Starred': '\\Flagged',
      '[Gmail]/Trash': '\\Trash',
    });
    // imapflow knows no \Important (RFC 8457) as special use; it is in the LIST flags.
    expect(byPath.get('[Gmail]/Important')?.flags.has('\\Important')).toBe(true);
    expect(byPath.get('[Gmail]')?.flags.has('\\Noselect')).toBe(true);
    expect(byPath.get('Family/Photos')?.parentPath).toBe('Family');
    // Non-ASCII in modified UTF-7 on the wire, as IMAP demands; imapflow decodes it.
    expect(byPath.get('Übersee')?.pathAsListed).toBe('&ANw-bersee');
    expect(byPath.has('Receipts 2020')).toBe(true);
    expect([...byPath.keys()].filter((p) => p.startsWith('store'))).toEqual([]);
  });

  it('shows one message in INBOX, Work and All Mail with one X-GM-MSGID and each folder’s own UID', async () => {
    const seen: { folder: string; uid: number; msgid: string | undefined; labels: string[] }[] = [];
    for (const folder of ['INBOX', 'Work', '[Gmail]/All Mail', '[Gmail]/Sent Mail']) {
      const lock = await proxy.getMailboxLock(folder, { readOnly: true });
      try {
        const uids = (await proxy.search({ header: { 'message-id': '<probe@gmail.test>' } }, { uid: true })) || []; // prettier-ignore
        for (const uid of uids) {
          const m = await proxy.fetchOne(String(uid), { uid: true, labels: true }, { uid: true });
          if (m !== false) seen.push({ folder, uid: m.uid, msgid: m.emailId, labels: [...(m.labels ?? [])] }); // prettier-ignore
        }
      } finally {
        lock.release();
      }
    }
    expect(seen.map((s) => s.folder)).toEqual(['INBOX', 'Work', '[Gmail]/All Mail']);
    expect(new Set(seen.map((s) => s.msgid)).size).toBe(1);
    expect(seen[0]?.msgid).toMatch(/^\d{19}$/);
    expect(new Set(seen.map((s) => s.uid)).size).toBeGreaterThan(1);
    for (const s of seen) expect(s.labels.sort()).toEqual(['Work', '\\Inbox']);
  });

  /** Every message of a folder by Message-ID (or body hash for the two without one). */
  async function fetchFolder(folder: string): Promise<Map<string, FetchMessageObject>> {
    const found = new Map<string, FetchMessageObject>();
    const lock = await proxy.getMailboxLock(folder, { readOnly: true });
    try {
      for await (const m of proxy.fetch(
        '1:*',
        { uid: true, flags: true, labels: true, source: true, headers: ['message-id'] },
        { uid: true },
      )) {
        found.set(keyOfSource(m.source ?? Buffer.alloc(0)), m);
      }
    } finally {
      lock.release();
    }
    return found;
  }

  function keyOfSource(raw: Buffer): string {
    return sha(raw);
  }

  it('gives every message of All Mail its labels and flags exactly, without label keywords, byte for byte', async () => {
    const all = await fetchFolder('[Gmail]/All Mail');
    const expected = messages.filter((m) => m.location === 'allMail');
    expect(all.size).toBe(expected.length);
    for (const m of expected) {
      const got = all.get(sha(m.raw));
      expect(got, `message ${m.index} ${m.messageId ?? '(no id)'}`).toBeDefined();
      expect([...(got?.labels ?? [])].sort()).toEqual([...m.labels].sort());
      const flags = [...(got?.flags ?? [])].filter((f) => f !== '\\Recent');
      expect(flags.sort()).toEqual([...m.flags].sort());
      expect(typeof got?.emailId).toBe('string');
      if (m.messageId !== undefined) {
        expect(got?.headers?.toString()).toContain(m.messageId);
      }
    }
    const everyFlag = [...all.values()].flatMap((m) => [...(m.flags ?? [])]);
    expect(everyFlag.filter((f) => /^(gm|lbl)_/i.test(f))).toEqual([]);
    expect(expected.filter((m) => m.raw.length > 1_000_000).length).toBeGreaterThanOrEqual(3);
  }, 60_000);

  it('shows each message in exactly the folders the model names; Spam and Trash outside All Mail', async () => {
    const folders = [
      'INBOX',
      '[Gmail]/Sent Mail',
      '[Gmail]/Drafts',
      '[Gmail]/Starred',
      '[Gmail]/Important',
      '[Gmail]/Spam',
      '[Gmail]/Trash',
      ...corpus.userLabels,
    ];
    for (const folder of folders) {
      const got = [...(await fetchFolder(folder)).keys()].sort();
      const want = messages
        .filter((m) => m.folders.includes(folder))
        .map((m) => sha(m.raw))
        .sort();
      expect(got, folder).toEqual(want);
      expect(want.length, folder).toBeGreaterThan(0);
    }
    const outside = messages.filter((m) => m.location !== 'allMail');
    expect(outside.length).toBeGreaterThanOrEqual(4);
    expect(outside.every((m) => !m.folders.includes('[Gmail]/All Mail'))).toBe(true);
  }, 60_000);

  it('hides label keywords from FLAGS and PERMANENTFLAGS of a selected folder', async () => {
    const lock = await proxy.getMailboxLock('INBOX');
    try {
      const box = proxy.mailbox;
      const flags = box === false ? [] : [...box.flags, ...(box.permanentFlags ?? [])];
      expect(flags).toContain('\\Seen');
      expect(flags.filter((f) => /^(gm|lbl)_/i.test(f))).toEqual([]);
    } finally {
      lock.release();
    }
  });

  it('answers pipelined UID FETCH BODY.PEEK[] on the app’s raw connection through the proxy', async () => {
    const g = stack().endpoints.gmailLike;
    const settings = { host: g.host, port: g.imaps, security: 'tls' as const, username: address };
    const wanted: { uid: number; size: number }[] = [];
    let uidValidity: string;
    const lock = await proxy.getMailboxLock('[Gmail]/All Mail', { readOnly: true });
    try {
      uidValidity = String(proxy.mailbox === false ? '' : proxy.mailbox.uidValidity);
      for await (const m of proxy.fetch('1:40', { uid: true, size: true })) {
        wanted.push({ uid: m.uid, size: m.size ?? 0 });
      }
    } finally {
      lock.release();
    }
    const conn = await SpoolFetchConnection.open(settings, password, {
      ca: fs.readFileSync(stack().endpoints.caCertPath),
    });
    const got = new Map<number, Buffer>();
    try {
      // Two batches queued at once, each one UID FETCH: written back to back.
      await Promise.all([
        conn.fetchMessages('[Gmail]/All Mail', wanted.slice(0, 20), uidValidity, (uid, b) => got.set(uid, b)), // prettier-ignore
        conn.fetchMessages('[Gmail]/All Mail', wanted.slice(20), uidValidity, (uid, b) => got.set(uid, b)), // prettier-ignore
      ]);
    } finally {
      await conn.logout();
    }
    const corpusHashes = new Set(messages.map((m) => sha(m.raw)));
    expect(got.size).toBe(wanted.length);
    for (const body of got.values()) expect(corpusHashes.has(sha(body))).toBe(true);
  });

  it('passes an APPEND literal and an IDLE notification through the proxy', async () => {
    const other = `append-${crypto.randomUUID().slice(0, 8)}@gmail.test`;
    await createGmailUser(stack(), other, password);
    const raw = Buffer.concat([
      Buffer.from('Subject: bytes\r\nMessage-ID: <bytes@gmail.test>\r\n\r\n'),
      crypto.randomBytes(4096).map((b) => (b === 0x0d || b === 0x0a || b === 0 ? 0x41 : b)),
      Buffer.from('\r\n'),
    ]);
    const watcher = client(other, password, 'proxy');
    await watcher.connect();
    try {
      await watcher.mailboxOpen('[Gmail]/All Mail');
      const appender = client(other, password, 'proxy');
      await appender.connect();
      const exists = new Promise<number>((resolve) => watcher.once('exists', (e: { count: number }) => resolve(e.count))); // prettier-ignore
      const idle = watcher.idle();
      try {
        const done = await appender.append('store/AllMail', raw, ['\\Seen', 'lbl_work']);
        expect(done).not.toBe(false);
      } finally {
        await appender.logout();
      }
      expect(await exists).toBe(1);
      void idle;
      const m = await watcher.fetchOne('1', { source: true, flags: true, labels: true });
      expect(m !== false && sha(m.source ?? Buffer.alloc(0))).toBe(sha(raw));
      expect(m !== false && [...(m.flags ?? [])].filter((f) => f !== '\\Recent')).toEqual(['\\Seen']); // prettier-ignore
      expect(m !== false && [...(m.labels ?? [])]).toEqual(['Work']);
    } finally {
      await watcher.logout();
    }
  });
});
