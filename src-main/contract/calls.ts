import { z } from 'zod';
import {
  accountRoleSchema,
  accountSummarySchema,
  detectedSettingsSchema,
  emailSchema,
  serverSettingsSchema,
  settingsSourceSchema,
} from './accounts';
import { kitOfferSchema, kitSchema } from './kit';
import { languageSchema } from './languages';
import { sendTestCalls } from './sendTest';
import { copyJobCalls } from './copyJobs';
import { switchCheckCalls } from './switchCheck';
import { doneCalls } from './done';

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
  /** Finds server settings from the address alone (kit, provider files, ISPDB, MX, SRV, guess). */
  'accounts.detect': {
    input: z.object({ role: accountRoleSchema, email: emailSchema }).strict(),
    output: detectedSettingsSchema,
  },
  /**
   * Tests the login live (IMAP, and SMTP for the new account) and only then keeps the password in
   * the keychain and the settings on disk. The password never travels back to the renderer.
   */
  'accounts.signIn': {
    input: z
      .object({
        role: accountRoleSchema,
        email: emailSchema,
        password: z.string().min(1).max(1024),
        imap: serverSettingsSchema,
        smtp: serverSettingsSchema.optional(),
        source: settingsSourceSchema,
      })
      .strict(),
    output: accountSummarySchema,
  },
  /**
   * Signs in with the provider's own page (OAuth2 for installed apps): the page opens in the
   * system browser (`accounts.authorize` tells the renderer its address too), the answer comes
   * back to a loopback listener, and the account is kept like a password sign-in once its IMAP
   * (and SMTP) login with the new token works. Waits until then, or fails with an oauth.* code.
   */
  'accounts.signInWithProvider': {
    input: z
      .object({
        role: accountRoleSchema,
        email: emailSchema,
        imap: serverSettingsSchema,
        smtp: serverSettingsSchema.optional(),
        source: settingsSourceSchema,
      })
      .strict(),
    output: accountSummarySchema,
  },
  /**
   * Opens the provider's page of a waiting sign-in again in the system browser (the app); false
   * where Switchover cannot open one itself (browser mode: the renderer opens a tab).
   */
  'accounts.openSignInPage': {
    input: z.object({ role: accountRoleSchema }).strict(),
    output: z.object({ opened: z.boolean() }),
  },
  /** Stops a sign-in that waits for the provider's page: it fails with oauth.cancelled. */
  'accounts.cancelSignIn': {
    input: z.object({ role: accountRoleSchema }).strict(),
    output: z.object({ cancelled: z.boolean() }),
  },
  'accounts.list': {
    input: z.object({}).strict(),
    output: z.object({
      old: accountSummarySchema.nullable(),
      new: accountSummarySchema.nullable(),
    }),
  },
  /** Forgets an account: its settings and its keychain entries. */
  'accounts.remove': {
    input: z.object({ role: accountRoleSchema }).strict(),
    output: z.object({ removed: z.boolean() }),
  },
  /** Opens a kit from a file's text or a switchover://kit/… link. */
  'kit.open': {
    input: z.object({ text: z.string().min(1).max(65_536) }).strict(),
    output: z.object({ kit: kitSchema }),
  },
  'kit.current': {
    input: z.object({}).strict(),
    output: z.object({ kit: kitSchema.nullable() }),
  },
  /** The kit from outside that waits for the person's yes or no, if any. */
  'kit.offer': {
    input: z.object({}).strict(),
    output: z.object({ offer: kitOfferSchema.nullable() }),
  },
  /** Yes: the offered kit becomes the open kit (kit.opened follows). */
  'kit.accept': {
    input: z.object({}).strict(),
    output: z.object({ kit: kitSchema.nullable() }),
  },
  /** No: the offered kit is forgotten, nothing of it used. */
  'kit.decline': {
    input: z.object({}).strict(),
    output: z.object({}),
  },
  ...sendTestCalls,
  ...copyJobCalls,
  ...switchCheckCalls,
  ...doneCalls,
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type CallName = keyof typeof calls;
export type CallInput<N extends CallName> = z.input<(typeof calls)[N]['input']>;
export type CallOutput<N extends CallName> = z.output<(typeof calls)[N]['output']>;

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.hasOwn(calls, name);
}
