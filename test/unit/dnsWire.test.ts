import { describe, expect, it } from 'vitest';
import { decodeAnswer, encodeQuery, parseServer, reverseName } from '../../src-main/dns';

/** A hand-built answer: MX with a compression pointer, split TXT, AA bit. */
function answer(): Buffer {
  const q = encodeQuery(0x1234, 'family.test', 'MX');
  const question = q.subarray(12, q.length - 11);
  const header = Buffer.from([0x12, 0x34, 0x85, 0x80, 0, 1, 0, 2, 0, 0, 0, 0]);
  const mxData = Buffer.concat([
    Buffer.from([0, 10, 4]),
    Buffer.from('mail'),
    Buffer.from([0xc0, 12]),
  ]);
  const mx = Buffer.concat([
    Buffer.from([0xc0, 12, 0, 15, 0, 1, 0, 0, 0x1c, 0x20, 0, mxData.length]),
    mxData,
  ]);
  const txtData = Buffer.concat([
    Buffer.from([5]),
    Buffer.from('v=spf'),
    Buffer.from([6]),
    Buffer.from('1 -all'),
  ]);
  const txt = Buffer.concat([
    Buffer.from([0xc0, 12, 0, 16, 0, 1, 0, 0, 0, 60, 0, txtData.length]),
    txtData,
  ]);
  return Buffer.concat([header, question, mx, txt]);
}

describe('DNS wire format', () => {
  it('reads MX (compressed names) and TXT with TTLs and the authoritative bit', () => {
    const decoded = decodeAnswer(answer());
    expect(decoded).toMatchObject({ id: 0x1234, authoritative: true, truncated: false, rcode: 0 });
    expect(decoded.answers).toEqual([
      { name: 'family.test', ttl: 7200, type: 'MX', priority: 10, exchange: 'mail.family.test' },
      { name: 'family.test', ttl: 60, type: 'TXT', text: 'v=spf1 -all' },
    ]);
  });
  it('refuses a malformed answer instead of reading past its end', () => {
    expect(() => decodeAnswer(answer().subarray(0, 40))).toThrow(/malformed|past the end/);
  });
  it('reverse names and server addresses', () => {
    expect(reverseName('127.0.0.2')).toBe('2.0.0.127.in-addr.arpa');
    expect(reverseName('2001:db8::1')).toMatch(
      /^1\.0\.0\.0\.(0\.){20}8\.b\.d\.0\.1\.0\.0\.2\.ip6\.arpa$/,
    );
    expect(parseServer('127.0.0.4:5353')).toEqual({ host: '127.0.0.4', port: 5353 });
    expect(parseServer('[::1]:53')).toEqual({ host: '::1', port: 53 });
    expect(parseServer('10.0.0.1')).toEqual({ host: '10.0.0.1', port: 53 });
  });
});
