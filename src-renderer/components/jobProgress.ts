import type { TFunction } from 'i18next';

/**
 * "about 3 minutes left", or "working it out" while there is no rate yet; each screen says it in
 * its own words, under its own keys.
 */
export function timeLeft(
  seconds: number | null,
  t: TFunction,
  keys: 'copy.progress' | 'done.backup',
): string {
  if (seconds === null) return t(`${keys}.estimating`);
  if (seconds < 60) return t(`${keys}.lessThanMinute`);
  const minutes = Math.round(seconds / 60);
  if (minutes < 90) return t(`${keys}.minutesLeft`, { count: minutes });
  return t(`${keys}.hoursLeft`, { count: Math.round(minutes / 60) });
}

/** How far a copy or a backup is, in whole percent: by bytes, else by messages. */
export function percentDone(progress: {
  bytesDone: number;
  bytesTotal: number;
  messagesDone: number;
  messagesTotal: number;
}): number {
  const fraction =
    progress.bytesTotal > 0
      ? progress.bytesDone / progress.bytesTotal
      : progress.messagesTotal > 0
        ? progress.messagesDone / progress.messagesTotal
        : 0;
  return Math.min(100, Math.max(0, Math.round(fraction * 100)));
}
