import { describe, expect, it } from 'vitest';
import { useMailStack } from '../mailstack/forTests';
import { imapClient } from './mailClients';

const stack = useMailStack();
const run = Date.now().toString(36);

describe('test mail stack users', () => {
  // Regression: a password changed within the same second as the user's creation (same length,
  // reused inode) went unseen by Dovecot and createUser timed out after 5 s.
  it('takes a new password right after creating the user, again and again', async () => {
    const local = `repass-${run}`;
    const address = `${local}@new.test`;
    for (let round = 0; round < 4; round += 1) {
      await stack().createUser('new', local, 'new.test', `first-password-${round}`);
      await stack().createUser('new', local, 'new.test', `other-password-${round}`);
    }
    const client = imapClient(stack().endpoints, 'new', address, 'other-password-3', 'tls');
    await client.connect();
    try {
      expect(client.authenticated).toBeTruthy();
    } finally {
      await client.logout();
    }
  });
});
