import type { TFunction } from 'i18next';
import { SwitchoverError, type CopyReportView } from '../../../src-main/contract';
import { copyErrorText } from '../../errors/errorWords';

/**
 * A complete copy that read All Mail once (Gmail), counted as the old account counts its mail
 * (All Mail, Spam and Trash, each message once), not per label folder: "All 12,345 messages are
 * in your new account. 2,100 had several labels: …". Undefined where that does not apply: a
 * copy of some folders only (a drag), whose left-out messages the person did not leave out.
 */
function allMailSentences(
  report: CopyReportView,
  t: TFunction,
  n: (value: number) => string,
  partial: boolean,
): string[] | undefined {
  const a = report.allMail;
  if (!a || report.status !== 'complete' || report.skipped > 0) return undefined;
  if (partial && a.notChosen > 0) return undefined;
  const chosen = a.messages - a.notChosen;
  const sentences = [
    a.notChosen === 0
      ? t('copy.report.allThere', { count: a.messages, n: n(a.messages) })
      : t('copy.report.leftOut', {
          count: a.notChosen,
          n: n(chosen),
          total: n(a.messages),
          left: n(a.notChosen),
        }),
  ];
  if (a.multiLabel > 0) {
    const several =
      a.labels === 'folders'
        ? 'severalFolders'
        : a.keywordsRefused
          ? 'severalNoTags'
          : 'severalTags';
    sentences.push(t(`copy.report.${several}`, { count: a.multiLabel, n: n(a.multiLabel) }));
  }
  return sentences;
}

/**
 * A finished copy's report in plain sentences, each count with its own plural (`n` formats a
 * number for the person's language). The report panel shows them as one paragraph. `partial`:
 * the job copied some folders only (a drag, "Copy to…"), not the whole plan.
 */
export function reportSentences(
  report: CopyReportView,
  t: TFunction,
  n: (value: number) => string,
  partial = false,
): string[] {
  // Messages that should be on the new side: those not marked deleted on the old one.
  const expected = report.folders.reduce(
    (sum, f) => sum + f.sourceMessages - f.deletedLeftBehind,
    0,
  );
  const present = report.folders.reduce((sum, f) => sum + f.alreadyThere + f.copied, 0);
  const nothingNew = report.status === 'complete' && report.copied === 0 && report.skipped === 0;
  const gmail = allMailSentences(report, t, n, partial);
  const sentences: string[] = [];
  if (gmail) {
    sentences.push(...gmail);
  } else if (report.status === 'cancelled') {
    sentences.push(t('copy.report.cancelled', { count: report.copied, n: n(report.copied) }));
  } else if (report.status === 'stopped') {
    sentences.push(
      report.stopReason?.code === 'quota.exceeded'
        ? t('copy.report.quotaFull', { count: report.failed, n: n(report.failed) })
        : report.stopReason
          ? copyErrorText(SwitchoverError.fromWire(report.stopReason), t)
          : t('copy.report.stopped'),
    );
  } else if (nothingNew) {
    sentences.push(t('copy.report.nothingNew', { count: present, n: n(present) }));
  } else if (report.status === 'complete' && report.skipped === 0) {
    sentences.push(t('copy.report.allThere', { count: present, n: n(present) }));
  } else {
    sentences.push(
      t('copy.report.someThere', { count: expected, n: n(present), total: n(expected) }),
    );
  }
  if (report.failed > 0 && report.status !== 'stopped' && report.status !== 'cancelled') {
    sentences.push(t('copy.report.failed', { count: report.failed, n: n(report.failed) }));
  }
  if (report.deletedLeftBehind > 0) {
    sentences.push(
      t('copy.report.deletedLeft', {
        count: report.deletedLeftBehind,
        n: n(report.deletedLeftBehind),
      }),
    );
  }
  return sentences;
}
