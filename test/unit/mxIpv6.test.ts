import { describe, expect, it } from 'vitest';
import type { DnsClient } from '../../src-main/dns';
import { checkMx } from '../../src-main/switchCheck';

// The new provider named by an IPv6 address ("2001:db8::25", as a person types it) and its MX host
// resolving to that address as DNS writes it out in full ("2001:db8:0:0:0:0:0:25"): the same
// address, so mail goes to the new provider. The two spellings were once compared as text.

function dnsWith(addresses: Record<string, string[]>): DnsClient {
  return {
    servers: [],
    lookup: () => Promise.reject(new Error('not used')),
    mx: async () => [{ exchange: 'mx.family.test', priority: 10, ttl: 300 }],
    txt: async () => [],
    addresses: async (name) => addresses[name] ?? [],
    ptr: async () => [],
    nameServers: async () => [],
    askAuthoritative: async () => [],
  };
}

describe('MX hosts matched to the new provider by address', () => {
  it('treats the short and the full spelling of an IPv6 address as one address', async () => {
    const view = await checkMx({
      dns: dnsWith({ 'mx.family.test': ['2001:db8:0:0:0:0:0:25'] }),
      domain: 'family.test',
      provider: { expectedMx: [], hosts: ['2001:DB8::25'] },
    });
    expect(view.state).toBe('switched');
  });

  it('and the other way round, by host name', async () => {
    const view = await checkMx({
      dns: dnsWith({
        'mx.family.test': ['2001:db8::25'],
        'mail.provider.example': ['2001:0db8:0000:0000:0000:0000:0000:0025'],
      }),
      domain: 'family.test',
      provider: { expectedMx: [], hosts: ['mail.provider.example'] },
    });
    expect(view.state).toBe('switched');
  });

  it('still tells different addresses apart', async () => {
    const view = await checkMx({
      dns: dnsWith({ 'mx.family.test': ['2001:db8::26'] }),
      domain: 'family.test',
      provider: { expectedMx: [], hosts: ['[2001:db8::25]'] },
    });
    expect(view.state).toBe('not-switched');
  });
});
