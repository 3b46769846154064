import { z } from 'zod';

/** Which of the two accounts of a switch. */
export const accountRoleSchema = z.enum(['old', 'new']);
export type AccountRole = z.infer<typeof accountRoleSchema>;

const hostSchema = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[A-Za-z0-9.-]+$|^\[?[0-9A-Fa-f:.]+\]?$/, 'a host name or address');

/** Connection security. "plain" is only ever offered for loopback hosts (tests, local bridges). */
export const securitySchema = z.enum(['tls', 'starttls', 'plain']);
export type Security = z.infer<typeof securitySchema>;

export const serverSettingsSchema = z
  .object({
    host: hostSchema,
    port: z.number().int().min(1).max(65535),
    security: securitySchema,
    username: z.string().min(1).max(320),
    /** How it signs in: a password (absent), or the provider's own page (OAuth2 tokens). */
    auth: z.enum(['password', 'oauth2']).optional(),
  })
  .strict();
export type ServerSettings = z.infer<typeof serverSettingsSchema>;

export const emailSchema = z
  .string()
  .max(320)
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'an email address');

/** Where found settings came from, best first; the UI says it in plain words. */
export const settingsSourceSchema = z.enum([
  'kit',
  'provider',
  'provider-http',
  'ispdb',
  'mx',
  'srv',
  'guess',
  'manual',
]);
export type SettingsSource = z.infer<typeof settingsSourceSchema>;

/** Known providers whose card explains what to do before the password is asked. */
export const providerCardIdSchema = z.enum([
  'gmail',
  'microsoft',
  'yahoo',
  'aol',
  'icloud',
  'gmx',
  'webde',
  'fastmail',
]);
export type ProviderCardId = z.infer<typeof providerCardIdSchema>;

export const providerCardSchema = z.object({
  id: providerCardIdSchema,
  /** The provider's own help pages (all on the external-link allow-list). */
  links: z.array(z.object({ kind: z.string(), url: z.string().url() })),
  /** Switchover cannot sign in with a password here (OAuth only). */
  passwordSignInPossible: z.boolean(),
});
export type ProviderCard = z.infer<typeof providerCardSchema>;

export const detectedSettingsSchema = z.object({
  email: emailSchema,
  source: settingsSourceSchema,
  /** False for settings fetched over plain http: the person confirms them first. */
  trusted: z.boolean(),
  displayName: z.string().optional(),
  imap: serverSettingsSchema,
  smtp: serverSettingsSchema.optional(),
  card: providerCardSchema.optional(),
  /**
   * The provider's own sign-in page can sign this account in (OAuth2); `available` is false when
   * this build has no client ID for it (the card says so).
   */
  oauth: z.object({ provider: z.string(), name: z.string(), available: z.boolean() }).optional(),
  /** Provider texts (ISPDB <enable>/<instruction>) shown as they are. */
  instructions: z.array(z.object({ text: z.string(), url: z.string().optional() })),
});
export type DetectedSettings = z.infer<typeof detectedSettingsSchema>;

export const accountSummarySchema = z.object({
  role: accountRoleSchema,
  email: emailSchema,
  imap: serverSettingsSchema,
  smtp: serverSettingsSchema.optional(),
  /** Where the password is kept: the OS keychain, or only until Switchover closes. */
  passwordStorage: z.enum(['keychain', 'safe-storage', 'session']),
  source: settingsSourceSchema,
  /** Things the sign-in changed on its own, e.g. port 587 blocked so 465 is used instead. */
  notices: z
    .array(z.object({ code: z.enum(['smtp.port-blocked']), message: z.string() }))
    .optional(),
  /** Signed in with the provider's own page: its refresh token is where `passwordStorage` says. */
  oauth: z.object({ provider: z.string(), name: z.string() }).optional(),
});
export type AccountSummary = z.infer<typeof accountSummarySchema>;
