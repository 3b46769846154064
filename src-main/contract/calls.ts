import { z } from 'zod';
import { languageSchema } from './languages';

/**
 * Every renderer → main call: a name, the input schema (strict, so unknown keys are refused) and
 * the output schema. Both transports bind exactly this table.
 */
export const calls = {
  'app.info': {
    input: z.object({}).strict(),
    output: z.object({
      name: z.string(),
      version: z.string(),
      platform: z.enum(['linux', 'darwin', 'win32', 'other']),
      language: languageSchema,
      runtime: z.enum(['electron', 'browser']),
    }),
  },
  'app.setLanguage': {
    input: z.object({ language: languageSchema }).strict(),
    output: z.object({ language: languageSchema }),
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type CallName = keyof typeof calls;
export type CallInput<N extends CallName> = z.input<(typeof calls)[N]['input']>;
export type CallOutput<N extends CallName> = z.output<(typeof calls)[N]['output']>;

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.hasOwn(calls, name);
}
