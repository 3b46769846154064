import path from 'node:path';
import { z } from 'zod';
import { copyJobSchema, planEntrySchema, type CopyJobView } from '../contract';
import { readJsonFileSync, writeJsonFileSync } from '../files';
import type { FolderPlan } from '../copy';

/**
 * The copy job's state on disk (no secrets: folder names, counts and the plan), so a Switchover
 * that stopped in the middle of a copy can offer to continue where it stopped. Written whole (files/),
 * so a crash never leaves half a file.
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
  const state = readJsonFileSync(file, stateSchema);
  return state && { accounts: state.accounts, job: state.job, plan: state.plan };
}

export function writeJobState(file: string, state: JobState): void {
  writeJsonFileSync(file, { version: 1, ...state });
}
