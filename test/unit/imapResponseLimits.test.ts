// The bounds on what an IMAP server may send (src-main/imap/responseLimits.ts), right at the
// parsers: the raw connections' own (list, fetch into memory, fetch into a file) and imapflow's
// sessions, each against a fake server on loopback that answers with a literal no buffer can
// hold, a 4 GB literal with bytes without end, a line without end, or a literal far past the
// message's size. Each fails that connection alone, at once, with imap.response-too-large (the
// message named where there is one), and nothing is thrown anywhere else.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  bodyAllowance,
  ListConnection,
  maxHeldResponseBytes,
  maxLiteralBytes,
  openImapSession,
  SpoolFetchConnection,
} from '../../src-main/imap';
import { InputQueue } from '../../src-main/imap/inputQueue';
import { literalSize } from '../../src-main/imap/imapWire';
import { startHostileServer } from '../integration/hostileImapServer';
import type { FakeMessage, HostileCase, HostileOptions } from '../integration/hostileImapServer';

const MiB = 1024 * 1024;
const cases: HostileCase[] = ['huge-number', 'endless-literal', 'endless-line', 'oversize-literal'];

function message(uid: number, size?: number): FakeMessage {
  const raw = Buffer.from(
    `Message-ID: <m${uid}@limits.test>\r\nSubject: ${uid}\r\nFrom: a@b.test\r\n\r\nbody ${uid}\r\n`,
  );
  return { uid, raw, internalDate: new Date(Date.UTC(2023, 0, uid)), ...(size ? { size } : {}) };
}

/** Uncaught exceptions and unhandled rejections while a test runs (there must be none). */
let uncaught: unknown[] = [];
const record = (error: unknown) => uncaught.push(error);
beforeEach(() => {
  uncaught = [];
  process.on('uncaughtException', record);
  process.on('unhandledRejection', record);
});
afterEach(async () => {
  await new Promise((resolve) => setTimeout(resolve, 50));
  process.off('uncaughtException', record);
  process.off('unhandledRejection', record);
  expect(uncaught).toEqual([]);
});

/** Runs `use` against a hostile server; the fake server's counts come back with the outcome. */
async function against<T>(
  options: Omit<HostileOptions, 'messages' | 'hostileUid'> & {
    messages?: FakeMessage[];
    hostileUid?: number;
  },
  use: (settings: {
    host: string;
    port: number;
    security: 'plain';
    username: string;
  }) => Promise<T>,
) {
  const server = await startHostileServer({
    hostileUid: 4,
    messages: options.messages ?? [message(1), message(4, 3000)],
    endlessMs: 20_000,
    ...options,
  });
  const started = Date.now();
  try {
    const outcome = await use({
      host: server.host,
      port: server.port,
      security: 'plain',
      username: 'u',
    }).then(
      (value) => ({ value, error: undefined }),
      (error: unknown) => ({ value: undefined, error }),
    );
    return { ...outcome, ms: Date.now() - started, stats: server.stats };
  } finally {
    await server.close();
  }
}

describe('InputQueue', () => {
  it('finds a CRLF split across chunks, ignores a bare LF, and takes bytes across chunks', () => {
    const q = new InputQueue();
    q.push(Buffer.from('* OK a\nb'));
    expect(q.lineEnd()).toBe(-1);
    q.push(Buffer.from('c\r'));
    expect(q.lineEnd()).toBe(-1);
    q.push(Buffer.from('\nrest'));
    expect(q.lineEnd()).toBe(11);
    expect(q.take(11).toString()).toBe('* OK a\nbc\r\n');
    expect(q.length).toBe(4);
    expect(q.peekText(2)).toBe('re');
    expect(q.takeUpTo(100).toString()).toBe('rest');
    expect(q.length).toBe(0);
  });

  it('does not count a CR taken before as the start of the next CRLF', () => {
    const q = new InputQueue();
    q.push(Buffer.from('ab\r'));
    expect(q.take(3).toString()).toBe('ab\r');
    q.push(Buffer.from('\nx\r\n'));
    expect(q.lineEnd()).toBe(4);
  });

  it('searches each byte of a line without end once, however many chunks it comes in', () => {
    const q = new InputQueue();
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const started = process.hrtime.bigint();
    for (let i = 0; i < 256; i++) {
      q.push(chunk);
      expect(q.lineEnd()).toBe(-1);
    }
    // 16 MiB in 256 chunks: linear, so far below a second (quadratic took minutes).
    expect(Number(process.hrtime.bigint() - started) / 1e9).toBeLessThan(1);
    expect(q.length).toBe(16 * MiB);
  });
});

describe('sizes', () => {
  it('reads a literal announcement, and more digits than a size has as Infinity', () => {
    expect(literalSize('* 1 FETCH (BODY[] {123}')).toBe(123);
    expect(literalSize('* 1 FETCH (BODY[] {0007}')).toBe(7);
    expect(literalSize('* 1 FETCH (BODY[] {99999999999999999999}')).toBe(Infinity);
    expect(literalSize('* LIST () "." "a{}"')).toBeUndefined();
    expect(literalSize('a {}')).toBeUndefined();
    expect(literalSize('a {1x}')).toBeUndefined();
  });

  it('allows a body half again its RFC822.SIZE plus 1 MiB, never past the ceiling', () => {
    expect(bodyAllowance(0)).toBe(MiB);
    expect(bodyAllowance(4 * MiB)).toBe(7 * MiB);
    expect(bodyAllowance(1e12)).toBe(maxLiteralBytes);
    expect(maxLiteralBytes).toBe(256 * MiB);
    expect(maxHeldResponseBytes).toBe(MiB);
  });
});

const tooLarge = { code: 'imap.response-too-large' };

/** The folder tree through the raw listing connection (LIST-STATUS), closed after. */
async function listTree(settings: Parameters<typeof ListConnection.open>[0]) {
  const conn = await ListConnection.open(settings, 'p');
  try {
    return await conn.listTree();
  } finally {
    conn.close();
  }
}

describe('the raw listing connection', () => {
  it.each(cases)('%s in a LIST answer: imap.response-too-large at once', async (hostile) => {
    const run = await against({ hostile, where: 'list', capabilities: ['LIST-STATUS'] }, listTree);
    expect(run.error).toMatchObject(tooLarge);
    expect(run.ms).toBeLessThan(5000);
    // Reading stopped at the bound: what the server got out is socket buffers, not gigabytes.
    if (hostile !== 'oversize-literal') expect(run.stats.hostileBytes).toBeLessThan(32 * MiB);
  });

  it('still reads a long line under the bound', async () => {
    const run = await against(
      {
        hostile: 'oversize-literal',
        where: 'list',
        capabilities: ['LIST-STATUS'],
        oversizeBytes: 600 * 1024,
      },
      listTree,
    );
    expect(run.error).toBeUndefined();
    expect(run.value?.folders[0]?.path).toHaveLength(600 * 1024);
  });
});

describe('the raw fetch connection', () => {
  const fetchAll =
    (received: number[], onMessage?: () => void) =>
    async (s: Parameters<Parameters<typeof against>[1]>[0]) => {
      const conn = await SpoolFetchConnection.open(s, 'p');
      try {
        await conn.fetchMessages(
          'INBOX',
          [
            { uid: 1, size: 70 },
            { uid: 4, size: 3000 },
          ],
          '1700000000',
          (uid) => {
            received.push(uid);
            onMessage?.();
          },
        );
      } finally {
        conn.close();
      }
    };

  it.each(cases)(
    '%s in a body fetched into memory: refused, naming the message',
    async (hostile) => {
      const received: number[] = [];
      const run = await against({ hostile }, fetchAll(received));
      expect(run.error).toMatchObject({
        ...tooLarge,
        details: expect.objectContaining({ uid: 4 }),
      });
      expect(received).toEqual([1]);
      expect(run.ms).toBeLessThan(5000);
      expect(run.stats.hostileBytes).toBeLessThan(32 * MiB);
    },
  );

  it('takes a body somewhat larger than its size (within the margin)', async () => {
    const received: number[] = [];
    const run = await against(
      { hostile: 'oversize-literal', oversizeBytes: 512 * 1024 },
      fetchAll(received),
    );
    expect(run.error).toBeUndefined();
    expect(received).toEqual([1, 4]);
  });

  it('fails the connection, not the process, when handing a message over throws', async () => {
    const run = await against(
      { hostile: 'huge-number', hostileUid: 99 },
      fetchAll([], () => {
        throw new Error('a bug downstream');
      }),
    );
    expect(run.error).toMatchObject({ code: 'imap.protocol-violation' });
  });

  it.each([
    ['with its size', 3000],
    ['without a size (the ceiling)', undefined],
  ])('refuses a 4 GB literal before writing it to the spool file, %s', async (_, size) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-limits-'));
    const file = path.join(dir, 'm.eml');
    try {
      const run = await against({ hostile: 'endless-literal' }, async (s) => {
        const conn = await SpoolFetchConnection.open(s, 'p');
        try {
          return await conn.fetchToFile('INBOX', 4, file, size);
        } finally {
          conn.close();
        }
      });
      expect(run.error).toMatchObject({
        ...tooLarge,
        details: expect.objectContaining({ uid: 4 }),
      });
      expect(fs.statSync(file).size).toBe(0);
      expect(run.stats.hostileBytes).toBeLessThan(32 * MiB);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('imapflow sessions', () => {
  it.each(cases)(
    '%s in the header fields of the index: refused past the ceiling',
    async (hostile) => {
      const run = await against({ hostile, where: 'headers' }, async (s) => {
        const session = await openImapSession(s, 'p', { readOnly: true });
        try {
          await session.examine('INBOX');
          const uids: number[] = [];
          for await (const m of session.fetch('1:*', {
            uid: true,
            size: true,
            headers: ['message-id'],
          }))
            uids.push(m.uid);
          return uids;
        } finally {
          session.close();
        }
      });
      // A literal within the ceiling in headers is legal (if odd): only the others are refused.
      if (hostile === 'oversize-literal') expect(run.error).toBeUndefined();
      else expect(run.error).toMatchObject(tooLarge);
      expect(run.ms).toBeLessThan(5000);
      expect(run.stats.hostileBytes).toBeLessThan(32 * MiB);
    },
  );

  it('refuses a literal past the session’s own bound (a reader’s pieces)', async () => {
    const run = await against({ hostile: 'oversize-literal' }, async (s) => {
      const session = await openImapSession(s, 'p', { readOnly: true, maxLiteralBytes: 2 * MiB });
      try {
        await session.examine('INBOX');
        for await (const m of session.fetch('4', { uid: true, source: true })) void m;
      } finally {
        session.close();
      }
    });
    expect(run.error).toMatchObject(tooLarge);
  });

  it.each(['endless-literal', 'endless-line'] as HostileCase[])(
    '%s in the folder list',
    async (hostile) => {
      const run = await against({ hostile, where: 'list' }, async (s) => {
        const session = await openImapSession(s, 'p', { readOnly: true });
        try {
          return await session.list();
        } finally {
          session.close();
        }
      });
      expect(run.error).toMatchObject(tooLarge);
      expect(run.stats.hostileBytes).toBeLessThan(32 * MiB);
    },
  );
});
