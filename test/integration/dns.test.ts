import { Resolver } from 'node:dns/promises';
import { describe, expect, it } from 'vitest';
import { useMailStack } from '../mailstack/forTests';

const stack = useMailStack();

function resolver(): Resolver {
  const r = new Resolver({ timeout: 1000, tries: 1 });
  const { host, port } = stack().endpoints.dns;
  r.setServers([`${host}:${port}`]);
  return r;
}

describe('test DNS (dnsmasq)', () => {
  it('answers A records for the providers and autoconfig hosts', async () => {
    expect(await resolver().resolve4('mail.old.test')).toEqual(['127.0.0.2']);
    expect(await resolver().resolve4('imap.old.test')).toEqual(['127.0.0.2']);
    expect(await resolver().resolve4('smtp.new.test')).toEqual(['127.0.0.3']);
    expect(await resolver().resolve4('autoconfig.family.test')).toEqual(['127.0.0.5']);
  });

  it('answers MX, SRV and TXT records', async () => {
    expect(await resolver().resolveMx('old.test')).toMatchObject([
      { exchange: 'mail.old.test', priority: 10 },
    ]);
    expect(await resolver().resolveMx('new.test')).toMatchObject([
      { exchange: 'mail.new.test', priority: 10 },
    ]);
    expect((await resolver().resolveMx('family.test')).map((mx) => mx.exchange)).toHaveLength(1);
    const { imaps, submission, submissions } = stack().endpoints.providers.new;
    expect(await resolver().resolveSrv('_imaps._tcp.new.test')).toMatchObject([
      { name: 'imap.new.test', port: imaps, priority: 0, weight: 1 },
    ]);
    expect(await resolver().resolveSrv('_submission._tcp.new.test')).toMatchObject([
      { name: 'smtp.new.test', port: submission, priority: 0, weight: 1 },
    ]);
    expect(await resolver().resolveSrv('_submissions._tcp.new.test')).toMatchObject([
      { name: 'smtp.new.test', port: submissions, priority: 0, weight: 1 },
    ]);
    const txt = (await resolver().resolveTxt('family.test')).map((parts) => parts.join(''));
    expect(txt.some((record) => record.startsWith('v=spf1 '))).toBe(true);
  });

  it('does not resolve names outside the test world, and says so quickly', async () => {
    const began = Date.now();
    await expect(resolver().resolve4('example.com')).rejects.toMatchObject({
      code: expect.stringMatching(/^(EREFUSED|ENOTFOUND|ESERVFAIL)$/) as unknown,
    });
    await expect(resolver().resolve4('nothing.old.test')).rejects.toMatchObject({
      code: 'ENOTFOUND',
    });
    expect(Date.now() - began).toBeLessThan(1000);
  });
});
