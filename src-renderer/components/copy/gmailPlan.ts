import type { TFunction } from 'i18next';
import type { CopyPlan, FolderNode, PlanEntry } from '../../../src-main/contract';
import { folderName } from './folderLabels';

/**
 * A plan that reads All Mail once (Gmail) in the words the person knew there: labels by their
 * Gmail names ("Family/Photos", Inbox, Sent), All Mail as the mail without a label.
 */

/** The labels whose messages come from All Mail, first label first (the precedence). */
export function labelsInOrder(entries: readonly PlanEntry[]): PlanEntry[] {
  return entries
    .filter((e) => e.fromAllMail === 'label' && e.rank !== undefined)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
}

/**
 * An old folder's name in a Gmail plan: the container All Mail sits in ([Gmail], [Google Mail])
 * is left out, and nested labels read as Gmail writes them, "Family/Photos".
 */
export function gmailFolderName(
  path: string,
  allMail: NonNullable<CopyPlan['allMail']>,
  folders: ReadonlyMap<string, FolderNode>,
  t: TFunction,
): string {
  if (path === allMail.source) return t('copy.labels.unlabelled');
  const root = folders.get(allMail.source)?.parent;
  const names: string[] = [];
  let node = folders.get(path);
  while (node && node.path !== root) {
    names.unshift(folderName(node, t));
    node = node.parent !== undefined ? folders.get(node.parent) : undefined;
  }
  return names.length > 0 ? names.join('/') : path;
}

/**
 * The messages "Copy everything" copies in a Gmail plan, counted as the report counts them: All
 * Mail once (it holds every labelled message too), plus Spam and Trash, which it does not hold.
 * Label folders are not added: their messages are All Mail's. `chosenOnly` false: the whole
 * account, whatever the person left out (the old tree's total).
 */
export function gmailMessageCount(entries: readonly PlanEntry[], chosenOnly = true): number {
  return entries
    .filter(
      (e) =>
        (e.action === 'copy' || !chosenOnly) &&
        !e.containerOnly &&
        (e.fromAllMail === 'unlabelled' || e.role === 'junk' || e.role === 'trash'),
    )
    .reduce((n, e) => n + (e.sourceMessages ?? 0), 0);
}

/**
 * Whether to choose a copy per label's folder for the person: the new account keeps no tags, so
 * one copy with tags would lose every label but the first, and they have changed nothing yet
 * (afterwards, their own choice stands, tags included).
 */
export function needsFoldersMode(plan: Pick<CopyPlan, 'allMail' | 'changed'>): boolean {
  const a = plan.allMail;
  return a !== undefined && !plan.changed && !a.keywordsAllowed && a.labels === 'keywords';
}
