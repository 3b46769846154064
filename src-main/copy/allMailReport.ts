import type { AllMailReport, CopyReport } from './copyTypes';
import type { FolderPlan } from './folderMapping';
import type { FolderWork } from './indexing';
import type { Placement } from './labelPlacement';

/** The All Mail numbers of a run that read All Mail once; undefined for any other copy. */
export function allMailReport(
  plan: FolderPlan,
  work: readonly FolderWork[],
  placement: Placement | undefined,
): AllMailReport | undefined {
  if (!plan.allMail || !placement) return undefined;
  // Spam and Trash are plain folders beside All Mail; what they hold counts too.
  const spamAndTrash = work
    .filter((w) => w.entry.role === 'junk' || w.entry.role === 'trash')
    .reduce((n, w) => n + w.source.messages.filter((m) => !m.deleted).length, 0);
  const keywordsRefused =
    plan.allMail.labels === 'keywords' &&
    work.some(
      (w) =>
        w.entry.fromAllMail !== undefined &&
        w.target.permanentFlags !== undefined &&
        !w.target.permanentFlags.has('\\*') &&
        w.source.messages.some((m) => (m.keywords?.length ?? 0) > 0),
    );
  return {
    folder: plan.allMail.source,
    labels: plan.allMail.labels,
    messages: placement.messages + spamAndTrash,
    allMailMessages: placement.messages,
    multiLabel: placement.multiLabel,
    labelsAsKeywords: keywordsRefused ? 0 : placement.labelsAsKeywords,
    keywordsRefused,
    notChosen: placement.notChosen,
  };
}

const thousands = (n: number) => n.toLocaleString('en-US');

/**
 * The sentence of a complete copy that read All Mail once, counted against All Mail, Spam and
 * Trash: "All 12,345 messages are in your new account. 2,100 had several labels: …".
 */
export function allMailSentence(
  report: Pick<CopyReport, 'allMail' | 'skipped' | 'failed'>,
): string | undefined {
  const a = report.allMail;
  // "All N" only when it is true: a message too big for the new provider is not there.
  if (!a || report.skipped > 0 || report.failed > 0) return undefined;
  const chosen = a.messages - a.notChosen;
  const all =
    a.notChosen === 0
      ? `All ${thousands(a.messages)} messages are in your new account.`
      : `${thousands(chosen)} of ${thousands(a.messages)} messages are in your new account; ` +
        `you left out the other ${thousands(a.notChosen)}.`;
  if (a.multiLabel === 0) return all;
  const several = `${thousands(a.multiLabel)} had several labels:`;
  if (a.labels === 'folders') return `${all} ${several} each is in the folder of every label.`;
  if (a.keywordsRefused)
    return (
      `${all} ${several} each is there once, in the folder of its first label; the new account ` +
      'keeps no tags, so the other labels are not kept (a copy per label keeps them as folders).'
    );
  return `${all} ${several} each is there once, in the folder of its first label, with the other labels kept as tags.`;
}
