/**
 * The one progress bar of every screen: a track with its fill, announced to screen readers as a
 * progressbar named by the heading or text it belongs to, with the value said in words.
 */
export function ProgressBar({
  labelledBy,
  done,
  total = 100,
  valueText,
  testId,
  phase,
}: {
  labelledBy: string;
  done: number;
  total?: number;
  valueText: string;
  testId?: string;
  phase?: string;
}) {
  const share = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
  return (
    <div
      className="progress-track"
      role="progressbar"
      aria-labelledby={labelledBy}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={done}
      aria-valuetext={valueText}
      data-testid={testId}
      data-phase={phase}
    >
      <div className="progress-fill" style={{ width: `${share * 100}%` }} />
    </div>
  );
}
