// Vitest glue: join the stack a global setup (or `npm run mailstack -- start`) left running, or
// start one for this file alone and stop it afterwards. Integration files share MX state, so they
// must not run in parallel (fileParallelism: false for the integration project).

import { afterAll, beforeAll } from 'vitest';
import { connectMailStack, isMailStackRunning, startMailStack } from './index';
import type { MailStackHandle } from './index';

export function useMailStack(): () => MailStackHandle {
  let handle: MailStackHandle | undefined;
  let startedHere = false;
  beforeAll(async () => {
    if (await isMailStackRunning()) {
      handle = await connectMailStack();
    } else {
      handle = await startMailStack();
      startedHere = true;
    }
  }, 60_000);
  afterAll(async () => {
    if (startedHere) await handle?.stop();
  }, 30_000);
  return () => {
    if (handle === undefined) throw new Error('mailstack: used before beforeAll ran');
    return handle;
  };
}
