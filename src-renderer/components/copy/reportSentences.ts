import type { TFunction } from 'i18next';
import { SwitchoverError, type CopyReportView } from '../../../src-main/contract';
import { copyErrorText } from '../../errors/errorWords';

/**
 * A finished copy's report in plain sentences, each count with its own plural (`n` formats a
 * number for the person's language). The report panel shows them as one paragraph.
 */
export function reportSentences(
  report: CopyReportView,
  t: TFunction,
  n: (value: number) => string,
): string[] {
  // Messages that should be on the new side: those not marked deleted on the old one.
  const expected = report.folders.reduce(
    (sum, f) => sum + f.sourceMessages - f.deletedLeftBehind,
    0,
  );
  const present = report.folders.reduce((sum, f) => sum + f.alreadyThere + f.copied, 0);
  const nothingNew = report.status === 'complete' && report.copied === 0 && report.skipped === 0;
  const sentences: string[] = [];
  if (report.status === 'cancelled') {
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
