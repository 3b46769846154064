// When the switch counts as complete: MX points to the new provider, both probes arrived in the
// new account, and the old inbox stayed quiet for a while (48 h by default) after the last
// straggler — or after the probes passed, whichever is later.

import type { Completion, MxState, ProbeOutcome } from '../contract';

export const defaultQuietPeriodMs = 48 * 3600_000;
/** Keep the old account a while longer for senders who write rarely (yearly notices). */
export const keepOldAccountDays = 90;

export function completion(input: {
  mxState: MxState | undefined;
  probeOutcome: ProbeOutcome | null | undefined;
  probesPassedAt: Date | undefined;
  lastStragglerAt: Date | undefined;
  now: Date;
  quietPeriodMs?: number;
}): Completion {
  const waitingFor: Completion['waitingFor'] = [];
  if (input.mxState !== 'switched') waitingFor.push('mx');
  if (input.probeOutcome !== 'done' || input.probesPassedAt === undefined)
    waitingFor.push('probes');
  const starts = [input.probesPassedAt, input.lastStragglerAt].filter(
    (d): d is Date => d !== undefined,
  );
  const quietFrom = starts.length > 0 ? Math.max(...starts.map((d) => d.getTime())) : undefined;
  const quietUntil =
    quietFrom === undefined ? undefined : quietFrom + (input.quietPeriodMs ?? defaultQuietPeriodMs);
  if (quietUntil === undefined || input.now.getTime() < quietUntil) waitingFor.push('quiet-period');
  return {
    complete: waitingFor.length === 0,
    waitingFor,
    quietUntil: quietUntil === undefined ? null : new Date(quietUntil).toISOString(),
    keepOldAccountUntil:
      quietUntil === undefined
        ? null
        : new Date(quietUntil + keepOldAccountDays * 86_400_000).toISOString(),
  };
}
