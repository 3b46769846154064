// The DNS message format (RFC 1035) through dns-packet: one question out, the answer back with its
// TTLs and flags — node:dns hides both (no TTL for MX/TXT/NS, no "authoritative" bit).

import * as dnsPacket from 'dns-packet';

export const recordTypes = { A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28 };
export type RecordType = keyof typeof recordTypes;

export type RecordData =
  | { type: 'A' | 'AAAA'; address: string }
  | { type: 'NS' | 'CNAME' | 'PTR'; name: string }
  | { type: 'MX'; priority: number; exchange: string }
  | { type: 'TXT'; text: string }
  | { type: 'SOA'; primary: string; minimum: number }
  /** Any other type, by its name ("SRV", "UNKNOWN_65") as dns-packet gives it. */
  | { type: 'other'; rrtype: string };

export type DnsRecord = RecordData & { name: string; ttl: number };

export interface DnsAnswer {
  id: number;
  /** The server holds the zone itself (AA bit), not a cached copy. */
  authoritative: boolean;
  truncated: boolean;
  /** 0 ok, 2 SERVFAIL, 3 NXDOMAIN, 5 REFUSED… */
  rcode: number;
  answers: DnsRecord[];
  authority: DnsRecord[];
}

export class DnsFormatError extends Error {}

/** No empty labels, none over 63 bytes (dns-packet would write a wrong length byte instead). */
function checkedName(name: string): string {
  const labels = name
    .replace(/\.$/, '')
    .split('.')
    .filter((l) => l !== '');
  if (labels.some((l) => Buffer.byteLength(l) > 63)) {
    throw new DnsFormatError(`label too long in ${name}`);
  }
  return labels.join('.');
}

/** A query with recursion desired and an EDNS0 record offering 4096-byte UDP answers. */
export function encodeQuery(id: number, name: string, type: RecordType): Buffer {
  return dnsPacket.encode({
    type: 'query',
    id,
    flags: dnsPacket.RECURSION_DESIRED,
    questions: [{ type, name: checkedName(name), class: 'IN' }],
    additionals: [
      {
        type: 'OPT',
        name: '.',
        udpPayloadSize: 4096,
        extendedRcode: 0,
        ednsVersion: 0,
        flags: 0,
        flag_do: false,
        options: [],
      },
    ],
  });
}

/** The root is "" here, as node:dns has it ("." in dns-packet). */
const nameOf = (name: string) => (name === '.' ? '' : name);

/** 2001:db8::1 → the eight groups, "::" filled with zeros. */
function ipv6Groups(address: string): string[] {
  const [head = '', tail = ''] = address.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  return address.includes('::')
    ? [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t]
    : h;
}

function recordOf(record: dnsPacket.Answer): DnsRecord {
  const head = { name: nameOf(record.name), ttl: 'ttl' in record ? (record.ttl ?? 0) : 0 };
  switch (record.type) {
    case 'A':
      return { ...head, type: 'A', address: record.data };
    case 'AAAA':
      // Every group written out, as this app always has (2001:db8:0:0:0:0:0:1).
      return { ...head, type: 'AAAA', address: ipv6Groups(record.data).join(':') };
    case 'NS':
    case 'CNAME':
    case 'PTR':
      return { ...head, type: record.type, name: nameOf(record.data) };
    case 'MX':
      return {
        ...head,
        type: 'MX',
        priority: record.data.preference ?? 0,
        exchange: nameOf(record.data.exchange),
      };
    case 'TXT': {
      // A TXT record is several character-strings that mean one text when joined.
      const parts = Array.isArray(record.data) ? record.data : [record.data];
      return { ...head, type: 'TXT', text: parts.map((p) => p.toString()).join('') };
    }
    case 'SOA':
      return {
        ...head,
        type: 'SOA',
        primary: nameOf(record.data.mname),
        minimum: record.data.minimum ?? 0,
      };
    default:
      return { ...head, type: 'other', rrtype: record.type };
  }
}

/** The answer to one query; anything malformed is a DnsFormatError, never another exception. */
export function decodeAnswer(buf: Buffer): DnsAnswer {
  try {
    const packet = dnsPacket.decode(buf);
    // dns-packet reads fixed-size records (A, AAAA…) without checking where the buffer ends.
    if (dnsPacket.decode.bytes > buf.length) throw new DnsFormatError('record past the end');
    return {
      id: packet.id ?? 0,
      authoritative: packet.flag_aa,
      truncated: packet.flag_tc,
      rcode: (packet.flags ?? 0) & 0x000f,
      answers: (packet.answers ?? []).map(recordOf),
      authority: (packet.authorities ?? []).map(recordOf),
    };
  } catch (error) {
    if (error instanceof DnsFormatError) throw error;
    throw new DnsFormatError(`malformed DNS answer: ${(error as Error).message}`);
  }
}

/** The TC bit alone: a truncated answer may be cut anywhere, so only its header is read. */
export function isTruncated(buf: Buffer): boolean {
  return buf.length >= 4 && (buf.readUInt16BE(2) & dnsPacket.TRUNCATED_RESPONSE) !== 0;
}

/** 127.0.0.2 → 2.0.0.127.in-addr.arpa (IPv6: nibbles under ip6.arpa). */
export function reverseName(address: string): string {
  if (address.includes(':')) {
    const nibbles = ipv6Groups(address)
      .map((g) => g.padStart(4, '0'))
      .join('');
    return `${[...nibbles].reverse().join('.')}.ip6.arpa`;
  }
  return `${address.split('.').reverse().join('.')}.in-addr.arpa`;
}
