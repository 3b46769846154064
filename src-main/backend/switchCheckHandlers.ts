import type { Handlers } from '../contract';
import type { SwitchCheckService } from '../switchCheck';

export function createSwitchCheckHandlers(
  switchCheck: SwitchCheckService,
): Pick<
  Handlers,
  | 'switchCheck.status'
  | 'switchCheck.check'
  | 'switchCheck.watch'
  | 'switchCheck.probe'
  | 'switchCheck.health'
  | 'switchCheck.senders'
  | 'switchCheck.copyInbox'
> {
  return {
    'switchCheck.status': async () => ({ current: await switchCheck.status() }),
    'switchCheck.check': () => switchCheck.check(),
    'switchCheck.watch': ({ active, intervalSeconds }) =>
      switchCheck.watch(active, intervalSeconds),
    'switchCheck.probe': ({ timeoutSeconds }) => switchCheck.probe(timeoutSeconds),
    'switchCheck.health': () => switchCheck.health(),
    'switchCheck.senders': ({ since }) => switchCheck.senders(since),
    'switchCheck.copyInbox': () => switchCheck.copyInbox(),
  };
}
