import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { copyJobSchema, planEntrySchema, type CopyJobView } from '../contract';
import type { FolderPlan } from '../copy';

/**
 * The copy job's state on disk (no secrets: folder names, counts and the plan), so a Switchover
 * that stopped in the middle of a copy can offer to continue where it stopped. Written whole, to
 * a temporary file renamed over the old one, so a crash never leaves half a file.
 */
const stateSchema = z.object({
  version: z.literal(1),
  /** Which account pair the job belongs to (emails and hosts, never passwords). */
  accounts: z.string(),
  job: copyJobSchema,
  plan: z.object({ entries: z.array(planEntrySchema), create: z.array(z.string()) }),
});

export interface JobState {
  accounts: string;
  job: CopyJobView;
  plan: FolderPlan;
}

export function jobStatePath(dataDir: string): string {
  return path.join(dataDir, 'copy-job.json');
}

export function readJobState(file: string): JobState | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  const parsed = stateSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  return { accounts: parsed.data.accounts, job: parsed.data.job, plan: parsed.data.plan };
}

export function writeJobState(file: string, state: JobState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify({ version: 1, ...state }), { mode: 0o600 });
  fs.renameSync(temporary, file);
}
