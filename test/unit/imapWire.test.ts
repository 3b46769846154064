import { describe, expect, it } from 'vitest';
import { parseImapUrl } from '../../src-main/serverUrls';
import {
  appendVerdict,
  copyableFlags,
  decodeModifiedUtf7,
  encodeModifiedUtf7,
  formatInternalDate,
} from '../../src-main/imap';

describe('modified UTF-7 mailbox names', () => {
  it.each([
    ['Café', 'Caf&AOk-'],
    ['Entwürfe', 'Entw&APw-rfe'],
    ['R&D', 'R&-D'],
    ['日本語', '&ZeVnLIqe-'],
    ['plain', 'plain'],
    ['Grüße & 👋', 'Gr&APwA3w-e &- &2D3cSw-'],
  ])('%s ↔ %s', (name, wire) => {
    expect(encodeModifiedUtf7(name)).toBe(wire);
    expect(decodeModifiedUtf7(wire)).toBe(name);
  });
});

describe('APPEND pieces', () => {
  it('keeps system flags and accepted keywords, never \\Recent or \\Deleted', () => {
    const flags = [
      '\\Seen',
      '\\Recent',
      '\\Deleted',
      '\\Flagged',
      '$Label1',
      'NonJunk',
      'bad word',
    ];
    expect(copyableFlags(flags, new Set(['\\Seen', '\\Flagged', '\\*']))).toEqual([
      '\\Seen',
      '\\Flagged',
      '$Label1',
      'NonJunk',
    ]);
    expect(copyableFlags(flags, new Set(['\\Seen', '$label1']))).toEqual([
      '\\Seen',
      '\\Flagged',
      '$Label1',
    ]);
  });

  it('formats INTERNALDATE in UTC', () => {
    expect(formatInternalDate(new Date('2017-07-07T07:07:07Z'))).toBe(
      '" 7-Jul-2017 07:07:07 +0000"',
    );
  });

  it('reads the server verdict of one APPEND', () => {
    expect(appendVerdict('P1 OK [APPENDUID 1795 42] Append completed.')).toEqual({
      ok: true,
      uidValidity: '1795',
      uid: 42,
    });
    const quota = appendVerdict('P2 NO [OVERQUOTA] Quota exceeded (mailbox for user is full)');
    expect(!quota.ok && quota.error.code).toBe('quota.exceeded');
    const big = appendVerdict(
      'P3 NO [LIMIT] Mail size is larger than the maximum size allowed by server configuration',
    );
    expect(!big.ok && big.error.code).toBe('message.too-big');
    const bad = appendVerdict('P4 NO Invalid message: bare NUL in header');
    expect(!bad.ok && bad.error.code).toBe('message.rejected');
    expect(!bad.ok && (bad.error.details as { serverText: string }).serverText).toBe(
      'Invalid message: bare NUL in header',
    );
  });
});

describe('imap:// addresses for the CLI', () => {
  it('decodes the user, picks default ports and TLS', () => {
    expect(parseImapUrl('imap://alice%40old.test@imap.old.test')).toEqual({
      host: 'imap.old.test',
      port: 993,
      security: 'tls',
      username: 'alice@old.test',
    });
    expect(parseImapUrl('imap://a%40b.test@127.0.0.2:143?tls=starttls')).toMatchObject({
      port: 143,
      security: 'starttls',
    });
    expect(parseImapUrl('imap://a%40b.test@127.0.0.2?tls=none')).toMatchObject({
      port: 143,
      security: 'plain',
    });
  });

  it('refuses tls=none off loopback and passwords in the address', () => {
    expect(() => parseImapUrl('imap://a%40b.test@mail.example.com?tls=none')).toThrow(/loopback/);
    expect(() => parseImapUrl('imap://a%40b.test:secret@mail.example.com')).toThrow(
      /SWITCHOVER_FROM_PASSWORD/,
    );
    // Each command names the variables it reads (confirm: SWITCHOVER_OLD_PASSWORD …).
    expect(() => parseImapUrl('imap://a:secret@h.test', 'SWITCHOVER_OLD_PASSWORD')).toThrow(
      /SWITCHOVER_OLD_PASSWORD/,
    );
  });
});
