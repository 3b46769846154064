import { z } from 'zod';
import { emailSchema } from './accounts';
import { errorCodeSchema, wireErrorSchema } from './errors';

/**
 * Screen 4, "Copy your mail": both folder trees, the engine's plan (which old folder goes where),
 * and one copy job that lives in the main process. A reloaded renderer re-reads it with
 * copy.status; a job that was running when Switchover stopped comes back as "interrupted".
 */

const pathSchema = z.string().min(1).max(1000);

export const folderRoleSchema = z.enum(['inbox', 'sent', 'trash', 'junk', 'drafts', 'archive']);
export type FolderRole = z.infer<typeof folderRoleSchema>;

/** One folder of an account, as the trees show it. */
export const folderNodeSchema = z.object({
  path: z.string(),
  /** The last name of the path, as the person would read it (decoded). */
  name: z.string(),
  /** 0 for a top-level folder (INBOX, and the folders beside it). */
  depth: z.number().int().min(0),
  /** The folder directly above it, if it is listed. */
  parent: z.string().optional(),
  role: folderRoleSchema.optional(),
  messages: z.number().int().min(0).optional(),
  bytes: z.number().int().min(0).optional(),
  /** A container that holds no messages itself. */
  noselect: z.boolean(),
});
export type FolderNode = z.infer<typeof folderNodeSchema>;

export const accountTreeSchema = z.object({
  email: emailSchema,
  separator: z.string(),
  prefix: z.string(),
  folders: z.array(folderNodeSchema),
});
export type AccountTree = z.infer<typeof accountTreeSchema>;

/** The engine's FolderPlanEntry, as data. */
export const planEntrySchema = z.object({
  source: z.string(),
  target: z.string(),
  action: z.enum(['copy', 'skip']),
  skipReason: z
    .enum(['gmail-all-mail', 'gmail-important', 'gmail-starred', 'no-messages', 'dropped'])
    .optional(),
  role: folderRoleSchema.optional(),
  matchedBy: z.enum(['inbox', 'special-use', 'name', 'path', 'user']),
  targetExists: z.boolean(),
  escaped: z.boolean(),
  containerOnly: z.boolean(),
  sourceMessages: z.number().int().min(0).optional(),
  targetMessages: z.number().int().min(0).optional(),
  /**
   * Gmail (an All Mail folder): this label's messages are read from All Mail ('label'), or this
   * is All Mail itself, whose messages without a label go to Archive ('unlabelled').
   */
  fromAllMail: z.enum(['label', 'unlabelled']).optional(),
  /** A label's place in the precedence (0 first): a message goes to its first label's folder. */
  rank: z.number().int().min(0).optional(),
});
export type PlanEntry = z.infer<typeof planEntrySchema>;

/** Gmail's labels: kept as tags on one copy of each message, or a copy in every label's folder. */
export const labelModeSchema = z.enum(['keywords', 'folders']);
export type LabelMode = z.infer<typeof labelModeSchema>;

/** The old account has an All Mail: it is read once (see the engine's allMailPlan). */
export const allMailPlanSchema = z.object({
  source: z.string(),
  labels: labelModeSchema,
  /** The new account keeps tags (IMAP keywords); without, 'keywords' would lose the labels. */
  keywordsAllowed: z.boolean(),
});

export const copyPlanSchema = z.object({
  old: accountTreeSchema,
  new: accountTreeSchema,
  entries: z.array(planEntrySchema),
  /** Target folders the whole plan would create, parents first. */
  create: z.array(z.string()),
  /** The person changed something (the plan is no longer the engine's own). */
  changed: z.boolean(),
  allMail: allMailPlanSchema.optional(),
});
export type CopyPlan = z.infer<typeof copyPlanSchema>;

/**
 * Where a folder (or, with source "*", the whole old account) goes: `into` a folder of the new
 * account to put it inside, or null to keep its place (the engine's own mapping).
 */
export const dropSchema = z
  .object({
    source: z.union([pathSchema, z.literal('*')]),
    into: pathSchema.nullable(),
  })
  .strict();
export type Drop = z.infer<typeof dropSchema>;

/** What a drop would do, for the "Archive/2019 will be created" line while dragging. */
export const dropPreviewSchema = z.object({
  /** The folder the dragged one becomes (for "*": the folder the account's folders go in). */
  target: z.string(),
  exists: z.boolean(),
  /** How many old folders move with it (the folder and those inside it). */
  folders: z.number().int().min(0),
});
export type DropPreview = z.infer<typeof dropPreviewSchema>;

export const copyJobStatusSchema = z.enum([
  'running',
  'paused',
  'finished',
  'failed',
  /** It was running when Switchover stopped: it can continue where it stopped. */
  'interrupted',
  /** A provider's limit paused it: it goes on by itself at `resumeAt` (or at the next start). */
  'waiting',
]);
export type CopyJobStatus = z.infer<typeof copyJobStatusSchema>;

export const copyPhaseSchema = z.enum([
  'starting',
  'planning',
  'indexing',
  'copying',
  'paused',
  'verifying',
  'done',
]);
export type CopyPhase = z.infer<typeof copyPhaseSchema>;

export const copyProgressSchema = z.object({
  jobId: z.string(),
  phase: copyPhaseSchema,
  /** The old folder being copied now ('' before the first one). */
  folder: z.string(),
  messagesDone: z.number().int().min(0),
  messagesTotal: z.number().int().min(0),
  bytesDone: z.number().min(0),
  bytesTotal: z.number().min(0),
  /** Bytes per second lately. */
  rate: z.number().min(0),
  etaSeconds: z.number().min(0).nullable(),
  /** A provider asked for a wait (provider.throttled): nothing goes to it before this (ISO). */
  waitingUntil: z.string().optional(),
  /** More than a provider's daily limit to copy: the days it takes (Gmail: 2.5 GB a day). */
  schedule: z
    .object({
      provider: z.string(),
      direction: z.enum(['download', 'upload']),
      dailyBytes: z.number().int().min(0),
      days: z.number().int().min(1),
    })
    .optional(),
  waitReason: errorCodeSchema.optional(),
  /** Which account asked for the wait: the old one (reading) or the new one (writing). */
  waitSide: z.enum(['old', 'new']).optional(),
});
export type CopyProgressView = z.infer<typeof copyProgressSchema>;

const notCopiedSchema = z.object({
  uid: z.number().int(),
  size: z.number().min(0),
  reason: errorCodeSchema,
  serverText: z.string().optional(),
});

export const folderReportSchema = z.object({
  source: z.string(),
  target: z.string(),
  sourceMessages: z.number().int().min(0),
  alreadyThere: z.number().int(),
  copied: z.number().int().min(0),
  deletedLeftBehind: z.number().int().min(0),
  skipped: z.array(notCopiedSchema),
  failed: z.array(notCopiedSchema),
  verified: z.boolean(),
  missingAfterVerify: z.number().int().min(0),
});
export type FolderReportView = z.infer<typeof folderReportSchema>;

export const copyReportSchema = z.object({
  status: z.enum(['complete', 'incomplete', 'stopped', 'cancelled', 'paused']),
  /** Paused by a provider's limit: when it goes on (ISO). */
  resumeAfter: z.string().optional(),
  stopReason: wireErrorSchema.optional(),
  copied: z.number().int().min(0),
  skipped: z.number().int().min(0),
  failed: z.number().int().min(0),
  alreadyThere: z.number().int(),
  deletedLeftBehind: z.number().int().min(0),
  bytes: z.number().min(0),
  seconds: z.number().min(0),
  verified: z.boolean(),
  folders: z.array(folderReportSchema),
  /** A copy that read All Mail once: the counts "All 12,345 messages are…" is about. */
  allMail: z
    .object({
      folder: z.string(),
      labels: labelModeSchema,
      /** All Mail plus Spam and Trash. */
      messages: z.number().int().min(0),
      allMailMessages: z.number().int().min(0),
      multiLabel: z.number().int().min(0),
      labelsAsKeywords: z.number().int().min(0),
      keywordsRefused: z.boolean(),
      notChosen: z.number().int().min(0),
    })
    .optional(),
});
export type CopyReportView = z.infer<typeof copyReportSchema>;

export const copyJobSchema = z.object({
  jobId: z.string(),
  status: copyJobStatusSchema,
  /** ISO times. */
  startedAt: z.string(),
  finishedAt: z.string().optional(),
  from: emailSchema,
  to: emailSchema,
  /** The old folders this job copies ('all': the whole plan). */
  folders: z.union([z.literal('all'), z.array(z.string())]),
  progress: copyProgressSchema,
  report: copyReportSchema.optional(),
  /** Why a failed job failed. */
  error: wireErrorSchema.optional(),
  /** A waiting job goes on by itself at this time (ISO). */
  resumeAt: z.string().optional(),
});
export type CopyJobView = z.infer<typeof copyJobSchema>;

export const copyJobCalls = {
  /** Both trees and the plan for the two signed-in accounts; `refresh` lists the servers again. */
  'copy.plan': {
    input: z.object({ refresh: z.boolean().optional() }).strict(),
    output: copyPlanSchema,
  },
  /**
   * The person's change: don't copy a folder, or put it (and what is inside it) somewhere else;
   * for Gmail, move a label in the precedence, or choose how labels are kept.
   */
  'copy.changePlan': {
    input: z.union([
      z.object({ source: pathSchema, drop: z.literal(true) }).strict(),
      z.object({ source: pathSchema, keep: z.literal(true) }).strict(),
      z.object({ source: pathSchema, rank: z.number().int().min(0).max(10_000) }).strict(),
      z.object({ labels: labelModeSchema }).strict(),
      dropSchema,
    ]),
    output: copyPlanSchema,
  },
  /** What a drop would create, without changing anything. */
  'copy.previewDrop': {
    input: dropSchema,
    output: dropPreviewSchema,
  },
  /**
   * Starts a copy of the plan, of some old folders, or of what a drop says; `resume` continues an
   * interrupted job with its own plan. Fails with copy.busy while another job runs.
   */
  'copy.start': {
    input: z
      .object({
        folders: z.union([z.literal('all'), z.array(pathSchema).min(1).max(10_000)]).optional(),
        drop: dropSchema.optional(),
        resume: z.literal(true).optional(),
      })
      .strict(),
    output: copyJobSchema,
  },
  'copy.pause': { input: z.object({}).strict(), output: copyJobSchema },
  'copy.resume': { input: z.object({}).strict(), output: copyJobSchema },
  'copy.cancel': { input: z.object({}).strict(), output: copyJobSchema },
  /** The running or last job (finished, failed or interrupted), for a renderer that reloaded. */
  'copy.status': {
    input: z.object({}).strict(),
    output: z.object({ job: copyJobSchema.nullable() }),
  },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export const copyJobEvents = {
  /** A few times a second while a job runs, and on every phase change. */
  'copy.progress': copyProgressSchema,
  /** Once, when a job ends (finished, failed or cancelled); carries the report. */
  'copy.finished': copyJobSchema,
} as const satisfies Record<string, z.ZodType>;
