import type { z } from 'zod';
import { calls, isCallName, type CallName, type CallOutput } from './calls';
import { SwitchoverError } from './errors';
import type { ResultEnvelope } from './envelope';

export type Handlers = {
  [N in CallName]: (input: z.output<(typeof calls)[N]['input']>) => Promise<CallOutput<N>>;
};

export interface Dispatcher {
  /** Validates an untrusted call, runs its handler, validates the answer. Never throws. */
  dispatch(name: unknown, input: unknown): Promise<ResultEnvelope>;
}

function summariseIssues(issues: readonly z.core.$ZodIssue[]): { path: string; message: string }[] {
  // Only paths and messages: never echo the (possibly huge or secret) input back.
  return issues.slice(0, 10).map((issue) => ({
    path: issue.path.map(String).join('.').slice(0, 200),
    message: issue.message.slice(0, 200),
  }));
}

export function createDispatcher(handlers: Handlers): Dispatcher {
  return {
    async dispatch(name, input) {
      try {
        if (!isCallName(name)) {
          throw new SwitchoverError('ipc.unknown-call', 'This request is not known.');
        }
        const entry = calls[name];
        const parsed = entry.input.safeParse(input);
        if (!parsed.success) {
          throw new SwitchoverError(
            'ipc.invalid-input',
            `The request "${name}" was not in the expected form.`,
            { issues: summariseIssues(parsed.error.issues) },
          );
        }
        const handler = handlers[name] as (input: unknown) => Promise<unknown>;
        const value = await handler(parsed.data);
        const checked = entry.output.safeParse(value);
        if (!checked.success) {
          throw new SwitchoverError('ipc.invalid-output', `The answer to "${name}" was malformed.`);
        }
        return { ok: true, value: checked.data };
      } catch (error) {
        return { ok: false, error: SwitchoverError.from(error).toWire() };
      }
    },
  };
}
