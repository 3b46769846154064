import { useTranslation } from 'react-i18next';
import { useNow } from '../../hooks/useNow';
import { waitCountdown, type ProviderLimit } from './providerWait';

/**
 * A provider's limit in the progress panel: a short wait it asked for, with a countdown, or a
 * daily limit and when the copy goes on; then a copy planned over days. Both sentences sit in
 * live regions that are always there (empty when there is nothing to say), so a screen reader
 * hears each once as it appears; the countdown is a timer, read on demand, never announced.
 * Calm styling: a wait is not a failure.
 */
export function ProviderLimitNotice({
  limit,
  schedule,
}: {
  limit: ProviderLimit | undefined;
  /** "Gmail lets Switchover copy about 2.5 GB a day: this takes about 3 days. …", or ''. */
  schedule: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div
        className={limit ? 'notice-wait' : 'notice-wait notice-wait-none'}
        data-testid="copy-wait"
        data-wait={limit?.kind ?? 'none'}
      >
        <p role="status" aria-live="polite" aria-atomic="true" data-testid="copy-wait-text">
          {limit?.sentence ?? ''}
        </p>
        {/* Keyed by the wait: a new one starts with a fresh clock, never a second behind. */}
        {limit?.kind === 'wait' && <WaitCountdown key={limit.until} until={limit.until} />}
        {limit?.kind === 'waiting' && <p>{t('copy.waiting.leaveOpen')}</p>}
      </div>
      <p
        role="status"
        aria-live="polite"
        aria-atomic="true"
        className="schedule-note"
        data-testid="copy-schedule"
      >
        {schedule}
      </p>
    </>
  );
}

/** The time left of a wait, by its own clock read when the wait is first shown. */
function WaitCountdown({ until }: { until: number }) {
  const { t } = useTranslation();
  const now = useNow();
  return (
    <p role="timer" className="wait-countdown" data-testid="copy-wait-countdown">
      {waitCountdown(until - now, t)}
    </p>
  );
}
