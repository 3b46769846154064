import type { FolderInfo, FolderTree } from '../imap';
import { assignRoles, gmailRoots } from './folderRoles';
import type { FolderRole } from './folderRoles';
import { readAllMailOnce } from './allMailPlan';
import type { AllMailPlan, LabelMode } from './allMailPlan';

/**
 * Folder mapping: which old folder goes into which new folder. Pure data in, data out, so the UI
 * can show it and the person can change it (drop a folder, pick another target).
 */

export type SkipReason =
  'gmail-all-mail' | 'gmail-important' | 'gmail-starred' | 'no-messages' | 'dropped';

export interface FolderPlanEntry {
  source: string;
  /** Target path as a client shows it (decoded), with the target's separator and prefix. */
  target: string;
  action: 'copy' | 'skip';
  skipReason?: SkipReason;
  role?: FolderRole;
  /** How the target was chosen. */
  matchedBy: 'inbox' | 'special-use' | 'name' | 'path' | 'user';
  targetExists: boolean;
  /** A name segment contained the target's separator and was escaped. */
  escaped: boolean;
  /** The source is a \Noselect container: created on the target, nothing to copy. */
  containerOnly: boolean;
  sourceMessages?: number;
  targetMessages?: number;
  /**
   * Read from the old account's All Mail (see allMailPlan): the messages with this folder's
   * label ('label'), or those with none ('unlabelled', All Mail's own entry).
   */
  fromAllMail?: 'label' | 'unlabelled';
  /** A label's place in the precedence (0 first): a message goes to its first label's folder. */
  rank?: number;
}

export interface FolderPlan {
  entries: FolderPlanEntry[];
  /** Target folders to create, parents before children. */
  create: string[];
  /** The old account has an All Mail (\All): every message is read from it once. */
  allMail?: AllMailPlan;
}

/** Separator look-alikes: a name keeps its meaning, and is never split into a hierarchy. */
const escapes: Record<string, string> = { '/': '\u2215', '.': '\u2024', '\\': '\u29f5' };

export function escapeSegment(segment: string, separator: string): string {
  if (!segment.includes(separator)) return segment;
  return segment.split(separator).join(escapes[separator] ?? '_');
}

function gmailSkip(folder: FolderInfo): SkipReason | undefined {
  if (folder.specialUse === '\\All') return 'gmail-all-mail';
  if (folder.specialUse === '\\Important') return 'gmail-important';
  if (folder.specialUse === '\\Flagged') return 'gmail-starred';
  const [root, name] = folder.segments.map((s) => s.toLowerCase());
  if (folder.segments.length === 2 && root && gmailRoots.has(root)) {
    if (name === 'all mail') return 'gmail-all-mail';
    if (name === 'important') return 'gmail-important';
    if (name === 'starred') return 'gmail-starred';
  }
  return undefined;
}

function joinTarget(segments: string[], target: FolderTree): string {
  const separator = target.namespace.delimiter || '/';
  if (segments.length === 1 && (segments[0] ?? '').toUpperCase() === 'INBOX') return 'INBOX';
  return target.namespace.prefix + segments.join(separator);
}

export interface PlanOptions {
  /** Only these source folders (by path); everything else is dropped. */
  only?: readonly string[];
  /**
   * Copy Gmail's All Mail / Important / Starred as plain folders, as any other (a message with
   * several labels then lands several times): off, All Mail is read once (allMailPlan).
   */
  includeGmailVirtual?: boolean;
  /** Where an All Mail message's labels go: keywords on one copy (default), or folders. */
  labels?: LabelMode;
  /** The new Archive folder's name when the new account has none (the person's language). */
  archiveName?: string;
}

/** Maps every source folder to a target path; see FolderPlanEntry for what is recorded. */
export function planFolders(
  source: FolderTree,
  target: FolderTree,
  options: PlanOptions = {},
): FolderPlan {
  const separator = target.namespace.delimiter || '/';
  const sourceRoles = assignRoles(source);
  const targetRoles = assignRoles(target);
  const targetByRole = new Map<FolderRole, FolderInfo>();
  for (const folder of target.folders) {
    const role = targetRoles.get(folder.path);
    if (role) targetByRole.set(role, folder);
  }
  const targetByLower = new Map(target.folders.map((f) => [f.path.toLowerCase(), f]));
  const sourceByPath = new Map(source.folders.map((f) => [f.path, f]));
  const mapped = new Map<string, { segments: string[]; escaped: boolean }>();

  // A folder's target segments: its role's folder, else its parent's mapping plus its own name.
  const mapSegments = (
    folder: FolderInfo,
  ): { segments: string[]; escaped: boolean; matchedBy: FolderPlanEntry['matchedBy'] } => {
    const role = sourceRoles.get(folder.path);
    if (role === 'inbox') return { segments: ['INBOX'], escaped: false, matchedBy: 'inbox' };
    if (role) {
      const existing = targetByRole.get(role);
      if (existing)
        return {
          segments: existing.segments,
          escaped: false,
          matchedBy: folder.specialUse ? 'special-use' : 'name',
        };
      // The target has no such folder: use the source's last name at the top level.
      const name = folder.segments[folder.segments.length - 1] ?? folder.path;
      const escapedName = escapeSegment(name, separator);
      return { segments: [escapedName], escaped: escapedName !== name, matchedBy: 'name' };
    }
    const segments: string[] = [];
    let escaped = false;
    const own = [...folder.segments];
    // Children of Gmail's [Gmail] container live at the top level on the new side.
    if (own.length > 1 && gmailRoots.has((own[0] ?? '').toLowerCase())) own.shift();
    if (own.length > 1) {
      const parentPath = folder.path.slice(
        0,
        folder.path.length - (own[own.length - 1] ?? '').length - folder.delimiter.length,
      );
      const parent = sourceByPath.get(parentPath);
      const parentMapping = parent
        ? (mapped.get(parent.path) ?? mapSegmentsCached(parent))
        : undefined;
      if (parentMapping) {
        segments.push(...parentMapping.segments);
      } else {
        for (const s of own.slice(0, -1)) {
          const e = escapeSegment(s, separator);
          escaped ||= e !== s;
          segments.push(e);
        }
      }
    }
    const last = own[own.length - 1] ?? folder.path;
    const escapedLast = escapeSegment(last, separator);
    escaped ||= escapedLast !== last;
    segments.push(escapedLast);
    return { segments, escaped, matchedBy: 'path' };
  };
  const mapSegmentsCached = (folder: FolderInfo) => {
    const known = mapped.get(folder.path);
    if (known) return known;
    const result = mapSegments(folder);
    mapped.set(folder.path, result);
    return result;
  };

  const entries: FolderPlanEntry[] = [];
  const only = options.only ? new Set(options.only) : undefined;
  // Parents first, so a container is planned before its children; siblings by name, ignoring
  // case. Not localeCompare: the first call builds an ICU collator, 6 ms of a 90 ms re-run.
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const ordered = [...source.folders].sort(
    (a, b) =>
      a.segments.length - b.segments.length ||
      byName(a.path.toLowerCase(), b.path.toLowerCase()) ||
      byName(a.path, b.path),
  );
  for (const folder of ordered) {
    const { segments, escaped, matchedBy } = mapSegmentsCached(folder) as ReturnType<
      typeof mapSegments
    >;
    const targetPath = joinTarget(segments, target);
    const existing = targetByLower.get(targetPath.toLowerCase());
    const entry: FolderPlanEntry = {
      source: folder.path,
      target: existing?.path ?? targetPath,
      action: 'copy',
      matchedBy: matchedBy ?? 'path',
      targetExists: existing !== undefined && !existing.noselect,
      escaped,
      containerOnly: folder.noselect,
    };
    const role = sourceRoles.get(folder.path);
    if (role) entry.role = role;
    if (folder.messages !== undefined) entry.sourceMessages = folder.messages;
    if (existing?.messages !== undefined) entry.targetMessages = existing.messages;
    const skip = options.includeGmailVirtual ? undefined : gmailSkip(folder);
    if (skip) {
      entry.action = 'skip';
      entry.skipReason = skip;
    } else if (only && !only.has(folder.path)) {
      entry.action = 'skip';
      entry.skipReason = 'dropped';
    } else if (folder.noselect && gmailRoots.has(folder.path.toLowerCase())) {
      entry.action = 'skip';
      entry.skipReason = 'no-messages';
    }
    entries.push(entry);
  }
  const allMail = options.includeGmailVirtual
    ? undefined
    : readAllMailOnce(entries, source, target, options);
  const plan: FolderPlan = { entries, create: foldersToCreate(entries, target, targetByLower) };
  if (allMail) plan.allMail = allMail;
  return plan;
}

/** Every target (and its parents) that does not exist yet, parents first. */
function foldersToCreate(
  entries: readonly FolderPlanEntry[],
  target: FolderTree,
  targetByLower: ReadonlyMap<string, FolderInfo>,
): string[] {
  const separator = target.namespace.delimiter || '/';
  const create: string[] = [];
  const creating = new Set<string>();
  for (const entry of entries) {
    if (entry.action !== 'copy' || entry.targetExists || entry.target === 'INBOX') continue;
    const relative = entry.target.startsWith(target.namespace.prefix)
      ? entry.target.slice(target.namespace.prefix.length)
      : entry.target;
    const parts = relative.split(separator);
    for (let i = 1; i <= parts.length; i++) {
      const path = target.namespace.prefix + parts.slice(0, i).join(separator);
      const known = targetByLower.get(path.toLowerCase());
      if ((known && !known.noselect) || creating.has(path.toLowerCase())) continue;
      creating.add(path.toLowerCase());
      create.push(path);
    }
  }
  return create;
}

/** The person's changes: drop a folder, send it somewhere else, or move a label up or down. */
export function changePlan(
  plan: FolderPlan,
  change: { source: string; drop?: boolean; target?: string; rank?: number },
  separator: string,
): FolderPlan {
  let entries = plan.entries.map((entry) => {
    if (entry.source !== change.source) return entry;
    if (change.drop) return { ...entry, action: 'skip' as const, skipReason: 'dropped' as const };
    if (change.target)
      return {
        ...entry,
        action: 'copy' as const,
        target: change.target,
        matchedBy: 'user' as const,
        skipReason: undefined,
      };
    return entry;
  });
  if (change.rank !== undefined) entries = reranked(entries, change.source, change.rank);
  const create = [...plan.create];
  if (change.target && !create.includes(change.target)) {
    const parts = change.target.split(separator);
    for (let i = 1; i <= parts.length; i++) {
      const path = parts.slice(0, i).join(separator);
      if (!create.includes(path)) create.push(path);
    }
  }
  return plan.allMail ? { entries, create, allMail: plan.allMail } : { entries, create };
}

/** The labels' precedence with `source` moved to `rank` (clamped), the others closing up. */
function reranked(entries: FolderPlanEntry[], source: string, rank: number): FolderPlanEntry[] {
  const labels = entries
    .filter((e) => e.rank !== undefined)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  const moved = labels.find((e) => e.source === source);
  if (!moved) return entries;
  const order = labels.filter((e) => e !== moved);
  order.splice(Math.max(0, Math.min(Math.trunc(rank), order.length)), 0, moved);
  const rankOf = new Map(order.map((e, i) => [e.source, i]));
  return entries.map((e) => (rankOf.has(e.source) ? { ...e, rank: rankOf.get(e.source) } : e));
}
