import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import {
  supportedLanguages,
  SwitchoverError,
  type CopyJobView,
  type CopyProgressView,
  type Language,
} from '../../src-main/contract';
import { scheduleSentence as cliScheduleSentence } from '../../src-main/copy/dailyLimits';
import { CopyProgressPanel } from '../../src-renderer/components/copy/CopyProgressPanel';
import {
  providerLimit,
  resumeWhen,
  scheduleSentence,
  waitCountdown,
} from '../../src-renderer/components/copy/providerWait';
import { copyErrorText, plainErrorMessage } from '../../src-renderer/errors/errorWords';
import { copyJobView } from './copyJobFixtures';
import { renderIn, translator } from './i18nForTests';

// The copy screen while a provider holds the copy: a wait it asked for (a countdown, no estimate,
// the bar kept), a daily limit that paused it until a time in the person's language (stop still
// possible, nothing styled as an error), and a copy planned over days, said up front.

/** Spaces of any kind as one plain space, so the checks read as the person sees them. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** The markup's text as the person reads it. */
const textOf = (html: string) =>
  plain(html.replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'"))
    .replace(/\s+/g, ' ')
    .trim();

const gmailSchedule = {
  provider: 'Gmail',
  direction: 'download' as const,
  dailyBytes: 2_500_000_000,
  days: 3,
};

/** 30% of a copy, its estimate about a minute. */
function job(extra: Partial<CopyJobView> = {}, p: Partial<CopyProgressView> = {}): CopyJobView {
  return copyJobView(extra, {
    messagesDone: 120,
    messagesTotal: 400,
    bytesDone: 3_000_000,
    bytesTotal: 10_000_000,
    rate: 100_000,
    etaSeconds: 70,
    ...p,
  });
}

/** Paused by a daily limit until `resumeAt`, as the main side leaves it. */
function waitingJob(resumeAt: string, p: Partial<CopyProgressView> = {}): CopyJobView {
  return job(
    {
      status: 'waiting',
      resumeAt,
      report: {
        status: 'paused',
        resumeAfter: resumeAt,
        stopReason: { code: 'provider.daily-limit', message: 'Limit reached.' },
        copied: 120,
        skipped: 0,
        failed: 0,
        alreadyThere: 0,
        deletedLeftBehind: 0,
        bytes: 3_000_000,
        seconds: 60,
        verified: false,
        folders: [],
      },
    },
    { phase: 'done', rate: 0, etaSeconds: 0, ...p },
  );
}

function panel(language: Language, shown: CopyJobView): string {
  return renderIn(
    language,
    createElement(CopyProgressPanel, {
      job: shown,
      folderName: (path: string) => path,
      busy: false,
      takeFocus: false,
      onPause: () => undefined,
      onResume: () => undefined,
      onCancel: () => undefined,
    }),
  );
}

/** The text of the element with this data-testid ('' when it is empty, undefined when absent). */
function byTestId(html: string, id: string): string | undefined {
  const match = new RegExp(`<(\\w+)[^>]*data-testid="${id}"[^>]*>(.*?)</\\1>`, 's').exec(html);
  return match ? textOf(match[2] ?? '') : undefined;
}

describe('a wait a provider asked for', () => {
  const t = translator('en');
  const now = Date.parse('2026-12-04T10:00:00Z');
  const waiting = (ms: number, reason?: CopyProgressView['waitReason']) =>
    job(
      {},
      {
        waitingUntil: new Date(now + ms).toISOString(),
        ...(reason ? { waitReason: reason } : {}),
      },
    );

  it('says why in a sentence that stays the same while the wait lasts', () => {
    const first = providerLimit(waiting(27_400, 'provider.throttled'), now, 'en', t);
    const later = providerLimit(waiting(12_000, 'provider.throttled'), now, 'en', t);
    expect(first).toEqual({
      kind: 'wait',
      sentence:
        'One of your email providers asked Switchover to slow down for a moment. Nothing is lost.',
      until: now + 27_400,
    });
    expect(later?.sentence).toBe(first?.sentence);
  });

  it.each([
    ['en', 'Your new email provider asked Switchover to slow down for a moment. Nothing is lost.'],
    [
      'de',
      'Ihr neuer E-Mail-Anbieter hat Switchover gebeten, kurz langsamer zu machen. Es geht nichts verloren.',
    ],
    [
      'fr',
      'Votre nouveau fournisseur de messagerie a demandé à Switchover de ralentir un instant. Rien n’est perdu.',
    ],
    [
      'es',
      'Su proveedor de correo nuevo pidió a Switchover que fuera más despacio un momento. No se pierde nada.',
    ],
  ] as const)('%s: names the account that asked, when the copy knows it', (language, sentence) => {
    const view = job(
      {},
      {
        waitingUntil: new Date(now + 8_000).toISOString(),
        waitReason: 'provider.throttled',
        waitSide: 'new',
      },
    );
    expect(providerLimit(view, now, language, translator(language))?.sentence).toBe(sentence);
    const old = job(
      {},
      {
        waitingUntil: new Date(now + 8_000).toISOString(),
        waitReason: 'provider.unavailable',
        waitSide: 'old',
      },
    );
    expect(providerLimit(old, now, 'en', t)?.sentence).toBe(
      'Your old email provider is busy for a moment. Nothing is lost.',
    );
  });

  it('counts down the seconds left, rounded up: never less time than is left', () => {
    expect(waitCountdown(27_400, t)).toBe('It goes on by itself in 28 seconds.');
    expect(waitCountdown(12_000, t)).toBe('It goes on by itself in 12 seconds.');
  });

  it('counts in minutes above a minute, and says one second as one', () => {
    expect(waitCountdown(299_609, t)).toBe('It goes on by itself in about 5 minutes.');
    expect(waitCountdown(61_000, t)).toBe('It goes on by itself in about 2 minutes.');
    expect(waitCountdown(400, t)).toBe('It goes on by itself in 1 second.');
  });

  it('is over when its time has passed, though the progress still names it', () => {
    expect(providerLimit(waiting(-1, 'provider.throttled'), now, 'en', t)).toBeUndefined();
    expect(providerLimit(job(), now, 'en', t)).toBeUndefined();
  });

  it('has its own words for a provider that is busy, and for any other wait', () => {
    const busy = providerLimit(waiting(5000, 'provider.unavailable'), now, 'en', t);
    const other = providerLimit(waiting(5000), now, 'en', t);
    expect(busy?.sentence).toContain('is busy for a moment');
    expect(other?.sentence).toContain('Switchover is waiting a moment');
  });

  it('keeps the bar and the buttons, and shows the countdown instead of an estimate', () => {
    const html = panel(
      'en',
      job(
        {},
        {
          waitingUntil: new Date(Date.now() + 30_000).toISOString(),
          waitReason: 'provider.throttled',
        },
      ),
    );
    expect(html).toContain('role="progressbar"');
    expect(html).toContain('aria-valuenow="30"');
    expect(byTestId(html, 'copy-eta')).toBe('30% done — waiting a moment for your email provider');
    expect(html).not.toMatch(/minutes? left/);
    expect(byTestId(html, 'copy-wait-text')).toContain('asked Switchover to slow down');
    expect(byTestId(html, 'copy-wait-countdown')).toMatch(
      /^It goes on by itself in (29|30) seconds\.$/,
    );
    // The sentence is a polite live region; the countdown a timer, which is not announced.
    expect(html).toMatch(
      /<p role="status" aria-live="polite" aria-atomic="true" data-testid="copy-wait-text">/,
    );
    expect(html).toMatch(/<p role="timer"[^>]*data-testid="copy-wait-countdown"/);
    expect(html).toContain('data-testid="copy-pause"');
    expect(html).toContain('data-testid="copy-cancel"');
    expect(html).not.toContain('notice-error');
  });

  it('is absent without a wait: the live region is there, empty, and the estimate is back', () => {
    const html = panel('en', job());
    expect(byTestId(html, 'copy-wait-text')).toBe('');
    expect(html).toContain('data-wait="none"');
    expect(byTestId(html, 'copy-wait-countdown')).toBeUndefined();
    expect(byTestId(html, 'copy-eta')).toBe('30% done — about 1 minute left');
  });
});

describe('a copy paused by a daily limit', () => {
  // Local times: the sentences say the time on this computer's clock.
  const now = new Date(2026, 11, 4, 10, 0).getTime();
  const at = (day: number, hour: number, minute: number) =>
    new Date(2026, 11, day, hour, minute).getTime();

  it.each([
    ['en', 'at 2:05 PM', 'tomorrow at 2:05 PM', 'on Tuesday, December 8 at 2:05 PM', 'in a moment'],
    ['de', 'um 14:05', 'morgen um 14:05', 'am Dienstag, 8. Dezember um 14:05', 'gleich'],
    ['fr', 'à 14:05', 'demain à 14:05', 'le mardi 8 décembre à 14:05', 'dans un instant'],
    [
      'es',
      'a las 14:05',
      'mañana a las 14:05',
      'el martes, 8 de diciembre a las 14:05',
      'en un momento',
    ],
  ] as const)(
    '%s: says when it goes on in the person’s language',
    (language, today, tomorrow, later, past) => {
      const t = translator(language);
      expect(plain(resumeWhen(at(4, 14, 5), now, language, t))).toBe(today);
      expect(plain(resumeWhen(at(5, 14, 5), now, language, t))).toBe(tomorrow);
      expect(plain(resumeWhen(at(8, 14, 5), now, language, t))).toBe(later);
      expect(plain(resumeWhen(now - 1000, now, language, t))).toBe(past);
    },
  );

  it('Spanish says "a la" at one o’clock and "a las" at any other hour', () => {
    const t = translator('es');
    expect(plain(resumeWhen(at(5, 1, 5), now, 'es', t))).toBe('mañana a la 1:05');
    expect(plain(resumeWhen(at(5, 13, 5), now, 'es', t))).toBe('mañana a las 13:05');
    expect(plain(resumeWhen(at(4, 11, 30), now, 'es', t))).toBe('a las 11:30');
    expect(plain(resumeWhen(at(5, 1, 5), now, 'en', translator('en')))).toBe('tomorrow at 1:05 AM');
  });

  it('names the limit it planned with, and when it goes on by itself', () => {
    const t = translator('en');
    const resumeAt = new Date(at(5, 14, 5)).toISOString();
    const named = providerLimit(waitingJob(resumeAt, { schedule: gmailSchedule }), now, 'en', t);
    expect(named).toEqual({
      kind: 'waiting',
      when: 'tomorrow at 2:05 PM',
      sentence:
        'Gmail lets Switchover copy about 2.5 GB a day. Today’s share is copied; it goes on by itself tomorrow at 2:05 PM.',
    });
    const unnamed = providerLimit(waitingJob(resumeAt), now, 'en', t);
    expect(unnamed?.sentence).toBe(
      'One of your email providers lets Switchover copy only so much a day. Today’s share is copied; it goes on by itself tomorrow at 2:05 PM.',
    );
  });

  it('keeps the bar, offers only stopping, and looks like no failure', () => {
    const resumeAt = new Date(Date.now() + 3_600_000).toISOString();
    const html = panel('en', waitingJob(resumeAt, { schedule: gmailSchedule }));
    const title = byTestId(html, 'copy-progress-title') ?? '';
    expect(title).toMatch(/^The copy goes on (at|tomorrow at) \d{1,2}:\d\d (AM|PM)$/);
    expect(html).toContain('role="progressbar"');
    expect(byTestId(html, 'copy-eta')).toBe('30% done — today’s share is copied');
    expect(byTestId(html, 'copy-wait-text')).toContain(
      'Gmail lets Switchover copy about 2.5 GB a day. Today’s share is copied; it goes on by itself',
    );
    expect(textOf(html)).toContain(
      'Leave Switchover open, or open it again later: it goes on where it stopped.',
    );
    expect(html).toContain('data-wait="waiting"');
    expect(html).toContain('data-testid="copy-cancel"');
    expect(html).not.toContain('data-testid="copy-pause"');
    expect(html).not.toContain('data-testid="copy-resume"');
    // Not "now copying", not the schedule again, not an error.
    expect(html).not.toContain('data-testid="copy-folder"');
    expect(byTestId(html, 'copy-schedule')).toBe('');
    expect(html).not.toMatch(/notice-error|role="alert"/);
  });

  it('says the time in German on a German screen', () => {
    const resumeAt = new Date(Date.now() + 3_600_000).toISOString();
    const html = panel('de', waitingJob(resumeAt));
    expect(byTestId(html, 'copy-progress-title')).toMatch(
      /^Das Kopieren geht (um|morgen um) \d{1,2}:\d\d weiter$/,
    );
  });
});

describe('a copy planned over days', () => {
  it('says it in the words of the command line, in English', () => {
    expect(scheduleSentence(gmailSchedule, 'en', translator('en'))).toBe(
      cliScheduleSentence({ ...gmailSchedule, provider: 'Gmail' }),
    );
    expect(
      scheduleSentence(
        { ...gmailSchedule, direction: 'upload', dailyBytes: 500_000_000, days: 7 },
        'en',
        translator('en'),
      ),
    ).toBe(
      'Gmail lets Switchover copy about 500 MB a day: this takes about 7 days. Leave Switchover open, or open it again tomorrow: it goes on where it stopped.',
    );
  });

  it.each(supportedLanguages)('%s: has the size and the days in the language', (language) => {
    const text = plain(scheduleSentence(gmailSchedule, language, translator(language)));
    expect(text).toContain(language === 'en' ? '2.5 GB' : language === 'fr' ? '2,5 Go' : '2,5 GB');
    expect(text).toMatch(/\b3\b/);
    if (language !== 'en') expect(text).not.toContain('lets Switchover copy');
  });

  it('is shown while copying, with the days left instead of an estimate in hours', () => {
    const html = panel(
      'en',
      job({}, { schedule: gmailSchedule, bytesDone: 1_000_000_000, bytesTotal: 7_500_000_000 }),
    );
    expect(byTestId(html, 'copy-schedule')).toBe(
      cliScheduleSentence({ ...gmailSchedule, provider: 'Gmail' }),
    );
    expect(byTestId(html, 'copy-eta')).toBe('13% done — about 3 days left');
    // The last day's share: the estimate again.
    const lastDay = panel(
      'en',
      job({}, { schedule: gmailSchedule, bytesDone: 6_000_000_000, bytesTotal: 7_500_000_000 }),
    );
    expect(byTestId(lastDay, 'copy-eta')).toBe('80% done — about 1 minute left');
  });
});

describe('provider limits as failures, in plain words', () => {
  const codes = ['provider.throttled', 'provider.unavailable', 'provider.daily-limit'] as const;

  it.each(supportedLanguages)(
    '%s: each has its own sentence on the copy screen and elsewhere',
    (language) => {
      const t = translator(language);
      const seen = new Set<string>();
      for (const code of codes) {
        const error = new SwitchoverError(code, 'technical English');
        for (const text of [copyErrorText(error, t), plainErrorMessage(error, t)]) {
          expect(text, code).not.toBe('technical English');
          expect(text, code).not.toMatch(/copy\.errors|errors\./);
          seen.add(text);
        }
      }
      expect(seen.size).toBe(codes.length * 2);
    },
  );

  it('says what to do next', () => {
    const t = translator('en');
    const text = (code: (typeof codes)[number]) => copyErrorText(new SwitchoverError(code, 'x'), t);
    expect(text('provider.throttled')).toContain('Wait a few minutes');
    expect(text('provider.daily-limit')).toContain('Try again tomorrow');
    expect(text('provider.unavailable')).toContain('copying again continues where it stopped');
  });
});
