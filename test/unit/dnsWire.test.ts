import dgram from 'node:dgram';
import net from 'node:net';
import * as dnsPacket from 'dns-packet';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createDnsClient,
  decodeAnswer,
  DnsLookupError,
  encodeQuery,
  parseServer,
  reverseName,
} from '../../src-main/dns';

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
    // Cut inside an A record's address, where no length is checked but the buffer's end.
    const a = answerTo(query('x.test', 'A'), {
      answers: [{ type: 'A', name: 'x.test', ttl: 1, data: '192.0.2.1' }],
    });
    for (let cut = 12; cut < a.length; cut++) {
      expect(() => decodeAnswer(a.subarray(0, cut))).toThrow(/malformed|past the end/);
    }
  });
  it('asks one question with recursion desired and EDNS0 for 4096-byte answers', () => {
    expect(encodeQuery(0xbeef, 'Family.Test.', 'TXT').toString('hex')).toBe(
      'beef01000001000000000001' + // id, RD, one question, one additional
        '0646616d696c790454657374000010' + // Family.Test TXT
        '0001' + // IN
        '0000291000000000000000', // OPT: root, 4096 bytes, no flags, no options
    );
    expect(() => encodeQuery(1, `${'a'.repeat(64)}.test`, 'A')).toThrow(/label too long/);
  });
  it('spells IPv6 addresses out, and the root (a null MX) as an empty name', () => {
    const decoded = decodeAnswer(
      answerTo(query('family.test', 'MX'), {
        answers: [
          { type: 'MX', name: 'family.test', ttl: 60, data: { preference: 0, exchange: '.' } },
          { type: 'AAAA', name: 'mx.family.test', ttl: 60, data: '2001:db8::1' },
          { type: 'SRV', name: 'family.test', ttl: 60, data: { port: 993, target: 'imap.test' } },
        ],
      }),
    );
    expect(decoded.answers).toEqual([
      { name: 'family.test', ttl: 60, type: 'MX', priority: 0, exchange: '' },
      { name: 'mx.family.test', ttl: 60, type: 'AAAA', address: '2001:db8:0:0:0:0:0:1' },
      { name: 'family.test', ttl: 60, type: 'other', rrtype: 'SRV' },
    ]);
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

/** The question of a query as dns-packet reads it. */
function query(name: string, type: dnsPacket.RecordType): dnsPacket.DecodedPacket {
  return dnsPacket.decode(encodeQuery(0x1234, name, type as 'A'));
}

function answerTo(q: dnsPacket.Packet, reply: dnsPacket.Packet): Buffer {
  return dnsPacket.encode({
    type: 'response',
    id: q.id ?? 0,
    flags: dnsPacket.RECURSION_DESIRED | dnsPacket.RECURSION_AVAILABLE,
    questions: q.questions ?? [],
    ...reply,
  });
}

/** A resolver on loopback, UDP and TCP on one port, answering with `udp` and `tcp`. */
async function fakeResolver(
  udp: (q: dnsPacket.DecodedPacket) => Buffer | undefined,
  tcp: (q: dnsPacket.DecodedPacket) => Buffer = (q) => udp(q) ?? Buffer.alloc(0),
) {
  for (;;) {
    const socket = dgram.createSocket('udp4');
    await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
    const { port } = socket.address();
    const server = net.createServer((conn) => {
      conn.on('data', (data) => {
        const reply = tcp(dnsPacket.decode(data.subarray(2)));
        const length = Buffer.alloc(2);
        length.writeUInt16BE(reply.length);
        conn.end(Buffer.concat([length, reply]));
      });
    });
    const listening = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (!listening) {
      socket.close();
      continue;
    }
    const counts = { udp: 0, tcp: 0 };
    server.on('connection', () => (counts.tcp += 1));
    socket.on('message', (message, from) => {
      counts.udp += 1;
      const reply = udp(dnsPacket.decode(message));
      if (reply) socket.send(reply, from.port, from.address);
    });
    opened.push(() => {
      socket.close();
      server.close();
    });
    return { server: `127.0.0.1:${port}`, counts };
  }
}

const opened: (() => void)[] = [];
afterEach(() => {
  for (const close of opened.splice(0)) close();
});

const mxAnswer = (q: dnsPacket.DecodedPacket, flags = 0) =>
  answerTo(q, {
    flags: dnsPacket.RECURSION_AVAILABLE | flags,
    answers: [
      {
        type: 'MX',
        name: 'family.test',
        ttl: 3600,
        data: { preference: 10, exchange: 'MX.family.test' },
      },
    ],
  });

describe('DNS client against a resolver', () => {
  it('asks again over TCP when the UDP answer is truncated, even one cut mid-record', async () => {
    const resolver = await fakeResolver(
      (q) => mxAnswer(q, dnsPacket.TRUNCATED_RESPONSE).subarray(0, 40),
      (q) => mxAnswer(q),
    );
    const dns = createDnsClient({ servers: [resolver.server], timeoutMs: 1000 });
    expect(await dns.mx('family.test')).toEqual([
      { exchange: 'mx.family.test', priority: 10, ttl: 3600 },
    ]);
    expect(resolver.counts).toEqual({ udp: 1, tcp: 1 });
  });

  it('turns a malformed answer, an error code and silence into DnsLookupErrors', async () => {
    const malformed = await fakeResolver((q) => mxAnswer(q).subarray(0, 40));
    const failing = await fakeResolver((q) => answerTo(q, { flags: 2 })); // SERVFAIL
    const silent = await fakeResolver(() => undefined);
    const lookup = (server: string) =>
      createDnsClient({ servers: [server], timeoutMs: 100 }).lookup('family.test', 'MX');
    await expect(lookup(malformed.server)).rejects.toMatchObject({
      constructor: DnsLookupError,
      rcode: 'network',
      message: expect.stringMatching(/^family\.test MX: (malformed|record past the end)/),
    });
    await expect(lookup(failing.server)).rejects.toMatchObject({ rcode: 2 });
    await expect(lookup(silent.server)).rejects.toMatchObject({ rcode: 'timeout' });
    // NXDOMAIN is an empty answer, not an error.
    const missing = await fakeResolver((q) => answerTo(q, { flags: 3 }));
    expect((await lookup(missing.server)).answers).toEqual([]);
  });
});
