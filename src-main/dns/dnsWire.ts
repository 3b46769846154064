// The DNS message format (RFC 1035), just enough to ask one question and read the answer with
// its TTLs and flags — node:dns hides both (no TTL for MX/TXT/NS, no "authoritative" bit).

export const recordTypes = { A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28 };
export type RecordType = keyof typeof recordTypes;

export type RecordData =
  | { type: 'A' | 'AAAA'; address: string }
  | { type: 'NS' | 'CNAME' | 'PTR'; name: string }
  | { type: 'MX'; priority: number; exchange: string }
  | { type: 'TXT'; text: string }
  | { type: 'SOA'; primary: string; minimum: number }
  | { type: 'other'; code: number };

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

function encodeName(name: string): Buffer {
  const labels = name
    .replace(/\.$/, '')
    .split('.')
    .filter((l) => l !== '');
  const parts: Buffer[] = [];
  for (const label of labels) {
    const bytes = Buffer.from(label, 'ascii');
    if (bytes.length > 63) throw new DnsFormatError(`label too long in ${name}`);
    parts.push(Buffer.from([bytes.length]), bytes);
  }
  parts.push(Buffer.from([0]));
  return Buffer.concat(parts);
}

/** A query with recursion desired and an EDNS0 record offering 4096-byte UDP answers. */
export function encodeQuery(id: number, name: string, type: RecordType): Buffer {
  const header = Buffer.alloc(12);
  header.writeUInt16BE(id, 0);
  header.writeUInt16BE(0x0100, 2); // RD
  header.writeUInt16BE(1, 4); // QDCOUNT
  header.writeUInt16BE(1, 10); // ARCOUNT (OPT)
  const question = Buffer.alloc(4);
  question.writeUInt16BE(recordTypes[type], 0);
  question.writeUInt16BE(1, 2); // IN
  const opt = Buffer.from([0, 0, 41, 0x10, 0x00, 0, 0, 0, 0, 0, 0]);
  return Buffer.concat([header, encodeName(name), question, opt]);
}

function readName(buf: Buffer, start: number): { name: string; next: number } {
  const labels: string[] = [];
  let offset = start;
  let next = -1;
  for (let jumps = 0; jumps < 64; jumps++) {
    const length = buf.readUInt8(offset);
    if (length === 0) {
      return { name: labels.join('.'), next: next === -1 ? offset + 1 : next };
    }
    if ((length & 0xc0) === 0xc0) {
      if (next === -1) next = offset + 2;
      offset = buf.readUInt16BE(offset) & 0x3fff;
      continue;
    }
    labels.push(buf.toString('latin1', offset + 1, offset + 1 + length));
    offset += 1 + length;
  }
  throw new DnsFormatError('name compression loop');
}

function readData(buf: Buffer, code: number, start: number, length: number): RecordData {
  switch (code) {
    case recordTypes.A:
      return { type: 'A', address: [...buf.subarray(start, start + 4)].join('.') };
    case recordTypes.AAAA: {
      const groups: string[] = [];
      for (let i = 0; i < 16; i += 2) groups.push(buf.readUInt16BE(start + i).toString(16));
      return { type: 'AAAA', address: groups.join(':') };
    }
    case recordTypes.NS:
    case recordTypes.CNAME:
    case recordTypes.PTR: {
      const type = code === recordTypes.NS ? 'NS' : code === recordTypes.PTR ? 'PTR' : 'CNAME';
      return { type, name: readName(buf, start).name };
    }
    case recordTypes.MX:
      return {
        type: 'MX',
        priority: buf.readUInt16BE(start),
        exchange: readName(buf, start + 2).name,
      };
    case recordTypes.TXT: {
      // A TXT record is several character-strings that mean one text when joined.
      let text = '';
      for (let i = start; i < start + length;) {
        const n = buf.readUInt8(i);
        text += buf.toString('utf8', i + 1, i + 1 + n);
        i += 1 + n;
      }
      return { type: 'TXT', text };
    }
    case recordTypes.SOA: {
      const primary = readName(buf, start);
      const rname = readName(buf, primary.next);
      return { type: 'SOA', primary: primary.name, minimum: buf.readUInt32BE(rname.next + 16) };
    }
    default:
      return { type: 'other', code };
  }
}

export function decodeAnswer(buf: Buffer): DnsAnswer {
  try {
    const flags = buf.readUInt16BE(2);
    const counts = [4, 6, 8, 10].map((at) => buf.readUInt16BE(at));
    let offset = 12;
    for (let q = 0; q < (counts[0] ?? 0); q++) offset = readName(buf, offset).next + 4;
    const section = (count: number): DnsRecord[] => {
      const records: DnsRecord[] = [];
      for (let i = 0; i < count; i++) {
        const { name, next } = readName(buf, offset);
        const code = buf.readUInt16BE(next);
        const ttl = buf.readUInt32BE(next + 4);
        const length = buf.readUInt16BE(next + 8);
        const start = next + 10;
        if (start + length > buf.length) throw new DnsFormatError('record past the end');
        records.push({ name, ttl, ...readData(buf, code, start, length) });
        offset = start + length;
      }
      return records;
    };
    const answers = section(counts[1] ?? 0);
    const authority = section(counts[2] ?? 0);
    return {
      id: buf.readUInt16BE(0),
      authoritative: (flags & 0x0400) !== 0,
      truncated: (flags & 0x0200) !== 0,
      rcode: flags & 0x000f,
      answers,
      authority,
    };
  } catch (error) {
    if (error instanceof DnsFormatError) throw error;
    throw new DnsFormatError(`malformed DNS answer: ${(error as Error).message}`);
  }
}

/** 127.0.0.2 → 2.0.0.127.in-addr.arpa (IPv6: nibbles under ip6.arpa). */
export function reverseName(address: string): string {
  if (address.includes(':')) {
    const [head = '', tail = ''] = address.split('::');
    const h = head ? head.split(':') : [];
    const t = tail ? tail.split(':') : [];
    const groups = address.includes('::')
      ? [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t]
      : h;
    const nibbles = groups.map((g) => g.padStart(4, '0')).join('');
    return `${[...nibbles].reverse().join('.')}.ip6.arpa`;
  }
  return `${address.split('.').reverse().join('.')}.in-addr.arpa`;
}
