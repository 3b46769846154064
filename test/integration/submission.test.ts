import { describe, expect, it, beforeAll } from 'vitest';
import { useMailStack } from '../mailstack/forTests';
import nodemailer from 'nodemailer';
import { caOf, smtpTransport, uniqueSubject, waitForSubject } from './mailClients';

const stack = useMailStack();
const password = 'submission-test-password';

describe('submission through the old provider to the new one', () => {
  beforeAll(async () => {
    await stack().createUser('old', 'alice', 'old.test', password);
    await stack().createUser('new', 'bob', 'new.test', password);
  });

  for (const mode of ['starttls', 'tls'] as const) {
    it(`delivers alice@old.test → bob@new.test via ${mode === 'tls' ? 465 : 587}`, async () => {
      const subject = uniqueSubject(`submission ${mode}`);
      const transport = smtpTransport(stack().endpoints, 'old', 'alice@old.test', password, mode);
      try {
        const info = await transport.sendMail({
          from: 'alice@old.test',
          to: 'bob@new.test',
          subject,
          text: 'hello from the old provider',
        });
        expect(info.accepted).toEqual(['bob@new.test']);
      } finally {
        transport.close();
      }
      expect(
        await waitForSubject(stack().endpoints, 'new', 'bob@new.test', password, subject),
      ).toBe(true);
    });
  }

  it('refuses to relay without authentication on port 25', async () => {
    const { endpoints } = stack();
    const old = endpoints.providers.old;
    const transport = nodemailer.createTransport({
      host: old.host,
      port: old.smtp,
      secure: false,
      tls: { ca: caOf(endpoints), servername: old.hostname },
    });
    try {
      await expect(
        transport.sendMail({
          from: 'x@elsewhere.test',
          to: 'bob@new.test',
          subject: 'relay?',
          text: '.',
        }),
      ).rejects.toThrow(/Relay access denied/);
    } finally {
      transport.close();
    }
  });
});
