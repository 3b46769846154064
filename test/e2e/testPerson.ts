import { randomBytes } from 'node:crypto';
import type { MailStackHandle } from '../mailstack';

/** Someone moving from old.test to new.test under one local part, unique to this run. */
export interface TestPerson {
  /** Random per run, for other names the file makes (nothing collides between runs). */
  run: string;
  localpart: string;
  oldEmail: string;
  newEmail: string;
  oldPassword: string;
  newPassword: string;
}

export function makeTestPerson(name: string): TestPerson {
  const run = randomBytes(4).toString('hex');
  const localpart = `${name}-${run}`;
  return {
    run,
    localpart,
    oldEmail: `${localpart}@old.test`,
    newEmail: `${localpart}@new.test`,
    oldPassword: `old-${randomBytes(6).toString('hex')}`,
    newPassword: `new-${randomBytes(6).toString('hex')}`,
  };
}

/** The person's old and new account on the stack. */
export async function createAccounts(stack: MailStackHandle, person: TestPerson): Promise<void> {
  // One after the other: both update the stack's state file.
  await stack.createUser('old', person.localpart, 'old.test', person.oldPassword);
  await stack.createUser('new', person.localpart, 'new.test', person.newPassword);
}
