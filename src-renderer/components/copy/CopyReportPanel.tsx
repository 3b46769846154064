import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SwitchoverError, type CopyJobView } from '../../../src-main/contract';
import { copyErrorText, needsSignIn } from '../../errors/errorWords';
import { CopySignInButton } from './CopySignInButton';
import { formatBytes, formatNumber } from './folderLabels';
import { reportSentences } from './reportSentences';

/**
 * The end of a copy in plain sentences, then each folder's old and new counts. With `takeFocus`
 * (a job started on this screen has ended, and its progress panel is gone) the title takes focus.
 */
export function CopyReportPanel({
  job,
  folderName,
  targetName,
  takeFocus,
  onSignIn,
}: {
  job: CopyJobView;
  folderName: (path: string) => string;
  /** A folder of the new account in everyday words (Archive, for Gmail's unlabelled mail). */
  targetName: (path: string) => string;
  takeFocus: boolean;
  /** Back to signing in, for a password that changed meanwhile. */
  onSignIn: () => void;
}) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [takeFocus]);
  if (job.status === 'failed' || !job.report) {
    const error = SwitchoverError.fromWire(
      job.error ?? { code: 'internal', message: 'The copy stopped.' },
    );
    return (
      <section
        className="copy-report"
        aria-labelledby="copy-report-title"
        data-testid="copy-report"
      >
        <h2 id="copy-report-title" ref={heading} tabIndex={-1} data-testid="copy-report-title">
          {t('copy.report.titleFailed')}
        </h2>
        <div className="notice-error">
          <p role="alert" data-error-code={error.code} data-testid="copy-report-summary">
            {copyErrorText(error, t)}
          </p>
          {needsSignIn(error, 'copy') ? (
            <CopySignInButton onSignIn={onSignIn} />
          ) : (
            <p>{t('copy.report.failedNext')}</p>
          )}
        </div>
      </section>
    );
  }
  const report = job.report;
  const skipped = report.folders.flatMap((f) => f.skipped.map((s) => ({ ...s, folder: f.source })));
  const sentences = reportSentences(report, t, n, job.folders !== 'all');
  // Gmail's All Mail row holds the mail without a label: named by where it went, Archive.
  const rowName = (source: string, target: string) =>
    source === report.allMail?.folder
      ? t('copy.report.unlabelledRow', { folder: targetName(target) })
      : folderName(source);
  const title =
    report.status === 'cancelled'
      ? t('copy.report.titleCancelled')
      : report.status === 'complete' && report.skipped === 0
        ? t('copy.report.titleDone')
        : t('copy.report.titleIncomplete');
  return (
    <section className="copy-report" aria-labelledby="copy-report-title" data-testid="copy-report">
      <h2 id="copy-report-title" ref={heading} tabIndex={-1} data-testid="copy-report-title">
        {title}
      </h2>
      <p className="lead" data-testid="copy-report-summary" data-status={report.status}>
        {sentences.join(' ')}
      </p>
      {skipped.length > 0 && (
        <div className="notice-skipped" data-testid="copy-report-skipped">
          <p>{t('copy.report.tooBig', { count: skipped.length, n: n(skipped.length) })}</p>
          <ul>
            {skipped.slice(0, 50).map((s) => (
              <li key={`${s.folder}:${s.uid}`}>
                {t('copy.report.tooBigItem', {
                  folder: folderName(s.folder),
                  size: formatBytes(s.size, i18n.language, t),
                })}
              </li>
            ))}
          </ul>
          <p>{t('copy.report.tooBigNext')}</p>
        </div>
      )}
      <p>{report.status === 'complete' ? t('copy.report.next') : t('copy.report.again')}</p>
      <table className="report-table" data-testid="copy-report-table">
        <caption>{t('copy.report.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('copy.report.folderColumn')}</th>
            <th scope="col">{t('copy.report.oldColumn')}</th>
            <th scope="col">{t('copy.report.newColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {report.folders.map((f) => (
            <tr key={f.source} data-testid="copy-report-row" data-source={f.source}>
              <th scope="row">{rowName(f.source, f.target)}</th>
              <td data-testid="report-old">{n(f.sourceMessages)}</td>
              <td data-testid="report-new">{n(f.alreadyThere + f.copied)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
