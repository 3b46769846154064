import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountSummary, Kit, SendTestState } from '../../src-main/contract';
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
import { createAccounts, makeTestPerson } from './testPerson';

// Screens 2 and 3 in Chromium through the bridge, against the real mail stack: settings found
// from the address, live sign-in, provider card, plain failures, a helper's kit.

const stack = useMailStack();
const person = makeTestPerson('alice');
const { run, oldEmail, newEmail, oldPassword, newPassword } = person;

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  await createAccounts(stack(), person);
  [app, browser] = await startAppAndChromium(mailStackEnv(stack().endpoints, `ispdb-e2e-${run}`));
});

afterAll(async () => {
  await stopAppAndChromium(app, browser);
});

/** The kit a helper would send for the new account (its address made from the old one's). */
function kitFor(helper: string): Kit {
  const provider = stack().endpoints.providers.new;
  return {
    kind: 'switchover-kit',
    version: 1,
    helper: { name: helper, contact: 'sam@family.test' },
    newAccount: {
      emailPattern: '{localpart}@new.test',
      imap: { host: provider.imapHostname, port: provider.imaps, security: 'tls' },
      smtp: { host: provider.smtpHostname, port: provider.submission, security: 'starttls' },
    },
  };
}

const pageErrors: string[] = [];

/** Opens the app and goes from Welcome to "Your old email". */
async function openOldAccountScreen(page: Page): Promise<void> {
  await page.goto(app.url);
  await page.getByTestId('next-button').click();
  await expect.poll(() => page.getByTestId('step-title').textContent()).toBe('Your old email');
}

/** Types an address and waits until the screen asks for the password (settings known). */
async function typeAddress(page: Page, email: string): Promise<void> {
  await page.getByTestId('email-input').fill(email);
  // No click needed: a complete address is looked up once typing pauses.
  await page.getByTestId('password-input').waitFor({ timeout: 20_000 });
}

describe('Signing in to the old and the new account', () => {
  it('shows the Gmail card before the password is asked', async () => {
    const page = await openPage(browser, { errors: pageErrors });
    await openOldAccountScreen(page);
    // Nothing to go on yet: Next says what is missing instead of moving on.
    expect(await page.getByTestId('next-button').getAttribute('aria-disabled')).toBe('true');
    expect(await page.getByTestId('next-blocked').textContent()).toBe(
      'Sign in first, then you can go on.',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('signin-old-empty'), fullPage: true });

    await page.getByTestId('email-input').fill(`grandma.${run}@gmail.com`);
    const card = page.getByTestId('provider-card');
    await card.waitFor({ timeout: 15_000 });
    expect(await card.getAttribute('data-card-id')).toBe('gmail');
    expect(await card.textContent()).toContain('app password');
    expect(await card.textContent()).toContain('2-Step Verification');
    // The card comes before the password field, so nobody types a password bound to fail.
    const cardFirst = await page.evaluate(() => {
      const cardElement = document.querySelector('[data-testid="provider-card"]');
      const password = document.querySelector('[data-testid="password-input"]');
      return Boolean(
        cardElement &&
        password &&
        cardElement.compareDocumentPosition(password) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
    });
    expect(cardFirst).toBe(true);
    const links = card.getByRole('link');
    expect(await links.count()).toBeGreaterThan(0);
    for (const link of await links.all()) {
      expect(await link.getAttribute('href')).toMatch(/^https:\/\/[a-z.]+google\.com\//);
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    }
    // Plain words on the main path; the jargon waits behind "Details".
    expect(await page.getByTestId('settings-source').textContent()).toContain(
      'Found your provider’s settings',
    );
    expect(await page.getByTestId('settings-details').getAttribute('open')).toBeNull();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('signin-old-card-gmail'), fullPage: true });

    // This build has no client ID for Google: the app password stays the way in.
    expect(await page.getByTestId('oauth-unavailable').textContent()).toContain(
      'This version of Switchover cannot sign in with Google',
    );
    expect(await page.getByTestId('oauth-button').count()).toBe(0);

    // Microsoft: no password can work there, so none is asked for; nor its page in this build.
    await page.getByTestId('email-input').fill(`grandpa.${run}@outlook.com`);
    const unavailable = page.getByTestId('oauth-unavailable');
    await expect
      .poll(() => unavailable.textContent(), { timeout: 15_000 })
      .toContain('This version of Switchover cannot sign in with Microsoft');
    expect(await unavailable.textContent()).toContain('Please ask your helper');
    expect(await page.getByTestId('provider-card').count()).toBe(0);
    expect(await page.getByTestId('oauth-button').count()).toBe(0);
    expect(await page.getByTestId('password-input').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await closePage(page, pageErrors);
  });

  it('says plainly when the password is wrong', async () => {
    const page = await openPage(browser, { errors: pageErrors });
    await openOldAccountScreen(page);
    await typeAddress(page, oldEmail);
    await page.getByTestId('password-input').fill('not-the-password');
    await page.getByTestId('signin-button').click();
    const error = page.getByTestId('signin-error');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.getAttribute('data-error-code')).toBe('auth.failed');
    expect(await error.getByRole('alert').textContent()).toBe(
      'The email address or the password is not right.',
    );
    expect(await error.textContent()).toContain('Please check the password');
    // The technical detail is there for the helper, folded away.
    expect(await error.locator('details').getAttribute('open')).toBeNull();
    expect(await error.locator('details').textContent()).toContain('auth.failed');
    expect(await page.getByTestId('next-button').getAttribute('aria-disabled')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('signin-old-error'), fullPage: true });
    await closePage(page, pageErrors);
  });

  it('lets settings be typed by hand when none are found, and explains a closed port', async () => {
    const page = await openPage(browser, { errors: pageErrors });
    await openOldAccountScreen(page);
    await page.getByTestId('email-input').fill(`bob-${run}@nowhere.test`);
    await page.getByTestId('continue-button').click();
    const detectError = page.getByTestId('detect-error');
    await detectError.waitFor({ timeout: 20_000 });
    expect(await detectError.getAttribute('data-error-code')).toBe('settings.not-found');
    // "Details" opens by itself with a starting point to correct.
    expect(await page.getByTestId('settings-details').getAttribute('open')).not.toBeNull();
    expect(await page.getByTestId('imap-host').inputValue()).toBe('imap.nowhere.test');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByTestId('imap-host').fill('imap.old.test');
    await page.getByTestId('imap-port').fill('1');
    await page.getByTestId('imap-security').selectOption('tls');
    await page.getByTestId('password-input').fill('anything');
    await page.getByTestId('signin-button').click();
    const error = page.getByTestId('signin-error');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.getAttribute('data-error-code')).toBe('net.unreachable');
    expect(await error.getByRole('alert').textContent()).toBe(
      'Switchover could not reach your provider’s mail server.',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await closePage(page, pageErrors);
  });

  it('signs in to the old account without a kit and to the new one with a kit', async () => {
    const page = await openPage(browser, { errors: pageErrors });
    await openOldAccountScreen(page);

    // Old account: settings found from the address alone (the stack's old.test), keyboard only.
    await typeAddress(page, oldEmail);
    const source = await page.getByTestId('settings-source').getAttribute('data-source');
    expect(['provider', 'ispdb', 'mx', 'srv', 'guess']).toContain(source);
    expect(await page.getByTestId('imap-host').inputValue()).toMatch(/\.old\.test$/);
    // Integration tests may serve a throwaway autoconfig file for old.test at this very moment
    // (one that names the local part as the user name); the person would correct the user name
    // under "Details", and so does this test.
    if ((await page.getByTestId('imap-username').inputValue()) !== oldEmail) {
      await page.getByTestId('settings-details').locator('summary').click();
      await page.getByTestId('imap-username').fill(oldEmail);
    }
    await page.getByTestId('password-input').fill(oldPassword);
    await page.getByTestId('password-toggle').click();
    expect(await page.getByTestId('password-input').getAttribute('type')).toBe('text');
    await page.getByTestId('password-input').press('Enter');
    const signedIn = page.getByTestId('signed-in');
    await signedIn.waitFor({ timeout: 30_000 });
    expect(await signedIn.textContent()).toContain('Signed in ✓');
    expect(await page.getByTestId('signed-in-email').textContent()).toContain(oldEmail);
    // Focus follows the news; the password field it was in is gone.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'signed-in',
    );
    expect(await page.getByTestId('next-button').getAttribute('aria-disabled')).toBeNull();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('signin-old-done'), fullPage: true });

    // New account: the helper's kit, chosen with "Open kit…", fills everything but the password.
    await page.getByTestId('next-button').press('Enter');
    await expect.poll(() => page.getByTestId('step-title').textContent()).toBe('Your new email');
    await page.getByTestId('kit-file-input').setInputFiles({
      name: 'for-alice.switchover',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(kitFor('Sam'))),
    });
    const greeting = page.getByTestId('kit-greeting');
    await greeting.waitFor({ timeout: 15_000 });
    expect(await greeting.textContent()).toContain('Prepared for you by Sam');
    expect(await page.getByTestId('email-input').inputValue()).toBe(newEmail);
    await page.getByTestId('password-input').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('settings-source').getAttribute('data-source')).toBe('kit');
    expect(await page.getByTestId('settings-source').textContent()).toContain(
      'Prepared by your helper',
    );
    expect(await page.getByTestId('smtp-host').inputValue()).toBe('smtp.new.test');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('signin-new-kit'), fullPage: true });

    await page.getByTestId('password-input').fill(newPassword);
    await page.getByTestId('signin-button').click();
    await signedIn.waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('signed-in-email').textContent()).toContain(newEmail);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('signin-new-done'), fullPage: true });

    // With both accounts signed in, the rest of the journey is open, keyboard only.
    const titles: string[] = [];
    for (let step = 3; step <= 7; step += 1) {
      titles.push((await page.getByTestId('step-title').textContent()) ?? '');
      expect(await page.locator('[aria-current="step"]').count()).toBe(1);
      if (step < 7) {
        await page.getByTestId('next-button').press('Enter');
        await expect
          .poll(() => page.getByTestId('step-title').textContent())
          .not.toBe(titles.at(-1));
      }
    }
    expect(new Set(titles).size).toBe(5);
    expect(await seriousViolations(page)).toEqual([]);

    // Both are remembered by Switchover itself: a fresh page lists them as signed in.
    await page.reload();
    await page.getByTestId('next-button').click();
    await signedIn.waitFor();
    expect(await page.getByTestId('signed-in-email').textContent()).toContain(oldEmail);

    // "Use a different account" forgets it and asks again.
    await page.getByTestId('use-different').click();
    await page.getByTestId('email-input').waitFor();
    expect(await page.getByTestId('next-button').getAttribute('aria-disabled')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);
    await closePage(page, pageErrors);
  });

  it('opens a kit dropped on the Welcome screen, and refuses a file that is not one', async () => {
    const page = await openPage(browser, { errors: pageErrors });
    await page.goto(app.url);
    await page.getByTestId('kit-opener').waitFor();
    const drop = (name: string, text: string) =>
      page.evaluate(
        ([fileName, fileText]) => {
          const data = new DataTransfer();
          data.items.add(new File([fileText], fileName, { type: 'application/json' }));
          const init = { dataTransfer: data, bubbles: true, cancelable: true };
          document.body.dispatchEvent(new DragEvent('dragover', init));
          document.body.dispatchEvent(new DragEvent('drop', init));
        },
        [name, text] as const,
      );

    await drop('broken.switchover', JSON.stringify({ kind: 'switchover-kit', password: 'x' }));
    const kitError = page.getByTestId('kit-error');
    await kitError.waitFor({ timeout: 15_000 });
    expect(await kitError.getAttribute('data-error-code')).toBe('kit.invalid');
    expect(await kitError.getByRole('alert').textContent()).toBe(
      'This file is not a Switchover kit that Switchover can read.',
    );

    await drop('from-robin.switchover', JSON.stringify(kitFor('Robin')));
    await expect
      .poll(() => page.getByTestId('kit-opened').textContent(), { timeout: 15_000 })
      .toContain('The kit from Robin is open');
    expect(await kitError.count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await closePage(page, pageErrors);
  });

  it('takes a new password for a signed-in account and keeps its settings', async () => {
    // Someone else, signed in over the bridge (the screens for that are tested above).
    const carol = makeTestPerson('carol');
    await createAccounts(stack(), carol);
    for (const [role, email, password] of [
      ['old', carol.oldEmail, carol.oldPassword],
      ['new', carol.newEmail, carol.newPassword],
    ] as const) {
      await signInOverBridge(app.url, stack().endpoints, {
        role,
        email,
        password,
        servers: 'name',
      });
    }
    type Listed = Record<'old' | 'new', AccountSummary | null>;
    const before = (await callOverBridge(app.url, 'accounts.list', {})) as Listed;
    // The password changes at the provider (or an app password is made) after signing in.
    const changed = `changed-${randomBytes(6).toString('hex')}`;
    await stack().createUser('new', carol.localpart, 'new.test', changed);

    // Screen 5 is refused with the saved password and sends the person back to sign in.
    const page = await openPage(browser, { errors: pageErrors });
    await goThroughSteps(page, app.url, [
      'Your old email',
      'Your new email',
      'Copy your mail',
      'Send a test',
    ]);
    await page.getByTestId('sendtest-button').click();
    const failed = page.getByTestId('sendtest-failed');
    await failed.waitFor({ timeout: 30_000 });
    expect(await failed.getAttribute('data-error-code')).toBe('smtp.auth-failed');
    await page.getByTestId('sendtest-sign-in').click();
    await expect.poll(() => page.getByTestId('step-title').textContent()).toBe('Your new email');

    // The card says why the person is here and offers the new password first.
    expect(await page.getByTestId('signed-in-email').textContent()).toContain(carol.newEmail);
    expect(await page.getByTestId('password-rejected').textContent()).toBe(
      'The saved password no longer works. If you changed it, or made an app password, type the new one.',
    );
    const action = page.getByTestId('new-password');
    expect(await action.textContent()).toBe('Type a new password');
    expect(await action.getAttribute('class')).toContain('button-primary');
    const actions = await page
      .getByTestId('signed-in')
      .locator('button')
      .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-testid')));
    expect(actions).toEqual(['new-password', 'use-different']);
    expect(await seriousViolations(page)).toEqual([]);

    // Opening the form puts the cursor in it; Cancel puts focus back on the action.
    const focused = () =>
      page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
    await action.click();
    await expect.poll(focused).toBe('password-input');
    await page.getByTestId('cancel-new-password').click();
    await expect.poll(focused).toBe('new-password');
    expect(await page.getByTestId('password-input').count()).toBe(0);
    await action.press('Enter');
    await expect.poll(focused).toBe('password-input');

    // The old password is refused in plain words, and nothing is saved.
    await page.getByTestId('password-input').fill(carol.newPassword);
    await page.getByTestId('save-new-password').click();
    const error = page.getByTestId('signin-error');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.getAttribute('data-error-code')).toBe('auth.failed');
    expect(await error.getByRole('alert').textContent()).toBe(
      'The email address or the password is not right.',
    );
    expect(await page.getByTestId('new-password-form').count()).toBe(1);
    expect(await callOverBridge(app.url, 'accounts.list', {})).toEqual(before);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('signin-new-password'), fullPage: true });

    // The new one works: back to the card, which says so out loud.
    await page.getByTestId('password-input').fill(changed);
    await page.getByTestId('password-toggle').click();
    expect(await page.getByTestId('password-input').getAttribute('type')).toBe('text');
    await page.getByTestId('save-new-password').click();
    const saved = page.getByTestId('signed-in-status');
    await expect
      .poll(() => saved.textContent(), { timeout: 30_000 })
      .toBe('New password saved. Switchover is signed in again.');
    expect(await saved.getAttribute('aria-live')).toBe('polite');
    expect(await page.getByTestId('new-password-form').count()).toBe(0);
    expect(await page.getByTestId('password-rejected').count()).toBe(0);
    expect(await focused()).toBe('signed-in');
    expect(await page.getByTestId('next-button').getAttribute('aria-disabled')).toBeNull();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('signin-new-password-saved'), fullPage: true });
    await closePage(page, pageErrors);

    // Same accounts and settings; only where the password is kept may differ.
    const after = (await callOverBridge(app.url, 'accounts.list', {})) as Listed;
    expect(after.old).toEqual(before.old);
    expect({ ...after.new, passwordStorage: undefined }).toEqual({
      ...before.new,
      passwordStorage: undefined,
    });

    // Switchover itself logs in afresh with the new password: the send test goes out over SMTP
    // and is seen arriving over IMAP.
    const { probeId } = (await callOverBridge(app.url, 'sendTest.start', {
      timeoutSeconds: 60,
    })) as { probeId: string };
    const deadline = Date.now() + 70_000;
    let current: SendTestState | null = null;
    while (Date.now() < deadline) {
      ({ current } = (await callOverBridge(app.url, 'sendTest.status', {})) as {
        current: SendTestState | null;
      });
      if (current?.probeId === probeId && ['arrived', 'failed'].includes(current.phase)) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(current?.probeId).toBe(probeId);
    expect(current?.outcome).toMatchObject({ ok: true });
    expect(current?.phase).toBe('arrived');
  });
});
