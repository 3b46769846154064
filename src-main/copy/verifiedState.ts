import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { readJsonFileSync, writeJsonFileSync } from '../files';
import type { FolderStatus, FolderTree } from '../imap';
import type { CopyReport } from './copyTypes';
import type { FolderPlan } from './folderMapping';

/**
 * What the last verified copy saw: every copied folder's status on both sides (UIDVALIDITY,
 * UIDNEXT, MESSAGES, HIGHESTMODSEQ where offered) and its report. When a re-run lists exactly the
 * same statuses, nothing was added, removed or re-flagged on either side since that verification,
 * so it still holds and nothing needs indexing — mbsync's "nothing new" fast path, but proven from
 * both servers' own counters rather than from a local copy of the state.
 */
export interface VerifiedState {
  version: 1;
  pairs: CopiedPair[];
  sources: ({ path: string } & FolderStatus)[];
  targets: ({ path: string } & FolderStatus)[];
  report: CopyReport;
}

export function verifiedStatePath(dataDir: string, sourceId: string, targetId: string): string {
  const id = crypto
    .createHash('sha256')
    .update(`${sourceId}\n${targetId}`)
    .digest('hex')
    .slice(0, 16);
  return path.join(dataDir, 'copy-journals', `${id}.verified.json`);
}

/** A folder copied, and for All Mail's entries how (label mode and rank): a change re-copies. */
interface CopiedPair {
  source: string;
  target: string;
  how?: string;
}

function copiedPairs(plan: FolderPlan): CopiedPair[] {
  return plan.entries
    .filter((e) => e.action === 'copy' && !e.containerOnly)
    .map((e) =>
      e.fromAllMail
        ? {
            source: e.source,
            target: e.target,
            how: `${e.fromAllMail} ${plan.allMail?.labels ?? ''} ${e.rank ?? ''}`,
          }
        : { source: e.source, target: e.target },
    );
}

export function verifiedStateOf(
  plan: FolderPlan,
  sourceTree: FolderTree,
  targetTree: FolderTree,
  report: CopyReport,
): VerifiedState {
  const statuses = (tree: FolderTree) =>
    tree.folders.flatMap((f) => (f.status ? [{ path: f.path, ...f.status }] : []));
  return {
    version: 1,
    pairs: copiedPairs(plan),
    sources: statuses(sourceTree),
    targets: statuses(targetTree),
    report,
  };
}

export function writeVerifiedState(file: string, state: VerifiedState): void {
  writeJsonFileSync(file, state);
}

/** A light check (the copy command starts without zod): the shape this version writes. */
const verifiedShape = {
  safeParse(value: unknown): { success: true; data: VerifiedState } | { success: false } {
    const state = value as Partial<VerifiedState> | null;
    const ok =
      state !== null &&
      typeof state === 'object' &&
      state.version === 1 &&
      Array.isArray(state.pairs) &&
      Array.isArray(state.sources) &&
      Array.isArray(state.targets) &&
      typeof state.report === 'object' &&
      state.report !== null;
    return ok ? { success: true, data: state as VerifiedState } : { success: false };
  },
};

export function readVerifiedState(file: string): VerifiedState | undefined {
  return readJsonFileSync(file, verifiedShape);
}

/** Clears the state (a copy that changes the target makes it stale). */
export function forgetVerifiedState(file: string): void {
  fs.rmSync(file, { force: true });
}

function sameStatus(a: FolderStatus | undefined, b: FolderStatus | undefined): boolean {
  return (
    a !== undefined &&
    b !== undefined &&
    a.uidValidity === b.uidValidity &&
    a.uidNext === b.uidNext &&
    a.messages === b.messages &&
    a.highestModseq === b.highestModseq
  );
}

/**
 * The previous verified report when the same folder pairs are planned and every one of them has
 * the very same status on both sides as then; otherwise undefined (index and compare again).
 */
export function unchangedSince(
  previous: VerifiedState,
  plan: FolderPlan,
  sourceTree: FolderTree,
  targetTree: FolderTree,
): CopyReport | undefined {
  if (!previous.report.verified) return undefined;
  const pairs = copiedPairs(plan);
  const key = (p: CopiedPair) => `${p.source}\n${p.target}\n${p.how ?? ''}`;
  const before = new Set(previous.pairs.map(key));
  if (pairs.length !== before.size || !pairs.every((p) => before.has(key(p)))) return undefined;
  const find = (list: ({ path: string } & FolderStatus)[], p: string) =>
    list.find((s) => s.path === p);
  const now = (tree: FolderTree, p: string) => tree.folders.find((f) => f.path === p)?.status;
  for (const p of pairs) {
    if (!sameStatus(find(previous.sources, p.source), now(sourceTree, p.source))) return undefined;
    if (!sameStatus(find(previous.targets, p.target), now(targetTree, p.target))) return undefined;
  }
  return previous.report;
}
