// DNS for the switch checks: MX, TXT, NS and PTR with TTLs and the authoritative bit, from the
// configured resolvers or straight from a domain's own name servers.

export { createDnsClient, DnsLookupError } from './dnsClient';
export type {
  AuthoritativeAnswer,
  DnsClient,
  DnsClientOptions,
  MxRecord,
  NameServer,
  TxtRecord,
} from './dnsClient';
export { queryDns, parseServer } from './dnsQuery';
export type { DnsServer, QueryOptions } from './dnsQuery';
export { decodeAnswer, encodeQuery, reverseName, recordTypes } from './dnsWire';
export type { DnsAnswer, DnsRecord, RecordType } from './dnsWire';
