import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ImapFlow } from 'imapflow';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountSummary } from '../../src-main/contract';
import { makeMessage } from '../integration/copyFixtures';
import { useMailStack } from '../mailstack/forTests';
import { callOverBridge } from './accountsOverBridge';
import { seriousViolations } from './axe';
import {
  launchChromium,
  mailStackEnv,
  screenshotPath,
  startBrowserMode,
  stopAppAndChromium,
  type RunningApp,
} from './browserMode';
import { closePage, openPage } from './pages';
import { createAccounts, makeTestPerson } from './testPerson';

// "Sign in with …" in Chromium through the bridge, against the mail stack's real identity
// provider (oidc-provider at login.oauth.test, its development login and consent pages): the
// provider's page opens in a new tab, the person signs in and allows, the app keeps the account;
// then a copy and the send test work with the tokens alone. Also: Cancel while waiting, another
// account chosen than typed, permission refused.

const stack = useMailStack();
const person = makeTestPerson('oauth');
const { run, oldEmail, newEmail, newPassword } = person;
const seededCount = 3;

let app: RunningApp;
let browser: Browser;
let providersDir: string;
const pageErrors: string[] = [];

type Listed = Record<'old' | 'new', AccountSummary | null>;

beforeAll(async () => {
  await createAccounts(stack(), person);
  await stack().seedMessages(
    'old',
    oldEmail,
    'INBOX',
    Array.from({ length: seededCount }, (_, i) => ({
      raw: makeMessage({ seed: `${run}-oauth-${i}`, bodyBytes: 500 }),
    })),
  );
  const oauth = stack().endpoints.oauth;
  // Both test providers sign in on the test IdP's page, so both accounts get the button; the
  // password form stays below it (checked here, and walked through in signIn.test.ts).
  providersDir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-oauth-e2e-'));
  const providersFile = path.join(providersDir, 'providers.json');
  fs.writeFileSync(
    providersFile,
    JSON.stringify({
      providers: [
        {
          id: 'testidp',
          name: 'Test ID',
          domains: ['old.test', 'new.test'],
          issuer: oauth.issuer,
          clientId: oauth.clients.native,
          scopes: ['openid', 'email', 'offline_access'],
        },
      ],
    }),
  );
  [app, browser] = await Promise.all([
    startBrowserMode({
      LANG: 'en_US.UTF-8',
      ...mailStackEnv(stack().endpoints, `ispdb-oauth-${run}`),
      SWITCHOVER_OAUTH_PROVIDERS: providersFile,
    }),
    // Chromium asks the system's resolver, which does not know the test world's names.
    launchChromium([`--host-resolver-rules=MAP ${oauth.hostname} ${oauth.host}`]),
  ]);
}, 120_000);

afterAll(async () => {
  await stopAppAndChromium(app, browser);
  fs.rmSync(providersDir, { recursive: true, force: true });
});

/**
 * A page in its own context (its own IdP session, as a fresh browser would have). The IdP's
 * certificate is from the stack's CA, which Chromium does not know; the app itself checks it.
 * No transitions: axe would measure a button's colour halfway between two states.
 */
function openAppPage(): Promise<Page> {
  return openPage(browser, {
    errors: pageErrors,
    context: { ignoreHTTPSErrors: true, reducedMotion: 'reduce' },
  });
}

async function openAccountScreen(page: Page, title: 'Your old email' | 'Your new email') {
  await page.goto(app.url);
  for (const step of title === 'Your old email' ? [title] : ['Your old email', title]) {
    await page.getByTestId('next-button').click();
    await expect.poll(() => page.getByTestId('step-title').textContent()).toBe(step);
  }
}

/** Types an address and waits for the provider's button (its settings are found). */
async function typeAddress(page: Page, email: string): Promise<void> {
  await page.getByTestId('email-input').fill(email);
  await page.getByTestId('oauth-button').waitFor({ timeout: 20_000 });
}

/** Presses "Sign in with Test ID" and returns the tab the app opened with the IdP's page. */
async function startSignIn(page: Page): Promise<Page> {
  const [idp] = await Promise.all([
    page.context().waitForEvent('page', { timeout: 20_000 }),
    page.getByTestId('oauth-button').click(),
  ]);
  await idp.waitForLoadState('domcontentloaded');
  return idp;
}

/** The IdP's development login page: any login is an account, any password works. */
async function idpLogin(idp: Page, login: string): Promise<void> {
  const field = idp.locator('input[name="login"]');
  await field.waitFor({ timeout: 15_000 });
  await field.fill(login);
  await idp.locator('input[name="password"]').fill('any');
  await idp.locator('button[type="submit"]').click();
}

/** The IdP's consent page: Continue, or its "[ Cancel ]" link (error=access_denied). */
async function idpConsent(idp: Page, allow: boolean): Promise<void> {
  const proceed = idp.locator('input[name="prompt"][value="consent"]');
  await proceed.waitFor({ state: 'attached', timeout: 15_000 });
  if (allow) await idp.locator('button[type="submit"]').click();
  else await idp.getByText('[ Cancel ]').click();
}

/** The page the app's loopback redirect shows once the IdP sent the browser back. */
async function loopbackPage(idp: Page): Promise<string> {
  await idp.waitForURL(/^http:\/\/127\.0\.0\.1:\d+\/callback\?/, { timeout: 15_000 });
  return (await idp.locator('body').textContent()) ?? '';
}

/** The sign-in error the screen shows (its code and its sentence). */
async function signInError(page: Page) {
  const error = page.getByTestId('signin-error');
  await error.waitFor({ timeout: 30_000 });
  return {
    code: await error.getAttribute('data-error-code'),
    text: (await error.getByRole('alert').textContent()) ?? '',
    next: (await error.locator('.notice-next').textContent()) ?? '',
  };
}

const focusedTestId = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);

describe('Signing in on the provider’s own page', () => {
  it('Cancel while the page is open stops it and says so', async () => {
    const page = await openAppPage();
    await openAccountScreen(page, 'Your old email');
    await typeAddress(page, oldEmail);
    const idp = await startSignIn(page);
    const waiting = page.getByTestId('oauth-waiting');
    await waiting.waitFor();
    await page.getByTestId('oauth-cancel').click();
    const error = await signInError(page);
    expect(error.code).toBe('oauth.cancelled');
    expect(error.text).toBe('You stopped signing in.');
    expect(error.next).toBe('Whenever you are ready, press the sign-in button again.');
    expect(await waiting.count()).toBe(0);
    // Focus is back on the button, ready for another try.
    expect(await focusedTestId(page)).toBe('oauth-button');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('oauth-signin-cancelled'), fullPage: true });
    await idp.close();
    expect(((await callOverBridge(app.url, 'accounts.list', {})) as Listed).old).toBeNull();
    await closePage(page, pageErrors);
  });

  it('another account chosen on the page than typed is refused by name', async () => {
    const page = await openAppPage();
    await openAccountScreen(page, 'Your old email');
    await typeAddress(page, oldEmail);
    const idp = await startSignIn(page);
    const someoneElse = `someone-else-${run}@old.test`;
    await idpLogin(idp, someoneElse);
    await idpConsent(idp, true);
    await loopbackPage(idp);
    const error = await signInError(page);
    expect(error.code).toBe('oauth.wrong-account');
    expect(error.text).toBe(`In your browser you signed in as ${someoneElse}, not as ${oldEmail}.`);
    expect(error.next).toContain(`choose ${oldEmail} on the sign-in page`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('oauth-signin-wrong-account'), fullPage: true });
    expect(((await callOverBridge(app.url, 'accounts.list', {})) as Listed).old).toBeNull();
    await closePage(page, pageErrors);
  });

  it('permission refused on the page says what to allow', async () => {
    const page = await openAppPage();
    await openAccountScreen(page, 'Your old email');
    await typeAddress(page, oldEmail);
    const idp = await startSignIn(page);
    await idpLogin(idp, oldEmail);
    await idpConsent(idp, false);
    expect(await loopbackPage(idp)).toContain('Signing in did not finish.');
    const error = await signInError(page);
    expect(error.code).toBe('oauth.consent-refused');
    expect(error.text).toBe('On the sign-in page, Switchover was not allowed to open your mail.');
    expect(error.next).toContain('allow Switchover to open your mail');
    expect(await seriousViolations(page)).toEqual([]);
    expect(((await callOverBridge(app.url, 'accounts.list', {})) as Listed).old).toBeNull();
    await closePage(page, pageErrors);
  });

  it('signs both accounts in with the page, then copies and sends a test with the tokens', async () => {
    const page = await openAppPage();
    await openAccountScreen(page, 'Your old email');
    await typeAddress(page, oldEmail);

    // The page's button first; the password way stays, below it and not primary.
    const button = page.getByTestId('oauth-button');
    expect(await button.textContent()).toBe('Sign in with Test ID');
    expect(await button.getAttribute('class')).toContain('button-primary');
    expect((await button.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
    expect(await page.getByTestId('password-alternative').textContent()).toBe(
      'Or sign in with your password',
    );
    expect(await page.getByTestId('password-input').count()).toBe(1);
    expect(await page.getByTestId('signin-button').getAttribute('class')).not.toContain(
      'button-primary',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('oauth-signin-offer'), fullPage: true });

    // Keyboard: the button opens the page in a new tab (only the address the app announced).
    await button.focus();
    const [idp] = await Promise.all([
      page.context().waitForEvent('page', { timeout: 20_000 }),
      page.keyboard.press('Enter'),
    ]);
    const issuer = stack().endpoints.oauth.issuer;
    expect(idp.url().startsWith(`${issuer}/`)).toBe(true);
    const waiting = page.getByTestId('oauth-waiting');
    await waiting.waitFor();
    expect(await focusedTestId(page)).toBe('oauth-waiting');
    expect(await waiting.textContent()).toContain('Finish signing in in your browser');
    expect(await page.getByTestId('oauth-time-limit').textContent()).toBe(
      'You have 10 minutes for this. After that, simply start again.',
    );
    const again = page.getByTestId('oauth-open-again');
    await again.waitFor();
    expect(await again.getAttribute('href')).toMatch(
      new RegExp(`^${issuer.replace(/[.]/g, '\\.')}/.*[?&]client_id=switchover-test`),
    );
    expect(await again.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await page.getByTestId('signin-status').textContent()).toBe(
      'Waiting for you to finish signing in in your browser…',
    );
    expect(await page.getByTestId('email-input').getAttribute('readonly')).not.toBeNull();
    // One decision while waiting: no password form beside it.
    expect(await page.getByTestId('password-input').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('oauth-signin-waiting'), fullPage: true });

    // At the IdP: the typed address is already filled in (login_hint).
    const login = idp.locator('input[name="login"]');
    await login.waitFor({ timeout: 15_000 });
    expect(await login.inputValue()).toBe(oldEmail);
    await idpLogin(idp, oldEmail);
    await idpConsent(idp, true);
    expect(await loopbackPage(idp)).toContain('You can close this tab');
    await idp.screenshot({ path: screenshotPath('oauth-signin-idp-close-tab') });

    const signedIn = page.getByTestId('signed-in');
    await signedIn.waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('signed-in-email').textContent()).toContain(oldEmail);
    expect(await page.getByTestId('signed-in-with').textContent()).toBe('Signed in with Test ID');
    expect(await page.getByTestId('oauth-again').textContent()).toBe('Sign in with Test ID again');
    expect(await page.getByTestId('new-password').count()).toBe(0);
    expect(await focusedTestId(page)).toBe('signed-in');
    expect(await page.getByTestId('next-button').getAttribute('aria-disabled')).toBeNull();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('oauth-signin-old-done'), fullPage: true });
    await idp.close();

    let listed = (await callOverBridge(app.url, 'accounts.list', {})) as Listed;
    expect(listed.old?.oauth).toEqual({ provider: 'testidp', name: 'Test ID' });
    expect(listed.old?.imap.auth).toBe('oauth2');

    // The new account, the same way. The IdP would sign this browser in as the old account by
    // itself (it keeps a session and asks no account chooser): a person would sign out there.
    await page.context().clearCookies();
    await page.getByTestId('next-button').click();
    await expect.poll(() => page.getByTestId('step-title').textContent()).toBe('Your new email');
    await typeAddress(page, newEmail);
    const idpNew = await startSignIn(page);
    await idpLogin(idpNew, newEmail);
    await idpConsent(idpNew, true);
    expect(await loopbackPage(idpNew)).toContain('You can close this tab');
    await idpNew.close();
    await signedIn.waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('signed-in-email').textContent()).toContain(newEmail);
    expect(await page.getByTestId('signed-in-with').textContent()).toBe('Signed in with Test ID');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('oauth-signin-new-done'), fullPage: true });
    listed = (await callOverBridge(app.url, 'accounts.list', {})) as Listed;
    expect(listed.new?.oauth).toEqual({ provider: 'testidp', name: 'Test ID' });
    expect(listed.new?.smtp?.auth).toBe('oauth2');

    // Copy everything: both sides are opened with the tokens alone.
    await page.getByTestId('next-button').click();
    await expect.poll(() => page.getByTestId('step-title').textContent()).toBe('Copy your mail');
    await page.getByTestId('copy-everything').click({ timeout: 30_000 });
    await page.getByTestId('copy-report').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('copy-report-summary').textContent()).toBe(
      `All ${seededCount} messages are in your new account.`,
    );
    // On the new server itself (its mailbox by password: the same one the token opens).
    const provider = stack().endpoints.providers.new;
    const client = new ImapFlow({
      host: provider.host,
      port: provider.imaps,
      secure: true,
      auth: { user: newEmail, pass: newPassword },
      tls: { ca: [fs.readFileSync(stack().endpoints.caCertPath)] },
      logger: false,
    });
    await client.connect();
    try {
      const status = await client.status('INBOX', { messages: true });
      expect(status && status.messages).toBe(seededCount);
    } finally {
      await client.logout();
    }

    // The send test: out over SMTP (XOAUTH2) and seen arriving over IMAP, tokens only.
    await page.getByTestId('next-button').click();
    await expect.poll(() => page.getByTestId('step-title').textContent()).toBe('Send a test');
    await page.getByTestId('sendtest-button').click();
    const arrived = page.getByTestId('sendtest-arrived-title');
    await arrived.waitFor({ timeout: 60_000 });
    expect(await arrived.textContent()).toMatch(/^It arrived in \d+ seconds? ✓$/);
    await closePage(page, pageErrors);
  }, 240_000);
});
