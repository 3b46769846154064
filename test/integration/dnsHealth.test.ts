// Screen 6's DNS health against the mail stack's dnsmasq: SPF, DKIM, DMARC and PTR in plain
// words, from TXT records set per test.

import { afterAll, describe, expect, it } from 'vitest';
import type { DnsClient } from '../../src-main/dns';
import { checkDnsHealth } from '../../src-main/switchCheck';
import { useMailStack } from '../mailstack/forTests';
import { stackDnsClient } from './sendTestFixtures';

const stack = useMailStack();

const dns = (): DnsClient => stackDnsClient(stack().endpoints);

afterAll(async () => {
  // Leave the shared stack as it started for the next file.
  await stack().resetDnsRecords();
  await stack().switchMx('family.test', 'old');
});

describe('DNS health from dnsmasq TXT records', () => {
  const health = (selectors?: string[]) =>
    checkDnsHealth({
      dns: dns(),
      domain: 'family.test',
      newProviderHosts: ['127.0.0.3', 'mail.new.test'],
      ...(selectors ? { dkimSelectors: selectors } : {}),
    });
  const byCheck = async (selectors?: string[]) =>
    Object.fromEntries((await health(selectors)).map((c) => [c.check, c]));

  it('good: SPF with the new provider and -all, DKIM key, DMARC quarantine, PTR of the MX host', async () => {
    await stack().switchMx('family.test', 'new');
    await stack().setTxtRecords('family.test', ['v=spf1 ip4:127.0.0.3 -all']);
    await stack().setTxtRecords('_dmarc.family.test', [
      'v=DMARC1; p=quarantine; rua=mailto:d@family.test',
    ]);
    await stack().setTxtRecords('mail._domainkey.family.test', [
      `v=DKIM1; k=rsa; p=${'A'.repeat(300)}`,
    ]);
    const checks = await byCheck();
    expect(checks.spf).toMatchObject({ verdict: 'good', code: 'spf.ok' });
    expect(checks.dkim).toMatchObject({
      verdict: 'good',
      code: 'dkim.ok',
      data: { selectors: ['mail'] },
    });
    expect(checks.dmarc).toMatchObject({
      verdict: 'good',
      code: 'dmarc.ok',
      data: { policy: 'quarantine' },
    });
    expect(checks.ptr).toMatchObject({
      verdict: 'good',
      code: 'ptr.ok',
      data: { host: 'mail.new.test' },
    });
  });

  it('bad and weak: two SPF records, SPF without the new provider, DMARC p=none, no DKIM', async () => {
    await stack().setTxtRecords('family.test', ['v=spf1 ip4:127.0.0.2 -all', 'v=spf1 ~all']);
    await stack().setTxtRecords('_dmarc.family.test', ['v=DMARC1; p=none']);
    await stack().setTxtRecords('mail._domainkey.family.test', null);
    let checks = await byCheck();
    expect(checks.spf).toMatchObject({ verdict: 'bad', code: 'spf.multiple' });
    expect(checks.dmarc).toMatchObject({ verdict: 'warning', code: 'dmarc.policy-none' });
    expect(checks.dkim).toMatchObject({ verdict: 'unknown', code: 'dkim.not-found' });
    await stack().setTxtRecords('family.test', ['v=spf1 ip4:127.0.0.2 ~all']);
    await stack().setTxtRecords('_dmarc.family.test', []);
    checks = await byCheck(['kit2026']);
    expect(checks.spf).toMatchObject({ verdict: 'bad', code: 'spf.no-new-provider' });
    expect(checks.dmarc).toMatchObject({ verdict: 'warning', code: 'dmarc.missing' });
    expect(checks.dkim).toMatchObject({ verdict: 'bad', code: 'dkim.missing' });
    await stack().resetDnsRecords();
  });
});
