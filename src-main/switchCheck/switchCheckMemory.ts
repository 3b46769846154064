// What the switch check remembers between runs (no secrets): when watching started, the
// stragglers already copied and listed, when the probes passed, the old MX record's TTL.

import path from 'node:path';
import { z } from 'zod';
import { probeRunSchema, stragglerSchema, type ProbeRun, type Straggler } from '../contract';
import { readJsonFile, writeJsonFile } from '../files';

export interface SwitchCheckMemory {
  /** Mail received at the old inbox from here on counts as a straggler. */
  since?: string;
  watchActive?: boolean;
  intervalSeconds?: number;
  stragglers: Straggler[];
  /** Copy-engine keys of listed stragglers: each is listed (and copied) once. */
  listedKeys: string[];
  lastStragglerAt?: string;
  probesPassedAt?: string;
  lastProbes?: ProbeRun;
  oldMxTtl?: number;
}

export function memoryPath(dataDir: string): string {
  return path.join(dataDir, 'switchover.json');
}

const memorySchema = z
  .object({
    since: z.string().optional(),
    watchActive: z.boolean().optional(),
    intervalSeconds: z.number().optional(),
    stragglers: z.array(stragglerSchema).default([]),
    listedKeys: z.array(z.string()).default([]),
    lastStragglerAt: z.string().optional(),
    probesPassedAt: z.string().optional(),
    lastProbes: probeRunSchema.optional(),
    oldMxTtl: z.number().optional(),
  })
  .strip();

/** Nothing remembered when the file is missing or not of this shape (checks start afresh). */
export async function readMemory(dataDir: string): Promise<SwitchCheckMemory> {
  return (
    (await readJsonFile(memoryPath(dataDir), memorySchema)) ?? { stragglers: [], listedKeys: [] }
  );
}

export async function writeMemory(dataDir: string, memory: SwitchCheckMemory): Promise<void> {
  await writeJsonFile(memoryPath(dataDir), memory);
}
