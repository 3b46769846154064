// What the switch check remembers between runs (no secrets): when watching started, the
// stragglers already copied and listed, when the probes passed, the old MX record's TTL.

import fsp from 'node:fs/promises';
import path from 'node:path';
import type { ProbeRun, Straggler } from '../contract';

export interface SwitchoverMemory {
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

export async function readMemory(dataDir: string): Promise<SwitchoverMemory> {
  try {
    const parsed = JSON.parse(await fsp.readFile(memoryPath(dataDir), 'utf8')) as SwitchoverMemory;
    return { ...parsed, stragglers: parsed.stragglers ?? [], listedKeys: parsed.listedKeys ?? [] };
  } catch {
    return { stragglers: [], listedKeys: [] };
  }
}

export async function writeMemory(dataDir: string, memory: SwitchoverMemory): Promise<void> {
  await fsp.mkdir(dataDir, { recursive: true });
  const file = memoryPath(dataDir);
  const temp = `${file}.${process.pid}.tmp`;
  await fsp.writeFile(temp, `${JSON.stringify(memory, null, 2)}\n`, { mode: 0o600 });
  await fsp.rename(temp, file);
}
