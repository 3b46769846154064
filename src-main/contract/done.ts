import { z } from 'zod';
import { emailSchema, securitySchema } from './accounts';
import { wireErrorSchema } from './errors';

/**
 * Screen 7, "Done": set up the phone, keep a local backup of the old mailbox, save a report for
 * the helper. Files are written by the main process into one visible folder (Documents/Switchover
 * unless SWITCHOVER_SAVE_DIR says otherwise); the renderer never sends a path, it names what it
 * wants shown ("files.reveal" with a kind).
 */

export const savedFileKindSchema = z.enum(['backup', 'profile', 'report']);
export type SavedFileKind = z.infer<typeof savedFileKindSchema>;

export const savedFileSchema = z.object({
  kind: savedFileKindSchema,
  /** Absolute path, shown to the person ("Documents › Switchover › …"). */
  path: z.string(),
  /** The file's (or, for a backup, the folder's) own name. */
  name: z.string(),
  bytes: z.number().int().min(0),
});
export type SavedFile = z.infer<typeof savedFileSchema>;

/** Backup of the old account: one mbox file per folder (mboxrd), read-only on the server. */
export const backupPhaseSchema = z.enum(['idle', 'running', 'finished', 'failed', 'cancelled']);
export type BackupPhase = z.infer<typeof backupPhaseSchema>;

export const backupFolderSchema = z.object({
  /** The old account's folder path, as the server names it. */
  path: z.string(),
  /** The mbox file's name inside the backup folder. */
  file: z.string(),
  messages: z.number().int().min(0),
  bytes: z.number().int().min(0),
});
export type BackupFolder = z.infer<typeof backupFolderSchema>;

export const backupStateSchema = z.object({
  phase: backupPhaseSchema,
  startedAt: z.string().optional(),
  /** The folder being saved now. */
  folder: z.string().optional(),
  messagesDone: z.number().int().min(0),
  messagesTotal: z.number().int().min(0),
  bytesDone: z.number().int().min(0),
  bytesTotal: z.number().int().min(0),
  /** Seconds left, once there is a rate to tell from; null before. */
  etaSeconds: z.number().int().min(0).nullable(),
  /** Folders written so far (all of them once finished). */
  folders: z.array(backupFolderSchema),
  /** The backup folder, once finished. */
  saved: savedFileSchema.optional(),
  error: wireErrorSchema.optional(),
});
export type BackupState = z.infer<typeof backupStateSchema>;

/** What a phone's mail app asks for, per direction. The password is never part of it. */
export const phoneServerSchema = z.object({
  host: z.string(),
  port: z.number().int().min(1).max(65535),
  security: securitySchema,
  username: z.string(),
});
export type PhoneServer = z.infer<typeof phoneServerSchema>;

export const phoneSetupSchema = z.object({
  address: emailSchema,
  displayName: z.string().optional(),
  incoming: phoneServerSchema,
  outgoing: phoneServerSchema,
  /**
   * A QR code of the settings as text, as rows of '0'/'1' (dark = '1'): the renderer draws it,
   * so no markup crosses the boundary.
   */
  qr: z.object({ size: z.number().int().min(21).max(177), rows: z.array(z.string()) }),
});
export type PhoneSetup = z.infer<typeof phoneSetupSchema>;

const none = z.object({}).strict();

export const doneCalls = {
  /** The new account's settings for a phone, with a QR code of them. */
  'phone.setup': { input: none, output: phoneSetupSchema },
  /** Writes an Apple configuration profile (.mobileconfig, no password inside) for iPhone/iPad/Mac. */
  'phone.saveProfile': { input: none, output: savedFileSchema },
  /** Starts backing up the old account; while one runs, answers with it. */
  'backup.start': { input: none, output: backupStateSchema },
  'backup.status': { input: none, output: backupStateSchema },
  'backup.cancel': { input: none, output: backupStateSchema },
  /** Writes the redacted report for the helper (no passwords, no message contents). */
  'report.save': { input: none, output: savedFileSchema },
  /** Shows the last saved file of a kind in the system's file manager (desktop app only). */
  'files.reveal': {
    input: z.object({ kind: savedFileKindSchema }).strict(),
    output: z.object({ shown: z.boolean() }),
  },
} as const;

export const doneEvents = {
  'backup.progress': backupStateSchema,
} as const;
