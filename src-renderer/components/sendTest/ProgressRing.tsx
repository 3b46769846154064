import { useTranslation } from 'react-i18next';

const radius = 44;
const circumference = 2 * Math.PI * radius;

/**
 * A ring that fills up as the waiting time runs out, with the seconds so far in its middle. It is
 * a progressbar for screen readers (seconds waited of the most it will wait); the SVG is decoration.
 */
export function ProgressRing({
  elapsedMs,
  timeoutMs,
  labelledBy,
}: {
  elapsedMs: number;
  timeoutMs: number;
  labelledBy: string;
}) {
  const { t } = useTranslation();
  const total = Math.max(1, Math.round(timeoutMs / 1000));
  const elapsed = Math.min(total, Math.max(0, Math.floor(elapsedMs / 1000)));
  const offset = circumference * (1 - elapsed / total);
  return (
    <div
      className="progress-ring"
      role="progressbar"
      aria-labelledby={labelledBy}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={elapsed}
      aria-valuetext={t('sendTest.ringValue', { elapsed, total })}
      data-testid="sendtest-ring"
    >
      <svg viewBox="0 0 100 100" aria-hidden="true" focusable="false">
        <circle className="progress-ring-track" cx="50" cy="50" r={radius} />
        <circle
          className="progress-ring-fill"
          cx="50"
          cy="50"
          r={radius}
          strokeDasharray={circumference}
          strokeDashoffset={offset}
          transform="rotate(-90 50 50)"
        />
      </svg>
      <span className="progress-ring-seconds" aria-hidden="true">
        {elapsed}
      </span>
    </div>
  );
}
