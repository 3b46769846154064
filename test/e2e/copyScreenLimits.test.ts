import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMessage } from '../integration/copyFixtures';
import {
  providerAnswers,
  providerCertificate,
  providerUpstream,
  startFaultProxy,
  type FaultProxy,
} from '../integration/faultProxy';
import { useMailStack } from '../mailstack/forTests';
import { callOverBridge, signInOverBridge } from './accountsOverBridge';
import { seriousViolations } from './axe';
import {
  mailStackEnv,
  screenshotPath,
  startAppAndChromium,
  stopAppAndChromium,
  type RunningApp,
} from './browserMode';
import { closePage, goThroughSteps, openPage } from './pages';

// Screen 4 while a provider holds the copy, against the real stack: the new account sits behind
// the fault proxy (the provider's own address and certificate, its settings typed by hand), which
// answers APPEND with Microsoft's exact "Request is throttled. Suggested Backoff Time: N
// milliseconds", then with Gmail's "[OVERQUOTA] Account exceeded command or bandwidth limits".
// The screen shows the wait with a countdown, then the copy waiting for the daily limit (an
// hour away), which the person stops by keyboard.

const stack = useMailStack();
const run = randomBytes(4).toString('hex');
const password = `pw-${randomBytes(6).toString('hex')}`;
const oldUser = `limui-${run}@old.test`;
const newUser = `limui-${run}@new.test`;
/** Long enough to be seen and checked on a loaded machine; short enough for a test. */
const backoffMs = 8000;
const viewport = { width: 1280, height: 900 };

let app: RunningApp;
let browser: Browser;
let proxy: FaultProxy;
const pageErrors: string[] = [];

/** From Welcome to "Copy your mail" by keyboard (both accounts are signed in). */
async function openCopyScreen(page: Page): Promise<void> {
  await goThroughSteps(page, app.url, ['Your old email', 'Your new email', 'Copy your mail']);
  await page.getByTestId('old-tree').waitFor({ timeout: 30_000 });
}

/** Every text the wait's live region holds from now on, in order (what a screen reader hears). */
async function recordAnnouncements(page: Page): Promise<void> {
  await page.evaluate(() => {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    const read = () => {
      const text = document.querySelector('[data-testid="copy-wait-text"]')?.textContent ?? '';
      if (heard.at(-1) !== text) heard.push(text);
    };
    new MutationObserver(read).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
}

const heard = (page: Page) =>
  page.evaluate(() => (window as unknown as { heard: string[] }).heard.filter((t) => t !== ''));

const focusedTestId = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid'));

beforeAll(async () => {
  await stack().createUser('old', `limui-${run}`, 'old.test', password);
  await stack().createUser('new', `limui-${run}`, 'new.test', password);
  // Several appends' worth (batches of about 2 MB), so the copy is still going when it is held.
  await stack().seedMessages(
    'old',
    oldUser,
    'INBOX',
    Array.from({ length: 40 }, (_, i) => ({
      raw: makeMessage({ seed: `${run}-limits-${i}`, bodyBytes: 300_000 }),
    })),
  );
  const e = stack().endpoints;
  proxy = await startFaultProxy({
    listenHost: e.providers.new.host,
    tls: providerCertificate(e, 'new'),
    upstream: providerUpstream(e, 'new'),
    rules: [
      {
        name: 'throttle',
        match: { command: 'APPEND' },
        skip: 2,
        times: 1,
        action: { kind: 'answer', response: providerAnswers.throttled(backoffMs) },
      },
    ],
  });
  [app, browser] = await startAppAndChromium(mailStackEnv(e));
  await signInOverBridge(app.url, e, {
    role: 'old',
    email: oldUser,
    password,
    servers: 'address',
    sending: false,
  });
  // The new account's settings typed by hand, its mail server at the proxy's port: the app
  // verifies the provider's own certificate as always. (Sending goes to the provider itself.)
  await callOverBridge(app.url, 'accounts.signIn', {
    role: 'new',
    email: newUser,
    password,
    imap: { host: e.providers.new.host, port: proxy.port, security: 'tls', username: newUser },
    smtp: {
      host: e.providers.new.host,
      port: e.providers.new.submission,
      security: 'starttls',
      username: newUser,
    },
    source: 'manual',
  });
}, 120_000);

afterAll(async () => {
  await stopAppAndChromium(app, browser);
  await proxy?.close();
});

describe('Copy your mail, while a provider holds the copy', () => {
  it('shows a throttle as a wait with a countdown, then the daily limit as a copy that goes on by itself', async () => {
    const page = await openPage(browser, { context: { viewport }, errors: pageErrors });
    await openCopyScreen(page);
    await recordAnnouncements(page);
    await page.getByTestId('copy-everything').click();

    // The new provider asked for a wait: said once (naming it), counted down, the bar and the
    // buttons kept.
    const wait = page.locator('[data-testid="copy-wait"][data-wait="wait"]');
    await wait.waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('copy-wait-text').textContent()).toBe(
      'Your new email provider asked Switchover to slow down for a moment. Nothing is lost.',
    );
    const countdown = async () =>
      Number(/in (\d+) seconds?/.exec((await page.getByTestId('copy-wait-countdown').textContent()) ?? '')?.[1]); // prettier-ignore
    const first = await countdown();
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(backoffMs / 1000);
    // The estimate gives way to the wait (a rate of nothing would say anything).
    expect(await page.getByTestId('copy-eta').textContent()).toMatch(
      /% done — waiting a moment for your email provider$/,
    );
    expect(await page.getByRole('progressbar').isVisible()).toBe(true);
    expect(await page.getByTestId('copy-pause').isEnabled()).toBe(true);
    expect(await page.getByTestId('copy-cancel').isEnabled()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('copy-throttled'), fullPage: true });
    // Time is respected: the countdown goes down with the clock.
    await expect.poll(countdown, { timeout: 5000, interval: 250 }).toBeLessThanOrEqual(first - 2);

    // The provider's limit for today, on the messages it asked to have sent again.
    proxy.setRules([
      {
        name: 'daily limit',
        match: { command: 'APPEND' },
        action: { kind: 'answer', response: providerAnswers.overQuota },
      },
    ]);
    const job = page.locator('[data-testid="copy-job"][data-status="waiting"]');
    await job.waitFor({ timeout: 45_000 });
    expect(await page.getByTestId('copy-progress-title').textContent()).toMatch(
      /^The copy goes on (at|tomorrow at) \d{1,2}:\d\d\s?(AM|PM)$/,
    );
    const waitingText = (await page.getByTestId('copy-wait-text').textContent()) ?? '';
    expect(waitingText).toMatch(
      /^One of your email providers lets Switchover copy only so much a day\. Today’s share is copied; it goes on by itself (at|tomorrow at) \d{1,2}:\d\d\s?(AM|PM)\.$/,
    );
    expect(await page.getByTestId('copy-wait').textContent()).toContain(
      'Leave Switchover open, or open it again later: it goes on where it stopped.',
    );
    expect(await page.getByRole('progressbar').isVisible()).toBe(true);
    expect(await page.getByTestId('copy-pause').count()).toBe(0);
    expect(await page.locator('.notice-error, [role="alert"]').count()).toBe(0);
    // A screen reader heard each sentence once: not the countdown's every second.
    expect(await heard(page)).toEqual([
      'Your new email provider asked Switchover to slow down for a moment. Nothing is lost.',
      waitingText,
    ]);
    // The main side says the same: waiting, an hour or so from now.
    const status = (await callOverBridge(app.url, 'copy.status', {})) as {
      job: { status: string; resumeAt?: string };
    };
    expect(status.job.status).toBe('waiting');
    expect(Date.parse(status.job.resumeAt ?? '')).toBeGreaterThan(Date.now() + 30 * 60_000);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('copy-waiting'), fullPage: true });

    // A reload finds it waiting again, on its own screen.
    await page.reload();
    await job.waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('step-title').textContent()).toBe('Copy your mail');

    // Stopping it, by keyboard: asked once more, then the report of a stopped copy.
    await page.getByTestId('copy-cancel').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('copy-cancel-confirm').waitFor();
    expect(await focusedTestId(page)).toBe('copy-cancel-keep');
    await page.keyboard.press('Tab');
    expect(await focusedTestId(page)).toBe('copy-cancel-yes');
    await page.keyboard.press('Enter');
    await page.getByTestId('copy-report').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('copy-job').count()).toBe(0);
    expect(await page.getByTestId('copy-report-title').textContent()).toBe('You stopped the copy');
    expect(await page.getByTestId('copy-report-summary').getAttribute('data-status')).toBe(
      'cancelled',
    );
    const after = (await callOverBridge(app.url, 'copy.status', {})) as {
      job: { status: string; resumeAt?: string };
    };
    expect(after.job.status).toBe('finished');
    expect(after.job.resumeAt).toBeUndefined();
    expect(await seriousViolations(page)).toEqual([]);
    await closePage(page, pageErrors);
  }, 150_000);
});
