import { z } from 'zod';
import { kitOfferSchema, kitSchema } from './kit';
import { languageSchema } from './languages';
import { accountRoleSchema } from './accounts';
import { sendTestEvents } from './sendTest';
import { copyJobEvents } from './copyJobs';
import { switchCheckEvents } from './switchCheck';
import { doneEvents } from './done';

/** Every main → renderer event: a name and its payload schema. */
export const events = {
  'app.languageChanged': z.object({ language: languageSchema }),
  /** A kit arrived from outside the window (file association, switchover:// link): ask first. */
  'kit.offered': z.object({ offer: kitOfferSchema }),
  /** The person accepted an offered kit: it is the open kit now. */
  'kit.opened': z.object({ kit: kitSchema }),
  /**
   * A sign-in with the provider's page began: its address, for a new tab in browser mode and a
   * "open it again" link in the app (which opened the system browser itself).
   */
  'accounts.authorize': z.object({
    role: accountRoleSchema,
    /** When the sign-in gives up waiting for the page (ISO). */
    deadline: z.string(),
    url: z
      .string()
      .url()
      .refine((u) => u.startsWith('https://') || /^http:\/\/(127\.|localhost|\[::1\])/.test(u)),
    /** The provider's id (oauth/oauthProviders.ts). */
    provider: z.string(),
  }),
  /** The provider's page is done: the new sign-in is being tried on the mail servers. */
  'accounts.signInChecking': z.object({ role: accountRoleSchema }),
  ...sendTestEvents,
  ...copyJobEvents,
  ...switchCheckEvents,
  ...doneEvents,
} as const satisfies Record<string, z.ZodType>;

export type EventName = keyof typeof events;
export type EventPayload<N extends EventName> = z.output<(typeof events)[N]>;

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}
