import { useTranslation } from 'react-i18next';
import { useDoneReport } from '../../hooks/useDoneReport';
import { BusyButton } from '../BusyButton';
import { ErrorNotice } from '../ErrorNotice';
import { friendlyPath } from './friendlyPath';
import { SavedFileNote } from './SavedFileNote';

/** "Save a report for <helper>": one button, then where the file is and what to do with it. */
export function ReportSection({
  helperName,
  canReveal,
}: {
  helperName: string | undefined;
  canReveal: boolean;
}) {
  const { t } = useTranslation();
  const { report, saving, error, save } = useDoneReport();
  const helper = { helper: helperName ?? '' };
  return (
    <section className="done-section" aria-labelledby="done-report-title" data-testid="done-report">
      <h2 id="done-report-title">
        {helperName ? t('done.report.titleNamed', helper) : t('done.report.titleUnnamed')}
      </h2>
      <p>{helperName ? t('done.report.introNamed', helper) : t('done.report.introUnnamed')}</p>
      <BusyButton
        className={report ? 'button' : 'button button-primary'}
        data-testid="save-report"
        busy={saving}
        onClick={() => void save()}
      >
        {saving
          ? t('done.report.saving')
          : report
            ? t('done.report.saveAgain')
            : t('done.report.save')}
      </BusyButton>
      <p role="status" className="saved-announce" data-testid="report-saved-sentence">
        {report
          ? `${t('done.files.savedIn', { place: friendlyPath(report.path) })} ${
              helperName ? t('done.report.sendNamed', helper) : t('done.report.sendUnnamed')
            }`
          : ''}
      </p>
      {report && <SavedFileNote file={report} canReveal={canReveal} />}
      {error && <ErrorNotice error={error} />}
    </section>
  );
}
