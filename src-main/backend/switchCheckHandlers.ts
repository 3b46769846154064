import type { Handlers } from '../contract';
import type { SwitchoverService } from '../switchCheck';

export function createSwitchoverHandlers(
  switchover: SwitchoverService,
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
    'switchover.status': async () => ({ current: await switchover.status() }),
    'switchover.check': () => switchover.check(),
    'switchover.watch': ({ active, intervalSeconds }) => switchover.watch(active, intervalSeconds),
    'switchover.probe': ({ timeoutSeconds }) => switchover.probe(timeoutSeconds),
    'switchover.health': () => switchover.health(),
    'switchover.senders': ({ since }) => switchover.senders(since),
    'switchover.copyInbox': () => switchover.copyInbox(),
  };
}
