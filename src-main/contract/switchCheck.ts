import { z } from 'zod';
import { emailSchema } from './accounts';
import { wireErrorSchema } from './errors';

/**
 * Screen 6, "Is the switch complete?": where the domain's mail goes now (MX, from the resolver and
 * from the domain's own name servers), probes through both providers, late arrivals at the old
 * inbox copied across, when the switch counts as complete, and DNS health. Everything is codes and
 * data; the renderer turns each code into a sentence in the person's language.
 */

const isoTime = z.string();

/** Which side an MX host belongs to: the new provider's, or anything else (still the old one). */
export const mxHostSchema = z.object({
  exchange: z.string(),
  priority: z.number().int().min(0),
  ttl: z.number().int().min(0),
  provider: z.enum(['new', 'old']),
});
export type MxHost = z.infer<typeof mxHostSchema>;

export const mxStateSchema = z.enum(['switched', 'not-switched', 'mixed', 'unknown']);
export type MxState = z.infer<typeof mxStateSchema>;

export const mxViewSchema = z.object({
  domain: z.string(),
  state: mxStateSchema,
  /** What this computer's resolver says (may be a cached, older answer). */
  resolver: z.object({ hosts: z.array(mxHostSchema), error: z.string().optional() }),
  /** What each of the domain's own name servers says (no cache in between). */
  authoritative: z.array(
    z.object({
      nameServer: z.string(),
      address: z.string(),
      hosts: z.array(mxHostSchema),
      error: z.string().optional(),
    }),
  ),
  /** The resolver still answers with an older list than the name servers. */
  cached: z.boolean(),
  /** The MX hosts the new provider wants (from the kit), or [] when derived from its settings. */
  expectedMx: z.array(z.string()),
  /**
   * "Most senders will use the new provider within about N hours": the TTL of the old record
   * (the resolver's remaining one when it still holds it). Null when nothing is known.
   */
  estimate: z
    .object({
      seconds: z.number().int().min(0),
      hours: z.number().int().min(0),
      basis: z.enum(['resolver-cache', 'old-record-ttl', 'record-ttl']),
    })
    .nullable(),
  checkedAt: isoTime,
});
export type MxView = z.infer<typeof mxViewSchema>;

/** One probe message: sent through one provider's SMTP to the person's address. */
export const probeSchema = z.object({
  via: z.enum(['old', 'new']),
  status: z.enum(['pending', 'sending', 'waiting', 'arrived', 'not-arrived', 'skipped', 'failed']),
  /** skipped: why (the old account has no outgoing server known). */
  skippedBecause: z.enum(['old-smtp-unknown']).optional(),
  landedIn: z.enum(['new', 'old']).optional(),
  folder: z.enum(['inbox', 'junk']).optional(),
  arrivedAfterMs: z.number().int().min(0).optional(),
  error: wireErrorSchema.optional(),
});
export type Probe = z.infer<typeof probeSchema>;

/**
 * The 2×2 result: done (both in the new account); old-provider.delivers-internally (the one sent
 * through the old provider stayed there though DNS points to the new one); dns.not-switched (the
 * one sent through the new provider went to the old account); probe.not-arrived (nothing came
 * before the countdown ended); send-failed (a probe could not be sent at all).
 */
export const probeOutcomeSchema = z.enum([
  'done',
  'old-provider.delivers-internally',
  'dns.not-switched',
  'probe.not-arrived',
  'probe.send-failed',
]);
export type ProbeOutcome = z.infer<typeof probeOutcomeSchema>;

export const probeRunSchema = z.object({
  runId: z.string(),
  phase: z.enum(['sending', 'waiting', 'finished']),
  startedAt: isoTime,
  timeoutMs: z.number().int().min(1),
  /** For the countdown while waiting. */
  remainingMs: z.number().int().min(0),
  address: emailSchema,
  probes: z.object({ old: probeSchema, new: probeSchema }),
  outcome: probeOutcomeSchema.nullable(),
});
export type ProbeRun = z.infer<typeof probeRunSchema>;

/** A message that still arrived at the old inbox after the switch, and was copied across. */
export const stragglerSchema = z.object({
  from: z.string(),
  subject: z.string(),
  receivedAt: isoTime,
  copiedAt: isoTime,
});
export type Straggler = z.infer<typeof stragglerSchema>;

export const stragglerViewSchema = z.object({
  /** The old inbox is being watched (IDLE) right now. */
  watching: z.boolean(),
  /** Mail received at the old inbox from this moment on counts as a straggler. */
  since: isoTime.nullable(),
  lastCheckAt: isoTime.nullable(),
  copied: z.array(stragglerSchema),
  lastArrivalAt: isoTime.nullable(),
  error: wireErrorSchema.optional(),
});
export type StragglerView = z.infer<typeof stragglerViewSchema>;

export const completionSchema = z.object({
  complete: z.boolean(),
  /** What is still missing: MX not switched, probes not both in the new account, quiet period. */
  waitingFor: z.array(z.enum(['mx', 'probes', 'quiet-period'])),
  /** When the quiet period ends (48 h after the last straggler, or after the probes passed). */
  quietUntil: isoTime.nullable(),
  /** Advice for the old account: keep it until this date, then close it. */
  keepOldAccountUntil: isoTime.nullable(),
});
export type Completion = z.infer<typeof completionSchema>;

export const healthVerdictSchema = z.enum(['good', 'warning', 'bad', 'unknown']);

/** One DNS health check; `code` picks the plain sentence and the "tell your helper" sentence. */
export const healthCheckSchema = z.object({
  check: z.enum(['spf', 'dkim', 'dmarc', 'ptr']),
  verdict: healthVerdictSchema,
  code: z.string(),
  data: z.record(z.string(), z.unknown()),
});
export type HealthCheck = z.infer<typeof healthCheckSchema>;

/** New-address case: who still writes to the old address. */
export const senderSchema = z.object({
  address: z.string(),
  name: z.string().optional(),
  messages: z.number().int().min(1),
  lastAt: isoTime,
});
export type Sender = z.infer<typeof senderSchema>;

export const switchCheckStateSchema = z.object({
  /** same-address: the domain moves; new-address: old@gmail.com → new@family.example. */
  mode: z.enum(['same-address', 'new-address']),
  address: emailSchema,
  newAddress: emailSchema,
  mx: mxViewSchema.nullable(),
  probes: probeRunSchema.nullable(),
  stragglers: stragglerViewSchema,
  completion: completionSchema,
  /** Re-checks run every intervalSeconds while watching. */
  watch: z.object({ active: z.boolean(), intervalSeconds: z.number().int().min(1) }),
  /** Old provider's help links (forwarding) for the new-address case. */
  oldProviderLinks: z.array(z.object({ kind: z.string(), url: z.string() })),
});
export type SwitchCheckState = z.infer<typeof switchCheckStateSchema>;

export const switchCheckCalls = {
  'switchCheck.status': {
    input: z.object({}).strict(),
    output: z.object({ current: switchCheckStateSchema.nullable() }),
  },
  /** Looks at MX now (resolver and name servers) and re-checks the old inbox for stragglers. */
  'switchCheck.check': {
    input: z.object({}).strict(),
    output: switchCheckStateSchema,
  },
  /** Starts or stops watching: re-checks every few minutes and IDLE on the old inbox. */
  'switchCheck.watch': {
    input: z
      .object({
        active: z.boolean(),
        intervalSeconds: z.number().int().min(10).max(3600).optional(),
      })
      .strict(),
    output: switchCheckStateSchema,
  },
  /** Sends both probes and watches both accounts; progress arrives as switchCheck.probeProgress. */
  'switchCheck.probe': {
    input: z.object({ timeoutSeconds: z.number().int().min(5).max(3600).optional() }).strict(),
    output: z.object({ runId: z.string() }),
  },
  'switchCheck.health': {
    input: z.object({}).strict(),
    output: z.object({ domain: z.string(), checks: z.array(healthCheckSchema) }),
  },
  /** New-address case: senders seen in the old inbox since the switch date. */
  'switchCheck.senders': {
    input: z.object({ since: isoTime.optional() }).strict(),
    output: z.object({ since: isoTime, senders: z.array(senderSchema) }),
  },
  /** Copies the old inbox across through the copy engine (nothing is ever copied twice). */
  'switchCheck.copyInbox': {
    input: z.object({}).strict(),
    output: z.object({ copied: z.number().int().min(0), alreadyThere: z.number().int().min(0) }),
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export const switchCheckEvents = {
  /** Whenever anything on the screen changes (MX re-check, straggler copied, probe finished). */
  'switchCheck.changed': switchCheckStateSchema,
  /** About once a second while probes run (the countdown). */
  'switchCheck.probeProgress': probeRunSchema,
} as const satisfies Record<string, z.ZodType>;
