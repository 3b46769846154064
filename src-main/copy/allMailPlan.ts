import type { FolderInfo, FolderTree } from '../imap';
import type { FolderPlanEntry } from './folderMapping';
import { assignRoles, gmailRoots } from './folderRoles';

/**
 * Gmail (and any server with a \All folder) keeps each message once and shows it in a folder per
 * label; an archived message has no label and is only in All Mail. So All Mail is read once and
 * each message placed by its labels (labelPlacement), instead of copying every label folder.
 *
 * Precedence, shown to the person as each label's rank in "Where each folder goes": Inbox, then
 * Drafts, then Sent, then the other labels in the order of their names (a parent before its
 * nested labels); a message goes to the folder of its first label, or, with none, to All Mail's
 * own target, the new Archive. Spam and Trash are not part of All Mail: plain folders.
 */

/** 'keywords': each message once, its other labels as keywords; 'folders': a copy per label. */
export type LabelMode = 'keywords' | 'folders';

export interface AllMailPlan {
  /** The old account's All Mail, as listed. */
  source: string;
  labels: LabelMode;
}

const systemRank: Partial<Record<NonNullable<FolderPlanEntry['role']>, number>> = {
  inbox: 0,
  drafts: 1,
  sent: 2,
};

/** The old account's All Mail: its \All flag, or Gmail's name where a server lists no flags. */
export function allMailFolder(tree: FolderTree): FolderInfo | undefined {
  return (
    tree.folders.find((f) => f.specialUse === '\\All' && !f.noselect) ??
    tree.folders.find((f) => {
      const [root, name] = f.segments.map((s) => s.toLowerCase());
      return f.segments.length === 2 && gmailRoots.has(root ?? '') && name === 'all mail';
    })
  );
}

/** Where archived mail goes: the new account's Archive by role, else one named for the person. */
function archiveTarget(
  target: FolderTree,
  archiveName: string,
): { path: string; exists: boolean; matchedBy: 'special-use' | 'name' } {
  const roles = assignRoles(target);
  const existing = target.folders.find((f) => roles.get(f.path) === 'archive');
  if (existing)
    return {
      path: existing.path,
      exists: !existing.noselect,
      matchedBy: existing.specialUse ? 'special-use' : 'name',
    };
  const path = target.namespace.prefix + archiveName;
  const named = target.folders.find((f) => f.path.toLowerCase() === path.toLowerCase());
  return {
    path: named?.path ?? path,
    exists: named !== undefined && !named.noselect,
    matchedBy: 'name',
  };
}

/** Entries whose messages All Mail holds: every selectable folder but Spam, Trash and Gmail's own. */
function isLabel(entry: FolderPlanEntry): boolean {
  if (entry.containerOnly || entry.role === 'junk' || entry.role === 'trash') return false;
  return entry.action === 'copy' || entry.skipReason === 'dropped';
}

/**
 * Turns a plan into one that reads All Mail once, when the old account has one: All Mail's
 * entry copies the unlabelled messages into Archive, each label folder's entry gets its rank.
 * Mutates `entries`; returns the All Mail part of the plan, or undefined without an All Mail.
 */
export function readAllMailOnce(
  entries: FolderPlanEntry[],
  source: FolderTree,
  target: FolderTree,
  options: { only?: readonly string[]; labels?: LabelMode; archiveName?: string },
): AllMailPlan | undefined {
  const allMail = allMailFolder(source);
  const own = allMail && entries.find((e) => e.source === allMail.path);
  if (!allMail || !own) return undefined;
  const archive = archiveTarget(target, options.archiveName ?? 'Archive');
  own.target = archive.path;
  own.targetExists = archive.exists;
  own.matchedBy = archive.matchedBy;
  own.role = 'archive';
  own.fromAllMail = 'unlabelled';
  own.escaped = false;
  const dropped = options.only !== undefined && !options.only.includes(allMail.path);
  own.action = dropped ? 'skip' : 'copy';
  if (dropped) own.skipReason = 'dropped';
  else delete own.skipReason;
  const byName = (a: FolderPlanEntry, b: FolderPlanEntry) => {
    const x = a.source.toLowerCase();
    const y = b.source.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  };
  const labels = entries.filter((e) => e !== own && isLabel(e));
  const system = labels.filter((e) => e.role && systemRank[e.role] !== undefined);
  const user = labels.filter((e) => !system.includes(e)).sort(byName);
  system.sort(
    (a, b) => (systemRank[a.role ?? 'inbox'] ?? 0) - (systemRank[b.role ?? 'inbox'] ?? 0),
  );
  [...system, ...user].forEach((entry, rank) => {
    entry.fromAllMail = 'label';
    entry.rank = rank;
  });
  return { source: allMail.path, labels: options.labels ?? 'keywords' };
}
