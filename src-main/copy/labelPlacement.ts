import { labelKeyword } from '../imap';
import type { FolderPlan, FolderPlanEntry } from './folderMapping';
import type { FolderIndex, IndexedMessage } from './mailboxIndex';

/**
 * Where each message of All Mail goes (see allMailPlan for the precedence). 'keywords': once,
 * into its first label's folder, its other labels as keywords; a message already on the new side
 * in the folder of another of the plan's labels (a label copied first, a crash) stays where it
 * is and is not copied again. 'folders': a copy in the folder of every label. Without any
 * label: All Mail's own target, Archive. A message whose every label the person left out is
 * not copied ("not chosen").
 */

export interface Placement {
  /** The messages each entry copies from All Mail (its source index is All Mail's). */
  placed: Map<FolderPlanEntry, IndexedMessage[]>;
  /** Messages of All Mail (not \Deleted), the count the verify compares against. */
  messages: number;
  /** Of those, messages with two labels or more (Inbox, Sent and Drafts count as labels). */
  multiLabel: number;
  /** Labels kept as keywords, summed over the messages ('keywords' mode). */
  labelsAsKeywords: number;
  /** Messages whose every label the person left out of the copy. */
  notChosen: number;
}

/** How to learn a message's labels: Gmail's X-GM-LABELS, or the label folders it sits in. */
export type LabelSource =
  | { kind: 'gmail' }
  | {
      kind: 'folders';
      /** Keys of each label entry's source folder. */
      members: ReadonlyMap<FolderPlanEntry, ReadonlySet<string>>;
      /** Keys in Spam or Trash: those are copied there, never from All Mail. */
      elsewhere: ReadonlySet<string>;
    };

/** Gmail's system labels that are folders here; Important and Starred are not (Starred is \Flagged). */
const systemLabelRole: Record<string, FolderPlanEntry['role']> = {
  '\\inbox': 'inbox',
  '\\sent': 'sent',
  '\\draft': 'drafts',
};
const ignoredLabels = new Set(['\\important', '\\starred']);
const notInAllMail = new Set(['\\trash', '\\spam']);

interface Labelled {
  /** Label entries of the plan the message has, by rank (dropped ones too). */
  entries: FolderPlanEntry[];
  /** Labels with no folder in the plan (Gmail labels hidden from IMAP): kept as keywords only. */
  loose: string[];
  /** In Spam or Trash, not All Mail's to copy. */
  excluded: boolean;
}

/** The plan's label entries, looked up by a Gmail label: built once per placement. */
interface LabelIndex {
  /** By rank. */
  entries: readonly FolderPlanEntry[];
  bySource: ReadonlyMap<string, FolderPlanEntry>;
  byLower: ReadonlyMap<string, FolderPlanEntry>;
  byRole: ReadonlyMap<FolderPlanEntry['role'], FolderPlanEntry>;
}

function labelIndex(entries: readonly FolderPlanEntry[]): LabelIndex {
  return {
    entries,
    bySource: new Map(entries.map((e) => [e.source, e])),
    byLower: new Map(entries.map((e) => [e.source.toLowerCase(), e])),
    byRole: new Map(entries.filter((e) => e.role).map((e) => [e.role, e])),
  };
}

function labelsOf(m: IndexedMessage, source: LabelSource, index: LabelIndex): Labelled {
  if (source.kind === 'folders') {
    return {
      entries: index.entries.filter((e) => source.members.get(e)?.has(m.key)),
      loose: [],
      excluded: source.elsewhere.has(m.key),
    };
  }
  const found = new Set<FolderPlanEntry>();
  const loose: string[] = [];
  let excluded = false;
  for (const label of m.labels ?? []) {
    const lower = label.toLowerCase();
    if (ignoredLabels.has(lower)) continue;
    if (notInAllMail.has(lower)) {
      excluded = true;
      continue;
    }
    const role = systemLabelRole[lower];
    const entry = role
      ? index.byRole.get(role)
      : (index.bySource.get(label) ?? index.byLower.get(lower));
    if (entry) found.add(entry);
    else if (!label.startsWith('\\')) loose.push(label);
  }
  return { entries: index.entries.filter((e) => found.has(e)), loose, excluded };
}

/** What a label is called as a keyword: its name; Inbox, Sent and Drafts are folders only. */
function keywordOf(entry: FolderPlanEntry): string | undefined {
  return entry.role === 'inbox' || entry.role === 'sent' || entry.role === 'drafts'
    ? undefined
    : labelKeyword(entry.source);
}

/** Target keys as a multiset per folder, for "is it on the new side already, anywhere?". */
function presence(targets: ReadonlyMap<string, FolderIndex>): Map<string, Map<string, number>> {
  const byKey = new Map<string, Map<string, number>>();
  for (const [path, index] of targets) {
    for (const m of index.messages) {
      if (m.deleted) continue;
      let folders = byKey.get(m.key);
      if (!folders) byKey.set(m.key, (folders = new Map()));
      folders.set(path, (folders.get(path) ?? 0) + 1);
    }
  }
  return byKey;
}

/** Takes one copy of `key` from `folder` (or, without one, from any folder); where it was. */
function takeCopy(
  present: Map<string, Map<string, number>>,
  key: string,
  folder: string,
): string | undefined {
  const folders = present.get(key);
  if (!folders) return undefined;
  const from = (folders.get(folder) ?? 0) > 0 ? folder : [...folders.keys()][0];
  if (from === undefined) return undefined;
  const left = (folders.get(from) ?? 0) - 1;
  if (left > 0) folders.set(from, left);
  else folders.delete(from);
  if (folders.size === 0) present.delete(key);
  return from;
}

/** The message as its one copy carries it: its labels as keywords, Starred as \Flagged. */
function withLabels(m: IndexedMessage, keywords: string[]): IndexedMessage {
  const starred =
    m.labels?.some((l) => l.toLowerCase() === '\\starred') &&
    !m.flags.some((f) => f.toLowerCase() === '\\flagged');
  if (keywords.length === 0 && !starred) return m;
  const copy: IndexedMessage = { ...m, keywords };
  if (starred) copy.flags = [...m.flags, '\\Flagged'];
  return copy;
}

export function placeAllMail(
  plan: FolderPlan,
  allMail: FolderIndex,
  source: LabelSource,
  /** The new side's index of every target of the plan's All Mail entries ('keywords' mode). */
  targets: ReadonlyMap<string, FolderIndex>,
): Placement {
  const mode = plan.allMail?.labels ?? 'keywords';
  const labelEntries = plan.entries
    .filter((e) => e.fromAllMail === 'label')
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  // The lookups a message's labels go through, built once, not per message.
  const labels = labelIndex(labelEntries);
  const unlabelled = plan.entries.find((e) => e.fromAllMail === 'unlabelled');
  const copying = (e: FolderPlanEntry | undefined) => e?.action === 'copy';
  const placed = new Map<FolderPlanEntry, IndexedMessage[]>();
  for (const e of [...labelEntries, unlabelled])
    if (e && copying(e) && !e.containerOnly) placed.set(e, []);
  // Where a target folder's copies count: the first copying entry (by rank) that goes there.
  const entryOfTarget = new Map<string, FolderPlanEntry>();
  for (const e of placed.keys()) if (!entryOfTarget.has(e.target)) entryOfTarget.set(e.target, e);
  const present = mode === 'keywords' ? presence(targets) : undefined;
  const result: Placement = {
    placed,
    messages: 0,
    multiLabel: 0,
    labelsAsKeywords: 0,
    notChosen: 0,
  };
  for (const m of allMail.messages) {
    const labelled = labelsOf(m, source, labels);
    if (labelled.excluded) continue;
    if (!m.deleted) result.messages += 1;
    if (labelled.entries.length > 1) result.multiLabel += 1;
    const chosen = labelled.entries.filter(copying);
    const homes =
      labelled.entries.length === 0
        ? copying(unlabelled) && unlabelled
          ? [unlabelled]
          : []
        : chosen;
    if (homes.length === 0) {
      if (!m.deleted) result.notChosen += 1;
      continue;
    }
    if (mode === 'folders') {
      for (const home of homes) placed.get(home)?.push(withLabels(m, []));
      continue;
    }
    let home = homes[0] as FolderPlanEntry;
    // Already on the new side, in this folder or another of the plan's: it stays there.
    const found = !m.deleted && present ? takeCopy(present, m.key, home.target) : undefined;
    if (found !== undefined) home = entryOfTarget.get(found) ?? home;
    const keywords = [
      ...labelled.entries.filter((e) => e !== home).map(keywordOf),
      ...labelled.loose.map(labelKeyword),
    ].filter((k): k is string => k !== undefined);
    result.labelsAsKeywords += keywords.length;
    placed.get(home)?.push(withLabels(m, keywords));
  }
  return result;
}
