import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostfixRules } from '../integration/sendTestFixtures';
import { useMailStack } from '../mailstack/forTests';
import { run as runCommand } from '../mailstack/processes';
import { signInOverBridge } from './accountsOverBridge';
import { seriousViolations } from './axe';
import {
  mailStackEnv,
  screenshotPath,
  startAppAndChromium,
  stopAppAndChromium,
  type RunningApp,
} from './browserMode';
import { closePage, goThroughSteps, openPage } from './pages';
import { createAccounts, makeTestPerson } from './testPerson';

// Screen 5 in Chromium through the bridge, against the real mail stack: the button, the waiting
// ring (held by Postfix so it can be seen, and seen again after a reload), "It arrived in N
// seconds" once Postfix lets it go, and a password changed on the server after sign-in.

const stack = useMailStack();
const person = makeTestPerson('sendtest');
const { run, localpart, oldEmail, newEmail, oldPassword, newPassword } = person;
const relativeEmail = `relative-${run}@new.test`;
const changedPassword = `changed-${randomBytes(6).toString('hex')}`;

let app: RunningApp;
let browser: Browser;
let rules: PostfixRules | undefined;

beforeAll(async () => {
  // One after the other: each updates the stack's state file.
  await createAccounts(stack(), person);
  await stack().createUser('new', `relative-${run}`, 'new.test', `rel-${run}`);
  [app, browser] = await startAppAndChromium(mailStackEnv(stack().endpoints, `ispdb-e2e-${run}`));
  // Signing in through the screens is signIn.test.ts's subject; here the same calls go over the
  // bridge directly.
  for (const [role, email, password] of [
    ['old', oldEmail, oldPassword],
    ['new', newEmail, newPassword],
  ] as const) {
    await signInOverBridge(app.url, stack().endpoints, { role, email, password, servers: 'name' });
  }
  // Postfix holds mail for this address until the test lets it go: the waiting state stays put
  // long enough to be looked at, and the arrival that follows is a real delivery.
  rules = new PostfixRules(stack());
  await rules.apply({ [newEmail]: 'HOLD' }, {});
});

afterAll(async () => {
  await stopAppAndChromium(app, browser);
  if (rules) {
    await rules.discard(await rules.held(newEmail));
    await rules.restore();
  }
});

/** Lets Postfix deliver the held message now, as if the provider had simply been slow. */
async function releaseHeld(): Promise<void> {
  if (!rules) throw new Error('no rules');
  const deadline = Date.now() + 20_000;
  let ids: string[] = [];
  while (ids.length === 0 && Date.now() < deadline) {
    ids = await rules.held(newEmail);
    if (ids.length === 0) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect(ids).toHaveLength(1);
  for (const id of ids) {
    await runCommand('postsuper', ['-c', rules.confDir, '-H', id]);
    await runCommand('postqueue', ['-c', rules.confDir, '-i', id]);
  }
}

const pageErrors: string[] = [];

const title = (page: Page) => page.getByTestId('step-title').textContent();

/** From Welcome to "Send a test" with Next, keyboard only (both accounts are signed in). */
async function openSendTestScreen(page: Page): Promise<void> {
  await goThroughSteps(page, app.url, [
    'Your old email',
    'Your new email',
    'Copy your mail',
    'Send a test',
  ]);
}

describe('Send a test', () => {
  it('sends a test, shows it waiting (also after a reload), then says it arrived', async () => {
    const page = await openPage(browser, { errors: pageErrors });
    await openSendTestScreen(page);

    // Ready: one sentence, one big button, the optional second address, and Next is not blocked.
    expect(await page.getByTestId('sendtest-intro').textContent()).toBe(
      'We send a short message from your new address to itself and watch for it to arrive.',
    );
    const button = page.getByTestId('sendtest-button');
    await button.waitFor();
    expect(await button.textContent()).toBe('Send a test');
    const size = await button.boundingBox();
    expect(size?.height ?? 0).toBeGreaterThanOrEqual(44);
    expect(await page.getByLabel('Also send to (for example a relative)').count()).toBe(1);
    expect(await page.getByTestId('sendtest-optional').textContent()).toContain(
      'you can go on to the next step without it',
    );
    expect(await page.getByTestId('next-button').getAttribute('aria-disabled')).toBeNull();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('sendtest-ready'), fullPage: true });

    // Also to a relative: a half-typed address is caught before anything is sent.
    const extraInput = page.getByTestId('sendtest-extra-input');
    await extraInput.fill('relative@');
    await button.press('Enter');
    expect(await extraInput.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('sendtest-running').count()).toBe(0);
    await extraInput.fill(relativeEmail);

    // Waiting: the ring counts the seconds from the main side's progress events.
    await button.press('Enter');
    const running = page.getByTestId('sendtest-running');
    await expect
      .poll(() => running.getAttribute('data-phase'), { timeout: 20_000 })
      .toBe('waiting');
    const ring = page.getByRole('progressbar');
    expect(await ring.getAttribute('aria-valuemax')).toBe('120');
    await expect
      .poll(async () => Number(await ring.getAttribute('aria-valuenow')), { timeout: 10_000 })
      .toBeGreaterThanOrEqual(2);
    expect(await page.getByTestId('sendtest-waiting-text').textContent()).toMatch(
      /^Waiting for it to arrive… \d+ seconds$/,
    );
    expect(await ring.getAttribute('aria-valuetext')).toMatch(/^\d+ of at most 120 seconds$/);
    expect(await page.getByTestId('sendtest-live').getAttribute('aria-live')).toBe('polite');
    // Focus followed from the button (now gone) to what replaced it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'sendtest-running',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('sendtest-waiting'), fullPage: true });

    // A reloaded window opens on the running test again and keeps counting.
    const before = Number(await ring.getAttribute('aria-valuenow'));
    await page.reload();
    await expect.poll(() => title(page), { timeout: 15_000 }).toBe('Send a test');
    await expect
      .poll(async () => Number(await ring.getAttribute('aria-valuenow')), { timeout: 10_000 })
      .toBeGreaterThan(before);

    // Postfix lets the message go: it lands in the inbox, and the screen says so.
    await releaseHeld();
    const arrivedTitle = page.getByTestId('sendtest-arrived-title');
    await arrivedTitle.waitFor({ timeout: 30_000 });
    const arrivedText = (await arrivedTitle.textContent()) ?? '';
    expect(arrivedText).toMatch(/^It arrived in \d+ seconds? ✓$/);
    const seconds = Number(/\d+/.exec(arrivedText)?.[0]);
    expect(seconds).toBeGreaterThanOrEqual(before);
    expect(seconds).toBeLessThan(60);
    expect(await page.getByRole('progressbar').count()).toBe(0);
    // The jargon waits behind "Details": the sending server's conversation, without the password.
    const details = page.getByTestId('sendtest-details');
    expect(await details.getAttribute('open')).toBeNull();
    expect(await details.textContent()).toContain('port 587');
    const transcript = (await page.getByTestId('sendtest-transcript').textContent()) ?? '';
    expect(transcript).toMatch(/250 2\.0\.0 Ok: queued as/);
    expect(transcript).not.toContain(newPassword);
    expect(await page.getByTestId('sendtest-optional').count()).toBe(0);
    expect(await page.getByTestId('sendtest-button').textContent()).toBe('Send another test');
    // Whether it reached the relative is the person's answer.
    const extra = page.getByTestId('sendtest-extra');
    expect(await extra.textContent()).toContain(`Did the message reach ${relativeEmail}?`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('sendtest-arrived'), fullPage: true });
    await page.getByTestId('extra-arrived').click();
    await expect.poll(() => extra.getAttribute('data-status')).toBe('arrived');
    expect(await extra.textContent()).toBe(`${relativeEmail} received it ✓`);

    // Next goes on to step 6.
    await page.getByTestId('next-button').press('Enter');
    await expect.poll(() => title(page)).toBe('Is the switch complete?');
    await closePage(page, pageErrors);
  });

  it('says plainly when the new account’s password was changed after signing in', async () => {
    // The provider now has another password for the account Switchover signed in to.
    await stack().createUser('new', localpart, 'new.test', changedPassword);
    const page = await openPage(browser, { errors: pageErrors });
    await openSendTestScreen(page);
    // The last test is still shown after the window was closed.
    await page.getByTestId('sendtest-arrived').waitFor();

    await page.getByTestId('sendtest-button').click();
    const failed = page.getByTestId('sendtest-failed');
    await failed.waitFor({ timeout: 30_000 });
    expect(await failed.getAttribute('data-error-code')).toBe('smtp.auth-failed');
    expect(await failed.getByRole('alert').textContent()).toBe(
      'The server for sending mail did not accept the password of your new account.',
    );
    expect(await page.getByTestId('sendtest-failed-next').textContent()).toContain(
      'Perhaps the password was changed since you signed in.',
    );
    const details = page.getByTestId('sendtest-details');
    expect(await details.getAttribute('open')).toBeNull();
    expect(await details.textContent()).toContain('Error code: smtp.auth-failed');
    expect(await details.textContent()).not.toContain(newPassword);
    expect(await page.getByTestId('sendtest-button').textContent()).toBe('Try again');
    expect(await page.getByTestId('sendtest-optional').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('sendtest-failed'), fullPage: true });

    // The way out: back to "Your new email" to sign in again.
    await page.getByTestId('sendtest-sign-in').click();
    await expect.poll(() => title(page)).toBe('Your new email');
    await closePage(page, pageErrors);
  });
});
