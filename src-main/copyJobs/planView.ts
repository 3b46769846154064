import { assignRoles, changePlan, escapeSegment } from '../copy';
import type { FolderPlan, FolderPlanEntry } from '../copy';
import type { FolderInfo, FolderTree } from '../imap';
import type { AccountTree, CopyPlan, Drop, DropPreview, FolderNode, LabelMode } from '../contract';

/** A listed account: its tree, and the bytes of each folder (where known). */
export interface ListedAccount {
  email: string;
  tree: FolderTree;
  sizes: ReadonlyMap<string, number>;
  /** The new account keeps keywords (its INBOX's PERMANENTFLAGS has \*); unknown: undefined. */
  keywords?: boolean;
}

const roleOrder = ['inbox', 'drafts', 'sent', 'archive', 'junk', 'trash'];

function parentPath(folder: FolderInfo, prefix: string): string | undefined {
  if (folder.segments.length < 2) return undefined;
  return prefix + folder.segments.slice(0, -1).join(folder.delimiter);
}

/** The tree as the screen shows it: parents before children, Inbox and special folders first. */
export function accountTreeView(account: ListedAccount): AccountTree {
  const { tree } = account;
  const roles = assignRoles(tree);
  const byPath = new Map(tree.folders.map((f) => [f.path, f]));
  const children = new Map<string | undefined, FolderInfo[]>();
  for (const folder of tree.folders) {
    const parent = parentPath(folder, tree.namespace.prefix);
    const key = parent !== undefined && byPath.has(parent) ? parent : undefined;
    const list = children.get(key) ?? [];
    list.push(folder);
    children.set(key, list);
  }
  const rank = (f: FolderInfo) => {
    const role = roles.get(f.path);
    return role ? roleOrder.indexOf(role) : roleOrder.length;
  };
  const nodes: FolderNode[] = [];
  const visit = (parent: string | undefined, depth: number) => {
    const list = [...(children.get(parent) ?? [])].sort(
      (a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path),
    );
    for (const folder of list) {
      const node: FolderNode = {
        path: folder.path,
        name: folder.segments[folder.segments.length - 1] ?? folder.path,
        depth,
        noselect: folder.noselect,
      };
      if (parent !== undefined) node.parent = parent;
      const role = roles.get(folder.path);
      if (role) node.role = role;
      if (folder.messages !== undefined) node.messages = folder.messages;
      const bytes = account.sizes.get(folder.path);
      if (bytes !== undefined) node.bytes = bytes;
      nodes.push(node);
      visit(folder.path, depth + 1);
    }
  };
  visit(undefined, 0);
  return {
    email: account.email,
    separator: tree.namespace.delimiter || '/',
    prefix: tree.namespace.prefix,
    folders: nodes,
  };
}

function isInside(folder: FolderInfo, ancestor: FolderInfo): boolean {
  return (
    folder.segments.length >= ancestor.segments.length &&
    ancestor.segments.every((segment, i) => folder.segments[i] === segment)
  );
}

/** The old folders a drop moves: the folder and those inside it, or (for "*") every folder. */
export function movedFolders(source: FolderTree, drop: Pick<Drop, 'source'>): FolderInfo[] {
  if (drop.source === '*') return source.folders;
  const dragged = source.folders.find((f) => f.path === drop.source);
  if (!dragged) return [];
  // INBOX's children on a server with the INBOX. prefix are top-level folders, not inside it.
  if (dragged.segments.length === 1 && dragged.segments[0] === 'INBOX') return [dragged];
  return source.folders.filter((f) => isInside(f, dragged));
}

/**
 * Old folder → new folder for a drop. Onto the tree (into: null) a folder keeps the place the
 * engine's plan gave it; onto a folder it goes inside it, keeping its own name (escaped by the
 * engine's rule when it contains the new side's separator) and what is inside it.
 */
export function dropTargets(
  basePlan: FolderPlan,
  source: FolderTree,
  target: FolderTree,
  drop: Drop,
): Map<string, string> {
  const moved = movedFolders(source, drop);
  const result = new Map<string, string>();
  const base = new Map(basePlan.entries.map((e) => [e.source, e]));
  const dragged =
    drop.source === '*' ? undefined : source.folders.find((f) => f.path === drop.source);
  const separator = target.namespace.delimiter || '/';
  for (const folder of moved) {
    const planned = base.get(folder.path);
    // Gmail's virtual folders stay out even when the whole account is dragged.
    if (drop.source === '*' && planned?.action === 'skip' && planned.skipReason !== 'dropped')
      continue;
    if (drop.into === null) {
      if (planned) result.set(folder.path, planned.target);
      continue;
    }
    const relative = dragged
      ? [
          dragged.segments[dragged.segments.length - 1] ?? dragged.path,
          ...folder.segments.slice(dragged.segments.length),
        ]
      : folder.segments;
    const escaped = relative.map((s) => escapeSegment(s, separator));
    result.set(folder.path, [drop.into, ...escaped].join(separator));
  }
  return result;
}

function existingTargets(target: FolderTree): Map<string, FolderInfo> {
  return new Map(target.folders.map((f) => [f.path.toLowerCase(), f]));
}

/** What a drop would do: the dragged folder's new name, and whether it exists already. */
export function previewDrop(
  basePlan: FolderPlan,
  source: FolderTree,
  target: FolderTree,
  drop: Drop,
): DropPreview {
  const targets = dropTargets(basePlan, source, target, drop);
  const name = drop.source === '*' ? (drop.into ?? '') : (targets.get(drop.source) ?? '');
  const known = existingTargets(target).get(name.toLowerCase());
  return {
    target: known?.path ?? name,
    exists: drop.source === '*' && drop.into === null ? true : known !== undefined,
    folders: targets.size,
  };
}

/** The person's changes, kept so they survive listing the servers again. */
export type PlanChange =
  | { kind: 'drop'; source: string }
  | { kind: 'keep'; source: string }
  | { kind: 'move'; drop: Drop }
  | { kind: 'rank'; source: string; rank: number }
  | { kind: 'labels'; labels: LabelMode };

/** Applies the changes to the engine's plan, in order, with the engine's changePlan. */
export function applyChanges(
  basePlan: FolderPlan,
  source: FolderTree,
  target: FolderTree,
  changes: readonly PlanChange[],
): FolderPlan {
  const separator = target.namespace.delimiter || '/';
  const base = new Map(basePlan.entries.map((e) => [e.source, e]));
  let plan = basePlan;
  // Back to the engine's own target and action; a label keeps the place it has now.
  const restore = (path: string) => {
    const original = base.get(path);
    if (!original) return;
    const back = (e: FolderPlanEntry): FolderPlanEntry =>
      e.rank === undefined ? original : { ...original, rank: e.rank };
    plan = { ...plan, entries: plan.entries.map((e) => (e.source === path ? back(e) : e)) };
  };
  for (const change of changes) {
    if (change.kind === 'drop')
      plan = changePlan(plan, { source: change.source, drop: true }, separator);
    else if (change.kind === 'keep') restore(change.source);
    else if (change.kind === 'rank')
      plan = changePlan(plan, { source: change.source, rank: change.rank }, separator);
    else if (change.kind === 'labels') {
      if (plan.allMail) plan = { ...plan, allMail: { ...plan.allMail, labels: change.labels } };
    } else {
      for (const [from, to] of dropTargets(basePlan, source, target, change.drop)) {
        if (change.drop.into === null) restore(from);
        else plan = changePlan(plan, { source: from, target: to }, separator);
      }
    }
  }
  return withCreateList(plan, target);
}

/**
 * Marks which targets exist and lists the folders to create for the entries that copy (parents
 * first), the way the engine's planFolders does; the engine creates exactly this list.
 */
export function withCreateList(plan: FolderPlan, target: FolderTree): FolderPlan {
  const existing = existingTargets(target);
  const separator = target.namespace.delimiter || '/';
  const prefix = target.namespace.prefix;
  const entries = plan.entries.map((entry): FolderPlanEntry => {
    const known = existing.get(entry.target.toLowerCase());
    const next: FolderPlanEntry = {
      ...entry,
      target: known?.path ?? entry.target,
      targetExists: known !== undefined && !known.noselect,
    };
    if (known?.messages !== undefined) next.targetMessages = known.messages;
    else delete next.targetMessages;
    return next;
  });
  const create: string[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    if (entry.action !== 'copy' || entry.targetExists || entry.target.toUpperCase() === 'INBOX')
      continue;
    const relative = entry.target.startsWith(prefix)
      ? entry.target.slice(prefix.length)
      : entry.target;
    const parts = relative.split(separator);
    for (let i = 1; i <= parts.length; i++) {
      const path = prefix + parts.slice(0, i).join(separator);
      const known = existing.get(path.toLowerCase());
      if ((known && !known.noselect) || seen.has(path.toLowerCase())) continue;
      seen.add(path.toLowerCase());
      create.push(path);
    }
  }
  return plan.allMail ? { entries, create, allMail: plan.allMail } : { entries, create };
}

/** Only these old folders are copied; the others are left out of this job (not of the plan). */
export function planForFolders(
  plan: FolderPlan,
  target: FolderTree,
  folders: readonly string[] | 'all',
): FolderPlan {
  if (folders === 'all') return withCreateList(plan, target);
  const wanted = new Set(folders);
  const entries = plan.entries.map((entry): FolderPlanEntry =>
    wanted.has(entry.source) || entry.action === 'skip'
      ? entry
      : { ...entry, action: 'skip', skipReason: 'dropped' },
  );
  return withCreateList({ ...plan, entries, create: [] }, target);
}

/** The plan as the screen sees it. */
export function copyPlanView(
  old: ListedAccount,
  next: ListedAccount,
  plan: FolderPlan,
  changed: boolean,
): CopyPlan {
  return {
    old: accountTreeView(old),
    new: accountTreeView(next),
    entries: plan.entries.map((entry) => {
      const view: CopyPlan['entries'][number] = {
        source: entry.source,
        target: entry.target,
        action: entry.action,
        matchedBy: entry.matchedBy,
        targetExists: entry.targetExists,
        escaped: entry.escaped,
        containerOnly: entry.containerOnly,
      };
      if (entry.skipReason) view.skipReason = entry.skipReason;
      if (entry.role) view.role = entry.role;
      if (entry.sourceMessages !== undefined) view.sourceMessages = entry.sourceMessages;
      if (entry.targetMessages !== undefined) view.targetMessages = entry.targetMessages;
      if (entry.fromAllMail) view.fromAllMail = entry.fromAllMail;
      if (entry.rank !== undefined) view.rank = entry.rank;
      return view;
    }),
    create: plan.create,
    changed,
    ...(plan.allMail
      ? { allMail: { ...plan.allMail, keywordsAllowed: next.keywords ?? true } }
      : {}),
  };
}
