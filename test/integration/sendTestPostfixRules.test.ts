// Failures that need the new provider's Postfix to behave differently for chosen addresses: an
// access map (applied at runtime with postconf + reload, removed again in afterAll) refuses a
// recipient, refuses a sender, or HOLDs the message (delivery held; or handed to a fixture that
// plays the provider's spam filter and files it into Junk).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useMailStack } from '../mailstack/forTests';
import {
  freshAccount,
  imapOf,
  PostfixRules,
  probesIn,
  stackNetwork,
  type TestAccount,
} from './sendTestFixtures';
import type { Network } from '../../src-main/net';
import { probeHeader, startSendTest, type SendTestRequest } from '../../src-main/sendTest';

const stack = useMailStack();
let network: Network;
let rules: PostfixRules;
const accounts: Record<'rejected' | 'sender' | 'held' | 'junk', TestAccount | undefined> = {
  rejected: undefined,
  sender: undefined,
  held: undefined,
  junk: undefined,
};

function account(name: keyof typeof accounts): TestAccount {
  const found = accounts[name];
  if (!found) throw new Error(`no ${name} account`);
  return found;
}

function request(a: TestAccount, extra: Partial<SendTestRequest> = {}): SendTestRequest {
  return {
    address: a.address,
    smtp: a.smtp,
    imap: a.imap,
    password: a.password,
    network,
    language: 'en',
    timeoutMs: 30_000,
    ...extra,
  };
}

beforeAll(async () => {
  network = stackNetwork(stack().endpoints);
  for (const name of Object.keys(accounts) as (keyof typeof accounts)[]) {
    accounts[name] = await freshAccount(stack(), `pf${name}`);
  }
  rules = new PostfixRules(stack());
  await rules.apply(
    {
      [account('rejected').address]: '550 5.1.1 User unknown in virtual mailbox table',
      [account('held').address]: 'HOLD',
      [account('junk').address]: 'HOLD',
    },
    { [account('sender').address]: '553 5.7.1 not owned by user someone-else@new.test' },
  );
});

afterAll(async () => {
  // Nothing of ours may linger in the hold queue, and the rules go away again.
  const held = [
    ...(await rules.held(account('held').address)),
    ...(await rules.held(account('junk').address)),
  ];
  await rules.discard(held);
  await rules.restore();
});

describe('send test failures decided by Postfix', () => {
  it('the recipient refused at RCPT → smtp.rejected quoting the 5xx text', async () => {
    const final = await startSendTest(request(account('rejected'))).done;
    if (final.outcome?.ok !== false)
      throw new Error(`expected a failure: ${JSON.stringify(final)}`);
    expect(final.outcome.error.code).toBe('smtp.rejected');
    expect(final.outcome.error.message).toMatch(
      /550 5\.1\.1 .*User unknown in virtual mailbox table/,
    );
    expect(final.outcome.error.details).toMatchObject({ command: 'RCPT TO', responseCode: 550 });
    expect(final.outcome.transcript.join('\n')).toMatch(/S: 550 5\.1\.1/);
  });

  it('the sender refused → smtp.sender-rejected', async () => {
    const final = await startSendTest(request(account('sender'))).done;
    if (final.outcome?.ok !== false)
      throw new Error(`expected a failure: ${JSON.stringify(final)}`);
    expect(final.outcome.error.code).toBe('smtp.sender-rejected');
    expect(final.outcome.error.message).toMatch(/Sender address rejected: not owned by user/);
  });

  it('delivery held → probe.not-arrived after the (short) timeout, with progress until then', async () => {
    const a = account('held');
    const states: { phase: string; elapsedMs: number }[] = [];
    const job = startSendTest(request(a, { timeoutMs: 4000, progressEveryMs: 250 }));
    job.on((s) => states.push({ phase: s.phase, elapsedMs: s.elapsedMs }));
    const final = await job.done;
    if (final.outcome?.ok !== false)
      throw new Error(`expected a failure: ${JSON.stringify(final)}`);
    expect(final.outcome.error.code).toBe('probe.not-arrived');
    expect(final.outcome.error.details).toMatchObject({ timeoutMs: 4000 });
    expect(final.elapsedMs).toBeGreaterThanOrEqual(4000);
    expect(final.elapsedMs).toBeLessThan(15_000);
    expect(states.filter((s) => s.phase === 'waiting').length).toBeGreaterThanOrEqual(3);
    // It really is held by Postfix, not lost.
    expect(await rules.held(a.address)).toHaveLength(1);
  });

  it('filed into Junk by the provider → probe.in-junk (arrived, but in Junk)', async () => {
    const a = account('junk');
    const job = startSendTest(request(a, { timeoutMs: 30_000 }));
    // The fixture plays the provider's spam filter: it takes the held message out of the queue and
    // delivers it, unchanged, into Junk (never into INBOX).
    const deadline = Date.now() + 20_000;
    let ids: string[] = [];
    while (ids.length === 0 && Date.now() < deadline) {
      ids = await rules.held(a.address);
      if (ids.length === 0) await new Promise((r) => setTimeout(r, 200));
    }
    expect(ids).toHaveLength(1);
    const raw = await rules.content(ids[0] ?? '');
    expect(raw).toContain(`${probeHeader}:`);
    const client = imapOf(stack().endpoints, a);
    await client.connect();
    try {
      await client.append('Junk', raw.replace(/\r?\n/g, '\r\n'));
    } finally {
      await client.logout();
    }
    await rules.discard(ids);

    const final = await job.done;
    if (final.outcome?.ok !== false)
      throw new Error(`expected a failure: ${JSON.stringify(final)}`);
    expect(final.outcome.error.code).toBe('probe.in-junk');
    expect(final.outcome.error.details).toMatchObject({ folder: 'junk', path: 'Junk' });
    expect(await probesIn(stack().endpoints, a, 'Junk')).toHaveLength(1);
    expect(await probesIn(stack().endpoints, a, 'INBOX')).toHaveLength(0);
  });
});
