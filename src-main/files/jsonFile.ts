import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { writeFileAtomic, writeFileAtomicSync } from './atomicFile';

/**
 * What a JSON file must look like to be used: structurally a zod schema's safeParse, so callers
 * on the copy command's start-up path can pass a small hand-written check instead of loading zod.
 */
export interface JsonShape<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

/**
 * A JSON state file of the app's: undefined when it is missing, unreadable or not of the
 * expected shape (an older version, a hand edit, a disk error) — state is then rebuilt, never
 * trusted half-way.
 */
export function readJsonFileSync<T>(file: string, shape: JsonShape<T>): T | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  return ofShape(text, shape);
}

export async function readJsonFile<T>(file: string, shape: JsonShape<T>): Promise<T | undefined> {
  const text = await fsp.readFile(file, 'utf8').catch(() => undefined);
  return text === undefined ? undefined : ofShape(text, shape);
}

function ofShape<T>(text: string, shape: JsonShape<T>): T | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = shape.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** State files hold no secrets but are the person's business: private, written whole. */
export function writeJsonFileSync(file: string, value: unknown): void {
  writeFileAtomicSync(file, JSON.stringify(value), { private: true });
}

export function writeJsonFile(file: string, value: unknown): Promise<void> {
  return writeFileAtomic(file, JSON.stringify(value), { private: true });
}
