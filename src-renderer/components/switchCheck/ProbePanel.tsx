import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Probe, ProbeOutcome, ProbeRun } from '../../../src-main/contract';
import { minutesSeconds } from './localTime';
import { BusyButton } from '../BusyButton';
import { ProgressBar } from '../ProgressBar';

/** Screen readers hear the countdown in steps, not every second. */
const announceEveryMs = 15_000;

type StatusKey =
  | 'pending'
  | 'sending'
  | 'waiting'
  | 'arrivedNew'
  | 'arrivedNewJunk'
  | 'arrivedOld'
  | 'notArrived'
  | 'skipped'
  | 'failed';

function statusKey(probe: Probe): StatusKey {
  if (probe.status === 'arrived') {
    if (probe.landedIn === 'old') return 'arrivedOld';
    return probe.folder === 'junk' ? 'arrivedNewJunk' : 'arrivedNew';
  }
  if (probe.status === 'not-arrived') return 'notArrived';
  return probe.status;
}

const outcomeKeys = {
  done: 'done',
  'old-provider.delivers-internally': 'deliversInternally',
  'dns.not-switched': 'notSwitched',
  'probe.not-arrived': 'notArrived',
  'probe.send-failed': 'sendFailed',
} as const satisfies Record<ProbeOutcome, string>;

function Countdown({ run }: { run: ProbeRun }) {
  const { t } = useTranslation();
  const textId = useId();
  const total = Math.max(1, Math.round(run.timeoutMs / 1000));
  const left = Math.min(total, Math.ceil(run.remainingMs / 1000));
  const text =
    run.phase === 'sending'
      ? t('switchComplete.probes.sending')
      : t('switchComplete.probes.waiting', { time: minutesSeconds(run.remainingMs) });
  const announced =
    run.phase === 'sending'
      ? t('switchComplete.probes.sending')
      : t('switchComplete.probes.waiting', {
          time: minutesSeconds(Math.ceil(run.remainingMs / announceEveryMs) * announceEveryMs),
        });
  return (
    <div className="probe-countdown" data-testid="probe-running" data-phase={run.phase}>
      <p id={textId} className="probe-countdown-text" data-testid="probe-countdown">
        {text}
      </p>
      <ProgressBar labelledBy={textId} done={total - left} total={total} valueText={text} />
      <p className="visually-hidden" aria-live="polite">
        {announced}
      </p>
    </div>
  );
}

function ProbeLine({ probe }: { probe: Probe }) {
  const { t } = useTranslation();
  const key = statusKey(probe);
  return (
    <li data-testid={`probe-${probe.via}`} data-status={key}>
      <span className="probe-via">
        {t(probe.via === 'old' ? 'switchComplete.probes.viaOld' : 'switchComplete.probes.viaNew')}
      </span>{' '}
      {t(`switchComplete.probes.status.${key}`)}
    </li>
  );
}

function ProbeDetails({ run }: { run: ProbeRun }) {
  const { t } = useTranslation();
  const lines = [run.probes.old, run.probes.new].flatMap((p) => {
    const via = t(
      p.via === 'old' ? 'switchComplete.probes.viaOld' : 'switchComplete.probes.viaNew',
    );
    const found =
      p.arrivedAfterMs !== undefined && p.landedIn
        ? [
            t('switchComplete.probes.arrivedAfter', {
              via,
              seconds: Math.round(p.arrivedAfterMs / 1000),
              folder: p.folder === 'junk' ? 'Junk' : 'INBOX',
              side: p.landedIn,
            }),
          ]
        : [];
    const error = p.error ? [`${via} ${p.error.code}: ${p.error.message}`] : [];
    return [...found, ...error];
  });
  if (lines.length === 0) return null;
  return (
    <details className="technical" data-testid="probe-details">
      <summary>{t('switchComplete.probes.details')}</summary>
      <pre>{lines.join('\n')}</pre>
    </details>
  );
}

function Outcome({ run, domain }: { run: ProbeRun; domain: string }) {
  const { t } = useTranslation();
  if (!run.outcome) return null;
  const key = outcomeKeys[run.outcome];
  const good = key === 'done';
  const minutes = Math.max(1, Math.ceil(run.timeoutMs / 60_000));
  const text =
    key === 'notArrived'
      ? t('switchComplete.probes.outcome.notArrived.text', { count: minutes })
      : t(`switchComplete.probes.outcome.${key}.text`);
  const next =
    key === 'deliversInternally'
      ? t('switchComplete.probes.outcome.deliversInternally.next', { domain })
      : key === 'done'
        ? undefined
        : t(`switchComplete.probes.outcome.${key}.next`);
  return (
    <div
      className={good ? 'switch-outcome switch-outcome--good' : 'switch-outcome'}
      data-testid="probe-outcome"
      data-outcome={run.outcome}
    >
      <h3 data-testid="probe-outcome-title">{t(`switchComplete.probes.outcome.${key}.title`)}</h3>
      <p>{text}</p>
      {next && (
        <p className="notice-next" data-testid="probe-outcome-next">
          {next}
        </p>
      )}
    </div>
  );
}

/**
 * "Send test messages both ways": one through each provider to the person's address, a countdown
 * while they travel, then the 2×2 outcome in plain words and where each one landed.
 */
export function ProbePanel({
  run,
  address,
  starting,
  onStart,
}: {
  run: ProbeRun | null;
  address: string;
  starting: boolean;
  onStart: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const running = run !== null && run.phase !== 'finished';
  const busy = running || starting;
  const domain = address.slice(address.lastIndexOf('@') + 1);
  return (
    <section
      className="switch-section"
      aria-labelledby={headingId}
      data-testid="switch-probes"
      data-outcome={run?.outcome ?? ''}
      data-run-id={run?.runId ?? ''}
      data-phase={run?.phase ?? ''}
    >
      <h2 id={headingId}>{t('switchComplete.probes.heading')}</h2>
      <p>{t('switchComplete.probes.intro', { address })}</p>
      {run && running && <Countdown run={run} />}
      {run && !running && <Outcome run={run} domain={domain} />}
      {run && (
        <ul className="probe-lines">
          <ProbeLine probe={run.probes.old} />
          <ProbeLine probe={run.probes.new} />
        </ul>
      )}
      {run?.probes.old.status === 'skipped' && (
        <p className="field-hint" data-testid="probe-skipped-note">
          {t('switchComplete.probes.skippedNote')}
        </p>
      )}
      {run && !running && <ProbeDetails run={run} />}
      <BusyButton
        className="button button-primary button-large"
        data-testid="probe-button"
        busy={busy}
        onClick={onStart}
      >
        {run ? t('switchComplete.probes.again') : t('switchComplete.probes.button')}
      </BusyButton>
      <p role="status" className="status">
        {starting && !running ? t('switchComplete.probes.starting') : ''}
      </p>
    </section>
  );
}
