import type { Handlers } from '../contract';
import type { SwitchCheckService } from '../switchCheck';

export function createSwitchCheckHandlers(
  switchCheck: SwitchCheckService,
): Pick<
  Handlers,
  | 'switchover.status'
  | 'switchover.check'
  | 'switchover.watch'
  | 'switchover.probe'
  | 'switchover.health'
  | 'switchover.senders'
  | 'switchover.copyInbox'
> {
  return {
    'switchover.status': async () => ({ current: await switchCheck.status() }),
    'switchover.check': () => switchCheck.check(),
    'switchover.watch': ({ active, intervalSeconds }) => switchCheck.watch(active, intervalSeconds),
    'switchover.probe': ({ timeoutSeconds }) => switchCheck.probe(timeoutSeconds),
    'switchover.health': () => switchCheck.health(),
    'switchover.senders': ({ since }) => switchCheck.senders(since),
    'switchover.copyInbox': () => switchCheck.copyInbox(),
  };
}
