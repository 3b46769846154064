import { z } from 'zod';
import { emailSchema, serverSettingsSchema } from './accounts';
import { languageSchema } from './languages';

/**
 * The switchover kit a helper prepares for a relative: versioned, and never with a password.
 * Opened from a .switchover file, "Open kit…", or a switchover://kit/<base64url> link.
 */
export const kitVersion = 1;

export const kitSchema = z
  .object({
    kind: z.literal('switchover-kit'),
    version: z.literal(kitVersion),
    helper: z
      .object({ name: z.string().min(1).max(100), contact: z.string().max(200).optional() })
      .strict(),
    language: languageSchema.optional(),
    newAccount: z
      .object({
        /** The relative's new address, or a pattern such as "{localpart}@family.example". */
        email: emailSchema.optional(),
        emailPattern: z.string().max(320).optional(),
        imap: serverSettingsSchema
          .omit({ username: true })
          .extend({ username: z.string().optional() }),
        smtp: serverSettingsSchema
          .omit({ username: true })
          .extend({ username: z.string().optional() }),
      })
      // Strict all the way down: a kit that carries a password (or anything unknown) is refused.
      .strict(),
    /** The MX hosts the domain should have once the switch is done. */
    expectedMx: z.array(z.string().max(253)).max(20).optional(),
    dkimSelectors: z.array(z.string().max(63)).max(10).optional(),
  })
  .strict();
export type Kit = z.infer<typeof kitSchema>;

/**
 * A kit that arrived from outside the window (a switchover:// link any web page can fire, a file
 * or launch argument any program can pass): nothing is used until the person says yes to it.
 */
export const kitOfferSchema = z.object({
  kit: kitSchema,
  /** The helper of the kit it would replace, if another one is open. */
  replaces: z.string().nullable(),
  /** The domain of the kit's address, when it names one. */
  domain: z.string().nullable(),
  /** The kit's servers that do not lie inside that domain (warned about, not refused). */
  unrelatedHosts: z.array(z.string()),
});
export type KitOffer = z.infer<typeof kitOfferSchema>;
