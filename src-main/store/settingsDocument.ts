import { z } from 'zod';
import { accountSummarySchema, kitSchema, languageSchema } from '../contract';

/**
 * The settings document (no secrets, ever). Versioned by us rather than electron-store's
 * `migrations`, which its author documents as unsupported.
 */
export const settingsVersion = 1;

export const settingsSchema = z.object({
  schemaVersion: z.literal(settingsVersion),
  language: languageSchema.optional(),
  /** The two signed-in accounts: server settings only; passwords live in the vault. */
  accounts: z
    .object({ old: accountSummarySchema.optional(), new: accountSummarySchema.optional() })
    .optional(),
  /** The switchover kit last opened (a kit never carries a password). */
  kit: kitSchema.optional(),
});

export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = { schemaVersion: settingsVersion };

/** A stored document that is unreadable or from an unknown version starts over rather than crash. */
export function readSettingsDocument(raw: unknown): Settings {
  const parsed = settingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : defaultSettings;
}
