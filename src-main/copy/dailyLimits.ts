import type { ReadOnlyImapSession, WritableImapSession } from '../imap';

/**
 * Gmail's published daily IMAP limits: about 2,500 MB downloaded and 500 MB uploaded a day. A
 * copy larger than that is planned over days from the start, and said so, rather than found out
 * when the provider stops it (which pauses it: provider.daily-limit).
 */
export const gmailDailyDownloadBytes = 2500 * 1000 * 1000;
export const gmailDailyUploadBytes = 500 * 1000 * 1000;

export interface CopySchedule {
  provider: 'Gmail';
  /** Which side's limit sets the pace. */
  direction: 'download' | 'upload';
  dailyBytes: number;
  days: number;
}

/** The days a copy of `bytes` needs under Gmail's limits, when it needs more than one. */
export function scheduleFor(
  bytes: number,
  src: ReadOnlyImapSession,
  dst: WritableImapSession,
): CopySchedule | undefined {
  const limits: CopySchedule[] = [];
  if (src.capabilities.has('X-GM-EXT-1'))
    limits.push({
      provider: 'Gmail',
      direction: 'download',
      dailyBytes: gmailDailyDownloadBytes,
      days: 0,
    });
  if (dst.capabilities.has('X-GM-EXT-1'))
    limits.push({
      provider: 'Gmail',
      direction: 'upload',
      dailyBytes: gmailDailyUploadBytes,
      days: 0,
    });
  const tightest = limits.sort((a, b) => a.dailyBytes - b.dailyBytes)[0];
  if (!tightest || bytes <= tightest.dailyBytes) return undefined;
  return { ...tightest, days: Math.ceil(bytes / tightest.dailyBytes) };
}

/** "Gmail lets Switchover copy about 2.5 GB a day: this takes about 3 days. …" */
export function scheduleSentence(s: CopySchedule): string {
  const size = `${(s.dailyBytes / 1e9).toLocaleString('en-US', { maximumFractionDigits: 1 })} GB`;
  return (
    `${s.provider} lets Switchover copy about ${size} a day: this takes about ${s.days} days. ` +
    'Leave Switchover open, or open it again tomorrow: it goes on where it stopped.'
  );
}
