import type { Handlers } from '../contract';
import type { SendTestService } from '../sendTest';

export function createSendTestHandlers(
  sendTests: SendTestService,
): Pick<Handlers, 'sendTest.start' | 'sendTest.status' | 'sendTest.confirmExtra'> {
  return {
    'sendTest.start': (input) => sendTests.start(input),
    'sendTest.status': async () => ({ current: sendTests.status() }),
    'sendTest.confirmExtra': async ({ probeId, arrived }) => ({
      current: sendTests.confirmExtra(probeId, arrived),
    }),
  };
}
