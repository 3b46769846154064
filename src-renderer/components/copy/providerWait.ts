import type { TFunction } from 'i18next';
import type { CopyJobView, CopyProgressView } from '../../../src-main/contract';
import { formatBytes } from './folderLabels';
import { clockTime } from '../../i18n/clockTime';

/**
 * The words for a provider's limits on the copy screen: a short wait a provider asked for
 * (provider.throttled), a copy paused by a daily limit until a time (status 'waiting'), and a
 * copy planned over days. Pure, with `now` passed in, so the screen's clock decides what is
 * current and tests can fix it.
 */

export type CopySchedule = NonNullable<CopyProgressView['schedule']>;

/**
 * What holds the copy at `now`: a wait a provider asked for, still running ('wait'), or a daily
 * limit that paused the job until a time ('waiting').
 */
export type ProviderLimit =
  | {
      kind: 'wait';
      /** Stable while the wait lasts, so a screen reader hears it once. */
      sentence: string;
      /** When it ends (ms): the countdown's own clock counts to it (see waitCountdown). */
      until: number;
    }
  | {
      kind: 'waiting';
      /** Why, and when it goes on; stable (but for midnight turning "tomorrow" into "today"). */
      sentence: string;
      /** "tomorrow at 3:05 PM". */
      when: string;
    };

export function providerLimit(
  job: CopyJobView,
  now: number,
  language: string,
  t: TFunction,
): ProviderLimit | undefined {
  if (job.status === 'waiting') {
    const when = waitingWhen(job, now, language, t);
    return { kind: 'waiting', when, sentence: waitingSentence(job, when, language, t) };
  }
  return activeWait(job.progress, now, t);
}

function activeWait(
  progress: CopyProgressView,
  now: number,
  t: TFunction,
): ProviderLimit | undefined {
  const until = progress.waitingUntil ? Date.parse(progress.waitingUntil) : NaN;
  // A wait that is over stays in the progress until the next one: only the clock says.
  if (!(until > now)) return undefined;
  const reason = progress.waitReason;
  // The account that asked, when known ("your new email provider"; i18next's context).
  const side = progress.waitSide ? { context: progress.waitSide } : {};
  const sentence =
    reason === 'provider.throttled'
      ? t('copy.wait.throttled', side)
      : reason === 'provider.unavailable'
        ? t('copy.wait.unavailable', side)
        : t('copy.wait.other', side);
  return { kind: 'wait', sentence, until };
}

/**
 * "It goes on by itself in 27 seconds.": seconds while under a minute, else whole minutes, both
 * rounded up, so it never says less time than is left.
 */
export function waitCountdown(ms: number, t: TFunction): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  return seconds < 60
    ? t('copy.wait.inSeconds', { count: seconds })
    : t('copy.wait.inMinutes', { count: Math.ceil(seconds / 60) });
}

const dayMs = 24 * 60 * 60 * 1000;

/** Calendar days from `from` to `to` in this computer's time zone (0: the same day). */
function calendarDays(from: number, to: number): number {
  const midnight = (ms: number) => {
    const d = new Date(ms);
    return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  };
  // Rounded: a day with a clock change is 23 or 25 hours long.
  return Math.round((midnight(to) - midnight(from)) / dayMs);
}

/** "at 3:05 PM", "tomorrow at 3:05 PM", "on Friday, December 12 at 3:05 PM", in the language. */
export function resumeWhen(at: number, now: number, language: string, t: TFunction): string {
  if (!(at > now)) return t('copy.waiting.whenSoon');
  const time = clockTime(at, language);
  const days = calendarDays(now, at);
  if (days === 0) return t('copy.waiting.whenToday', time);
  if (days === 1) return t('copy.waiting.whenTomorrow', time);
  const day = new Intl.DateTimeFormat(language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(at);
  return t('copy.waiting.whenOnDay', { day, ...time });
}

/** When a waiting job goes on, in words; its time is the job's `resumeAt`. */
function waitingWhen(job: CopyJobView, now: number, language: string, t: TFunction): string {
  const at = Date.parse(job.resumeAt ?? job.report?.resumeAfter ?? '');
  return resumeWhen(Number.isNaN(at) ? now : at, now, language, t);
}

/**
 * Why a waiting job waits and when it goes on: the provider's daily limit, named with its size
 * when the copy was planned over days ("Gmail lets Switchover copy about 2.5 GB a day.").
 */
function waitingSentence(job: CopyJobView, when: string, language: string, t: TFunction): string {
  const code = job.report?.stopReason?.code;
  if (code !== undefined && code !== 'provider.daily-limit')
    return t('copy.waiting.other', { when });
  const s = job.progress.schedule;
  const limit = s
    ? t('copy.waiting.limitNamed', {
        provider: s.provider,
        size: formatBytes(s.dailyBytes, language, t),
      })
    : t('copy.waiting.limit');
  return `${limit} ${t('copy.waiting.share', { when })}`;
}

/** "Gmail lets Switchover copy about 2.5 GB a day: this takes about 3 days. …" */
export function scheduleSentence(schedule: CopySchedule, language: string, t: TFunction): string {
  return t('copy.schedule.text', {
    provider: schedule.provider,
    size: formatBytes(schedule.dailyBytes, language, t),
    count: schedule.days,
  });
}

/**
 * Days still to go under a daily limit, when more than today's share is left; the rate-based
 * estimate would say hours for what takes days.
 */
export function daysLeft(progress: CopyProgressView): number | undefined {
  const s = progress.schedule;
  if (!s || s.dailyBytes <= 0) return undefined;
  const left = progress.bytesTotal - progress.bytesDone;
  return left > s.dailyBytes ? Math.ceil(left / s.dailyBytes) : undefined;
}
