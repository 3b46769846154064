import { Resolver } from 'node:dns/promises';
import { afterAll, describe, expect, it, beforeAll } from 'vitest';
import { useMailStack } from '../mailstack/forTests';
import type { ProviderName } from '../mailstack';
import { smtpTransport, uniqueSubject, waitForSubject } from './mailClients';

const stack = useMailStack();
const password = 'family-test-password';

async function send(via: ProviderName, subject: string): Promise<void> {
  const from = via === 'old' ? 'alice@old.test' : 'bob@new.test';
  const transport = smtpTransport(stack().endpoints, via, from, password);
  try {
    await transport.sendMail({ from, to: 'ann@family.test', subject, text: 'where do I land?' });
  } finally {
    transport.close();
  }
}

async function landsIn(subject: string): Promise<ProviderName[]> {
  const { endpoints } = stack();
  const [old, fresh] = await Promise.all([
    waitForSubject(endpoints, 'old', 'ann@family.test', password, subject),
    waitForSubject(endpoints, 'new', 'ann@family.test', password, subject, 2_000),
  ]);
  return [...(old ? ['old' as const] : []), ...(fresh ? ['new' as const] : [])];
}

async function mxOf(domain: string): Promise<string[]> {
  const resolver = new Resolver({ timeout: 1000, tries: 1 });
  const { host, port } = stack().endpoints.dns;
  resolver.setServers([`${host}:${port}`]);
  return (await resolver.resolveMx(domain)).map((mx) => mx.exchange);
}

describe('family.test mail follows its MX (and the old-provider trap)', () => {
  beforeAll(async () => {
    await stack().createUser('old', 'alice', 'old.test', password);
    await stack().createUser('new', 'bob', 'new.test', password);
    await stack().createUser('old', 'ann', 'family.test', password);
    await stack().createUser('new', 'ann', 'family.test', password);
  });
  afterAll(async () => {
    // Leave the shared stack as it started for the next file.
    await stack().setOldProviderHostsDomain('family.test', false);
    await stack().switchMx('family.test', 'old');
  });

  it('MX → old: sent through the new provider, lands in the old inbox', async () => {
    await stack().switchMx('family.test', 'old');
    expect(await mxOf('family.test')).toEqual(['mail.old.test']);
    const subject = uniqueSubject('mx old');
    await send('new', subject);
    expect(await landsIn(subject)).toEqual(['old']);
  });

  it('MX → new: sent through the old provider, lands in the new inbox', async () => {
    await stack().switchMx('family.test', 'new');
    expect(await mxOf('family.test')).toEqual(['mail.new.test']);
    const subject = uniqueSubject('mx new');
    await send('old', subject);
    const { endpoints } = stack();
    expect(await waitForSubject(endpoints, 'new', 'ann@family.test', password, subject)).toBe(true);
    expect(await waitForSubject(endpoints, 'old', 'ann@family.test', password, subject, 0)).toBe(
      false,
    );
  });

  it('MX → new but the old provider still hosts the domain: stays in the old inbox', async () => {
    await stack().switchMx('family.test', 'new');
    await stack().setOldProviderHostsDomain('family.test', true);
    const subject = uniqueSubject('trap');
    await send('old', subject);
    expect(await landsIn(subject)).toEqual(['old']);
    // Mail from elsewhere (the new provider) follows the MX as usual.
    const fromNew = uniqueSubject('trap via new');
    await send('new', fromNew);
    const { endpoints } = stack();
    expect(await waitForSubject(endpoints, 'new', 'ann@family.test', password, fromNew)).toBe(true);
  });
});
