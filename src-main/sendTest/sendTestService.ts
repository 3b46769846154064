import {
  SwitchoverError,
  type AccountSummary,
  type CallInput,
  type Language,
  type SendTestState,
} from '../contract';
import { startSendTest, type SendTestJob } from './sendTestJob';
import type { Network } from '../net';
import type { Secret } from '../oauth';

export interface SendTestServiceDeps {
  /** The signed-in new account and its password (AccountService.credentials('new')). */
  credentials(): Promise<{ account: AccountSummary; password: Secret }>;
  network: Network;
  /** The app's language, for the probe's friendly text. */
  language(): Language;
  /** Where progress goes (the event hub: sendTest.progress and sendTest.finished). */
  emit(name: 'sendTest.progress' | 'sendTest.finished', state: SendTestState): void;
  /** Search interval per folder when IDLE brings no news. */
  pollMs?: number;
}

/** The send test as the main process keeps it: one job at a time, its last state kept. */
export interface SendTestService {
  start(input: CallInput<'sendTest.start'>): Promise<{ probeId: string }>;
  status(): SendTestState | null;
  confirmExtra(probeId: string, arrived: boolean): SendTestState;
  /** The running job's end (tests, shutdown). */
  settled(): Promise<void>;
}

export function createSendTestService(deps: SendTestServiceDeps): SendTestService {
  let job: SendTestJob | undefined;
  let running = false;
  return {
    async start(input) {
      // A second click while one runs is the same test.
      if (job && running) return { probeId: job.probeId };
      const { account, password } = await deps.credentials();
      if (!account.smtp) {
        throw new SwitchoverError(
          'settings.not-found',
          'The outgoing mail server of the new account is missing.',
        );
      }
      const current = startSendTest({
        address: account.email,
        smtp: account.smtp,
        imap: account.imap,
        password,
        network: deps.network,
        language: deps.language(),
        ...(input.to ? { extra: input.to } : {}),
        ...(input.timeoutSeconds ? { timeoutMs: input.timeoutSeconds * 1000 } : {}),
        ...(deps.pollMs ? { pollMs: deps.pollMs } : {}),
      });
      job = current;
      running = true;
      current.on((state, final) => {
        deps.emit('sendTest.progress', state);
        if (final) deps.emit('sendTest.finished', state);
      });
      void current.done.finally(() => {
        if (job === current) running = false;
      });
      return { probeId: current.probeId };
    },
    status: () => job?.state() ?? null,
    confirmExtra(probeId, arrived) {
      if (!job || job.probeId !== probeId) {
        throw new SwitchoverError('ipc.invalid-input', 'This send test is no longer known.');
      }
      return job.confirmExtra(arrived);
    },
    async settled() {
      await job?.done;
    },
  };
}
