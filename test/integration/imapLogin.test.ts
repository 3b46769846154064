import { describe, expect, it, beforeAll } from 'vitest';
import { useMailStack } from '../mailstack/forTests';
import { imapClient } from './mailClients';

const stack = useMailStack();
const password = 'correct horse battery staple';
// Fresh users per run: the folder tree assertions must hold on a long-running stack too.
const run = Date.now().toString(36);
const oldUser = `alice-${run}@old.test`;
const newUser = `bob-${run}@new.test`;

describe('IMAP login on both test providers', () => {
  beforeAll(async () => {
    await stack().createUser('old', `alice-${run}`, 'old.test', password);
    await stack().createUser('new', `bob-${run}`, 'new.test', password);
  });

  for (const mode of ['tls', 'starttls'] as const) {
    it(`old provider over ${mode}: INBOX. prefix and "." delimiter`, async () => {
      const client = imapClient(stack().endpoints, 'old', oldUser, password, mode);
      await client.connect();
      try {
        // Encrypted (implicitly or after STARTTLS) and verified against the test CA.
        expect(client.tls && client.tls.authorized).toBe(true);
        const boxes = await client.list();
        const paths = boxes.map((b) => b.path).sort();
        expect(paths).toEqual(['INBOX', 'INBOX.Drafts', 'INBOX.Sent', 'INBOX.Trash']);
        expect(new Set(boxes.map((b) => b.delimiter))).toEqual(new Set(['.']));
        expect(client.namespace?.prefix).toBe('INBOX.');
        expect(boxes.filter((b) => b.specialUseSource === 'extension')).toEqual([]);
      } finally {
        await client.logout();
      }
    });

    it(`new provider over ${mode}: "/" delimiter and SPECIAL-USE folders`, async () => {
      const client = imapClient(stack().endpoints, 'new', newUser, password, mode);
      await client.connect();
      try {
        expect(client.tls && client.tls.authorized).toBe(true);
        const boxes = await client.list();
        expect(boxes.map((b) => b.path).sort()).toEqual([
          'Archive',
          'Drafts',
          'INBOX',
          'Junk',
          'Sent',
          'Trash',
        ]);
        expect(new Set(boxes.map((b) => b.delimiter))).toEqual(new Set(['/']));
        expect(client.namespace?.prefix ?? '').toBe('');
        const specialUse = Object.fromEntries(
          boxes
            .filter((b) => b.specialUseSource === 'extension')
            .map((b) => [b.path, b.specialUse]),
        );
        expect(specialUse).toEqual({
          Archive: '\\Archive',
          Drafts: '\\Drafts',
          Junk: '\\Junk',
          Sent: '\\Sent',
          Trash: '\\Trash',
        });
      } finally {
        await client.logout();
      }
    });
  }

  it('refuses a wrong password', async () => {
    for (const [provider, user] of [
      ['old', oldUser],
      ['new', newUser],
    ] as const) {
      const client = imapClient(stack().endpoints, provider, user, 'not the password');
      const failure = await client.connect().then(
        () => undefined,
        (error: unknown) => error as { authenticationFailed?: boolean },
      );
      expect(failure?.authenticationFailed).toBe(true);
      client.close();
    }
  });

  it('seeds messages with flags and internal date', async () => {
    const when = new Date('2019-03-04T05:06:07Z');
    const raw = 'From: x@old.test\r\nTo: alice@old.test\r\nSubject: seeded\r\n\r\nhello\r\n';
    await stack().seedMessage('old', oldUser, 'INBOX.Archive.2019', raw, {
      flags: ['\\Seen', '\\Flagged'],
      internalDate: when,
    });
    const client = imapClient(stack().endpoints, 'old', oldUser, password);
    await client.connect();
    try {
      const lock = await client.getMailboxLock('INBOX.Archive.2019');
      try {
        const message = await client.fetchOne('*', { flags: true, internalDate: true });
        expect(
          message && [...(message.flags ?? [])].filter((f) => f !== '\\Recent').sort(),
        ).toEqual(['\\Flagged', '\\Seen']);
        expect(message && new Date(message.internalDate ?? 0).toISOString()).toBe(
          when.toISOString(),
        );
      } finally {
        lock.release();
      }
    } finally {
      await client.logout();
    }
  });
});
