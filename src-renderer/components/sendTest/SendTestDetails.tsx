import { useTranslation } from 'react-i18next';
import type { SendTestOutcome, WireError } from '../../../src-main/contract';
import { ErrorTechnicalDetail } from '../ErrorTechnicalDetail';

/**
 * The helper's view, folded away: error code and the main side's own words, port, timings, the
 * message's id and the conversation with the sending server (credentials already removed).
 */
export function SendTestDetails({
  outcome,
  error,
}: {
  outcome?: SendTestOutcome;
  error?: WireError;
}) {
  const { t } = useTranslation();
  const shownError = error ?? (outcome && !outcome.ok ? outcome.error : undefined);
  const transcript = outcome?.transcript ?? [];
  return (
    <details className="technical" data-testid="sendtest-details">
      <summary>{t('sendTest.details.summary')}</summary>
      {shownError && <ErrorTechnicalDetail error={shownError} />}
      {outcome?.usedPort !== undefined && (
        <p>{t('sendTest.details.port', { port: outcome.usedPort })}</p>
      )}
      {outcome?.notices.map((notice) => (
        <p key={notice.code}>{notice.message}</p>
      ))}
      {outcome?.ok && (
        <>
          <p>{t('sendTest.details.sentAfter', { ms: outcome.sentAfterMs })}</p>
          <p>{t('sendTest.details.arrivedAfter', { ms: outcome.arrivedAfterMs })}</p>
          <p>{t('sendTest.details.messageId', { id: outcome.messageId })}</p>
        </>
      )}
      {outcome && (
        <>
          <p>{t('sendTest.details.transcript')}</p>
          {transcript.length > 0 ? (
            <pre data-testid="sendtest-transcript">{transcript.join('\n')}</pre>
          ) : (
            <p>{t('sendTest.details.noTranscript')}</p>
          )}
        </>
      )}
    </details>
  );
}
