import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  asctime,
  encodeMboxMessage,
  mboxSeparator,
  MboxMessageEncoder,
} from '../../src-main/backup';
import { readMboxrd } from './mboxReader';

// The mboxrd writer: separator lines, From-quoting, CRLF, and the same bytes however the message
// arrives in pieces (big messages are streamed through it).

const date = new Date(Date.UTC(2019, 6, 4, 9, 5, 7));

function encode(text: string | Buffer, at = date): string {
  return encodeMboxMessage(Buffer.from(text), at).toString('latin1');
}

/** The message fed in pieces cut at the given offsets. */
function encodeInPieces(message: Buffer, cuts: number[], at = date): Buffer {
  const encoder = new MboxMessageEncoder(at);
  const out: Buffer[] = [];
  let from = 0;
  for (const cut of [...cuts, message.length]) {
    out.push(encoder.push(message.subarray(from, cut)));
    from = cut;
  }
  out.push(encoder.end());
  return Buffer.concat(out);
}

describe('mbox separator line', () => {
  it('is asctime() of the date in UTC, the day padded with a space', () => {
    expect(asctime(new Date(0))).toBe('Thu Jan  1 00:00:00 1970');
    expect(asctime(date)).toBe('Thu Jul  4 09:05:07 2019');
    expect(asctime(new Date('2026-11-25T23:59:59.999Z'))).toBe('Wed Nov 25 23:59:59 2026');
    // 22:30 on the 31st west of Greenwich is already the 1st in UTC.
    expect(asctime(new Date('2020-12-31T22:30:00-05:00'))).toBe('Fri Jan  1 03:30:00 2021');
  });

  it('starts with "From MAILER-DAEMON " and ends the line; a bad date becomes the epoch', () => {
    expect(mboxSeparator(date)).toBe('From MAILER-DAEMON Thu Jul  4 09:05:07 2019\n');
    expect(mboxSeparator(new Date(Number.NaN))).toBe(
      'From MAILER-DAEMON Thu Jan  1 00:00:00 1970\n',
    );
  });
});

describe('mboxrd message encoding', () => {
  it('writes the separator, the message with LF line ends, then a blank line', () => {
    expect(encode('Subject: hi\r\n\r\nbody\r\n')).toBe(
      'From MAILER-DAEMON Thu Jul  4 09:05:07 2019\nSubject: hi\n\nbody\n\n',
    );
  });

  it('quotes every line that matches ^>*From  with one more ">"', () => {
    const body = [
      'Subject: q',
      '',
      'From the start',
      '>From quoted once',
      '>>>From quoted thrice',
      'Fromage is not a From line',
      ' From with a space first',
      'From',
      '>From',
      'From:header-like',
      '>',
      'FROM upper case',
      '',
    ].join('\r\n');
    const lines = encode(body).split('\n');
    expect(lines.slice(1, 13)).toEqual([
      'Subject: q',
      '',
      '>From the start',
      '>>From quoted once',
      '>>>>From quoted thrice',
      'Fromage is not a From line',
      ' From with a space first',
      'From',
      '>From',
      'From:header-like',
      '>',
      'FROM upper case',
    ]);
  });

  it('turns CRLF into LF but keeps a lone CR; a last line without an end gets one', () => {
    expect(encode('a\r\nb\rc\r\n\r\nd')).toBe(
      'From MAILER-DAEMON Thu Jul  4 09:05:07 2019\na\nb\rc\n\nd\n\n',
    );
    expect(encode('a\nb\n')).toBe('From MAILER-DAEMON Thu Jul  4 09:05:07 2019\na\nb\n\n');
    expect(encode('ends in CR\r')).toBe(
      'From MAILER-DAEMON Thu Jul  4 09:05:07 2019\nends in CR\r\n\n',
    );
    expect(encode('')).toBe('From MAILER-DAEMON Thu Jul  4 09:05:07 2019\n\n');
  });

  it('keeps 8-bit bytes (and NULs) exactly', () => {
    const raw = Buffer.from([0x41, 0xe9, 0x00, 0xff, 0x0d, 0x0a, 0x46, 0x72, 0x6f, 0x6d, 0x20]);
    const out = encodeMboxMessage(raw, date);
    const [message] = readMboxrd(out);
    expect(message?.body).toEqual(
      Buffer.from([0x41, 0xe9, 0x00, 0xff, 0x0a, 0x46, 0x72, 0x6f, 0x6d, 0x20, 0x0a]),
    );
  });

  it('gives the same bytes however the message is cut into pieces', () => {
    const message = Buffer.from(
      'From: a@b\r\nSubject: x\r\n\r\n>>From deep\r\nFrom here\r\nFro\r\n\r\n>\r\nplain\rline\r\nFrom',
    );
    const whole = encodeMboxMessage(message, date);
    // Every single cut, then random multi-cuts (seeded, so a failure repeats).
    for (let cut = 0; cut <= message.length; cut++) {
      expect(encodeInPieces(message, [cut]).toString('latin1')).toBe(whole.toString('latin1'));
    }
    let seed = crypto.createHash('sha256').update('mbox').digest();
    for (let round = 0; round < 200; round++) {
      seed = crypto.createHash('sha256').update(seed).digest();
      const cuts = [...seed.subarray(0, 1 + ((seed[31] ?? 0) % 12))]
        .map((b) => b % (message.length + 1))
        .sort((a, b) => a - b);
      expect(encodeInPieces(message, cuts).equals(whole)).toBe(true);
    }
  });

  it('reads back (mboxrd reader) to the same messages, LF-normalised', () => {
    const messages = [
      'Subject: one\r\n\r\nFrom me\r\n>From you\r\n',
      'Subject: two\r\n\r\nno final line end',
      'Subject: three\n\n>>>From \n\nFrom\n',
    ];
    const file = Buffer.concat(messages.map((m) => encodeMboxMessage(Buffer.from(m), date)));
    const back = readMboxrd(file);
    expect(back.map((m) => m.body.toString('latin1'))).toEqual(
      messages.map((m) => m.replace(/\r\n/g, '\n').replace(/([^\n])$/, '$1\n')),
    );
    expect(back.every((m) => m.separator === 'From MAILER-DAEMON Thu Jul  4 09:05:07 2019')).toBe(
      true,
    );
  });

  it('quotes and converts every line of a multi-megabyte message fed in pieces', () => {
    const line = Buffer.from('From x '.padEnd(76, 'y') + '\r\n');
    const piece = Buffer.concat(Array.from({ length: 4096 }, () => line));
    const encoder = new MboxMessageEncoder(date);
    let bytes = 0;
    for (let i = 0; i < 32; i++) bytes += encoder.push(piece).length;
    bytes += encoder.end().length;
    // Per line: CR dropped, ">" added; plus the separator and the blank line.
    expect(bytes).toBe(mboxSeparator(date).length + 32 * piece.length + 1);
  });
});
