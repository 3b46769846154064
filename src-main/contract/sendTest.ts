import { z } from 'zod';
import { emailSchema } from './accounts';
import { wireErrorSchema } from './errors';

/**
 * Screen 5, "Send a test": one tagged message out through the new account's SMTP, watched until
 * it lands in the new inbox. The job lives in the main process, so a reloaded renderer re-reads it
 * with sendTest.status.
 */
export const sendTestPhaseSchema = z.enum(['sending', 'waiting', 'arrived', 'failed']);
export type SendTestPhase = z.infer<typeof sendTestPhaseSchema>;

/** Things the test changed on its own, e.g. port 587 blocked so 465 was used instead. */
export const sendTestNoticeSchema = z.object({
  code: z.enum(['smtp.port-blocked']),
  message: z.string(),
});
export type SendTestNotice = z.infer<typeof sendTestNoticeSchema>;

/**
 * The optional second address the person typed. Switchover cannot look into that mailbox, so
 * whether it arrived is the person's answer (sendTest.confirmExtra), kept as data.
 */
export const sendTestExtraSchema = z.object({
  address: emailSchema,
  /** Did the server take the message for this address? */
  status: z.enum(['pending', 'sent', 'refused']),
  /** Why the server refused it (smtp.relay-denied, smtp.rejected, …). */
  error: wireErrorSchema.optional(),
  confirmed: z.enum(['unknown', 'arrived', 'not-arrived']),
});
export type SendTestExtra = z.infer<typeof sendTestExtraSchema>;

/** The SMTP conversation for "Details", credentials already removed. */
const transcriptSchema = z.array(z.string()).max(500);

export const sendTestOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    /** From the click to the moment the message was seen in the folder. */
    arrivedAfterMs: z.number().int().min(0),
    /** From the click to the server's "queued" answer. */
    sentAfterMs: z.number().int().min(0),
    folder: z.enum(['inbox', 'junk']),
    usedPort: z.number().int().min(1).max(65535),
    notices: z.array(sendTestNoticeSchema),
    messageId: z.string(),
    transcript: transcriptSchema,
  }),
  z.object({
    ok: z.literal(false),
    error: wireErrorSchema,
    usedPort: z.number().int().min(1).max(65535).optional(),
    notices: z.array(sendTestNoticeSchema),
    transcript: transcriptSchema,
  }),
]);
export type SendTestOutcome = z.infer<typeof sendTestOutcomeSchema>;

export const sendTestStateSchema = z.object({
  probeId: z.string().min(1).max(100),
  phase: sendTestPhaseSchema,
  /** ISO time of the click. */
  startedAt: z.string(),
  elapsedMs: z.number().int().min(0),
  timeoutMs: z.number().int().min(1),
  /** The new address: the message goes from it, to it. */
  address: emailSchema,
  extra: sendTestExtraSchema.optional(),
  /** Set once the job has ended (phase arrived or failed). */
  outcome: sendTestOutcomeSchema.optional(),
});
export type SendTestState = z.infer<typeof sendTestStateSchema>;

export const sendTestCalls = {
  /** Sends the probe through the signed-in new account and starts watching; a second click while
   * one runs answers with the running probe. */
  'sendTest.start': {
    input: z
      .object({
        to: emailSchema.optional(),
        timeoutSeconds: z.number().int().min(5).max(600).optional(),
      })
      .strict(),
    output: z.object({ probeId: z.string() }),
  },
  /** The last (or running) send test, for a renderer that reloaded. */
  'sendTest.status': {
    input: z.object({}).strict(),
    output: z.object({ current: sendTestStateSchema.nullable() }),
  },
  /** The person says whether the message reached the extra address. */
  'sendTest.confirmExtra': {
    input: z.object({ probeId: z.string().min(1).max(100), arrived: z.boolean() }).strict(),
    output: z.object({ current: sendTestStateSchema }),
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export const sendTestEvents = {
  /** About once a second while the job runs, and on every phase change (for the progress ring). */
  'sendTest.progress': sendTestStateSchema,
  /** Once, when the job ends; the state carries the outcome. */
  'sendTest.finished': sendTestStateSchema,
} as const satisfies Record<string, z.ZodType>;
