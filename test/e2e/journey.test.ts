import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMessage } from '../integration/copyFixtures';
import { useMailStack } from '../mailstack/forTests';
import { launchChromium, screenshotPath, startBrowserMode, type RunningApp } from './browserMode';
import { Keyboard } from './keyboard';
import {
  listFiles,
  needlesFor,
  scanFolder,
  scanText,
  type Login,
  type ScanResult,
} from './secretsScan';

// The whole journey, Welcome → Done, with the keyboard alone (Tab, Shift+Tab, Enter, typing),
// against the real mail stack: axe-core on every screen in every state reached, the focused
// element always visible and ringed. Afterwards, a secrets scan: neither password is in any file
// of the data folder, the log, or the page's storage, and the keychain really holds both.

const stack = useMailStack();
const run = randomBytes(4).toString('hex');
const localpart = `journey-${run}`;
const oldEmail = `${localpart}@old.test`;
const newEmail = `${localpart}@new.test`;
const oldPassword = `kb-old-${randomBytes(8).toString('hex')}`;
const newPassword = `kb-new-${randomBytes(8).toString('hex')}`;
const seeded = { INBOX: 3, 'INBOX.Family.Trips': 2 };
const seededTotal = seeded.INBOX + seeded['INBOX.Family.Trips'];

let app: RunningApp;
let browser: Browser;
/** Where the Done screen saves the report for the helper (scanned for passwords too). */
const saveDir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-e2e-journey-saved-'));

beforeAll(async () => {
  // One after the other: both update the stack's state file.
  await stack().createUser('old', localpart, 'old.test', oldPassword);
  await stack().createUser('new', localpart, 'new.test', newPassword);
  for (const [folder, count] of Object.entries(seeded)) {
    await stack().seedMessages(
      'old',
      oldEmail,
      folder,
      Array.from({ length: count }, (_, i) => ({
        raw: makeMessage({ seed: `${run}-${folder}-${i}`, bodyBytes: 300 }),
      })),
    );
  }
  [app, browser] = await Promise.all([
    startBrowserMode({
      LANG: 'en_US.UTF-8',
      // Trust the test CA, ask the test DNS, keep passwords in the stack's private keyring.
      ...stack().endpoints.env,
      // An ISPDB that knows nothing: the test world never reaches the internet.
      SWITCHOVER_ISPDB_URL: `https://autoconfig.family.test/ispdb-e2e-${run}/`,
      SWITCHOVER_SAVE_DIR: saveDir,
    }),
    launchChromium(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  fs.rmSync(saveDir, { recursive: true, force: true });
});

/** What was measured along the way, printed at the end for the closing note. */
const axeLog: { state: string; serious: number; all: number }[] = [];
const keyLog: { screen: string; keys: number }[] = [];
const ringLog: string[] = [];

async function axe(page: Page, state: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${state}: ${violation.id}: ${violation.help} ${violation.nodes.map((n) => n.html).join(' | ')}`,
    );
  axeLog.push({ state, serious: serious.length, all: results.violations.length });
  return serious;
}

/** Where focus is, and why it could not be seen (undefined when it can). */
const title = (page: Page) => page.getByTestId('step-title').textContent();

/**
 * Signs one account in from its screen: the address, then (under "Details") the IMAP server's
 * address instead of its name, because the copy engine resolves names with the system resolver,
 * which does not know the test world's *.test names; then the password, and Enter.
 */
async function signIn(
  keys: Keyboard,
  role: 'old' | 'new',
  email: string,
  password: string,
  serious: string[],
): Promise<string[]> {
  const page = keys.page;
  const provider = stack().endpoints.providers[role];
  await keys.tabTo('[data-testid="email-input"]');
  await keys.expectFocusRing();
  serious.push(...(await axe(page, `${role} account, empty`)));
  await keys.type(email);
  // No key needed: a complete address is looked up once typing pauses. On a loaded machine a
  // half-typed one may be looked up first: wait for the settings found for the whole address.
  const domain = email.split('@')[1] ?? '';
  await expect
    .poll(
      async () =>
        (await page.getByTestId('settings-source').count()) > 0 &&
        (await page.getByTestId('password-input').count()) > 0 &&
        (await page.getByTestId('imap-host').inputValue()).endsWith(`.${domain}`),
      { timeout: 20_000 },
    )
    .toBe(true);
  await keys.expectFocusVisible();
  serious.push(...(await axe(page, `${role} account, settings found`)));

  const details = '[data-testid="settings-details"] > summary';
  if ((await page.getByTestId('settings-details').getAttribute('open')) === null) {
    await keys.tabTo(details);
    await keys.expectFocusRing('Shift+Tab');
    await keys.press('Enter');
    await expect
      .poll(() => page.getByTestId('settings-details').getAttribute('open'), { timeout: 10_000 })
      .not.toBe(null);
  }
  await keys.tabTo('[data-testid="imap-host"]');
  await keys.replaceText(provider.host);
  // Integration tests may serve a throwaway autoconfig naming only the local part as user name.
  for (const server of ['imap', 'smtp']) {
    const field = page.getByTestId(`${server}-username`);
    if ((await field.count()) > 0 && (await field.inputValue()) !== email) {
      await keys.tabTo(`[data-testid="${server}-username"]`);
      await keys.replaceText(email);
    }
  }
  expect(await page.getByTestId('imap-host').inputValue()).toBe(provider.host);
  // The keychain files a password under `user@host` for each server it was given to.
  const hosts = [provider.host];
  if ((await page.getByTestId('smtp-host').count()) > 0) {
    hosts.push((await page.getByTestId('smtp-host').inputValue()).toLowerCase());
  }
  serious.push(...(await axe(page, `${role} account, details open`)));
  if ((await page.getByTestId('confirm-settings').count()) > 0) {
    await keys.tabTo('[data-testid="confirm-settings"]', true);
    if (!(await page.getByTestId('confirm-settings').isChecked())) await keys.press('Space');
  }

  await keys.tabTo('[data-testid="password-input"]', true);
  await keys.expectFocusRing();
  await keys.type(password);
  await keys.press('Enter');
  await page
    .locator('[data-testid="signed-in"], [data-testid="signin-error"]')
    .first()
    .waitFor({ timeout: 30_000 });
  const signInError = page.getByTestId('signin-error');
  if ((await signInError.count()) > 0) {
    throw new Error(`sign-in failed: ${await signInError.getAttribute('data-error-code')}`);
  }
  expect(await page.getByTestId('signed-in-email').textContent()).toContain(email);
  // Focus follows the news; the form it was in is gone.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), {
      timeout: 10_000,
    })
    .toBe('signed-in');
  await keys.expectFocusVisible();
  serious.push(...(await axe(page, `${role} account, signed in`)));
  return hosts;
}

/** Tabs to Next, presses Enter, and waits for the next screen's title to take focus. */
async function next(keys: Keyboard, expected: string): Promise<void> {
  await keys.tabTo('[data-testid="next-button"]');
  await keys.press('Enter');
  await expect.poll(() => title(keys.page), { timeout: 15_000 }).toBe(expected);
  await expect
    .poll(() => keys.page.evaluate(() => document.activeElement?.getAttribute('data-testid')), {
      timeout: 10_000,
    })
    .toBe('step-title');
  await keys.expectFocusVisible();
}

/** A password the run used, as the keychain files it (`user@host`). */
async function keychainEntry(account: string) {
  // The stack's private Secret Service, as the app was told (set before the module connects).
  process.env.DBUS_SESSION_BUS_ADDRESS = stack().endpoints.env.DBUS_SESSION_BUS_ADDRESS;
  const { Entry } = await import('@napi-rs/keyring');
  return new Entry('Switchover', account, { linux: { store: 'secret-service' } });
}

/** localStorage, sessionStorage, every IndexedDB record, the DOM and every field's value. */
function pageStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const records: unknown[] = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const name = info.name;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error(String(request.error)));
      });
      for (const storeName of Array.from(db.objectStoreNames)) {
        const store = db.transaction(storeName, 'readonly').objectStore(storeName);
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const request = store.getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(new Error(String(request.error)));
        });
        records.push({ db: name, store: storeName, all });
      }
      db.close();
    }
    return JSON.stringify({
      local: { ...localStorage },
      session: { ...sessionStorage },
      indexedDB: records,
      dom: document.documentElement.outerHTML,
      values: Array.from(document.querySelectorAll('input, textarea')).map(
        (field) => (field as HTMLInputElement).value,
      ),
    });
  });
}

describe('The whole journey, keyboard only', () => {
  it('goes from Welcome to Done without the mouse, accessible at every step, and leaks no password', async () => {
    const started = Date.now();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const keys = new Keyboard(page, ringLog);
    const serious: string[] = [];
    let counted = 0;
    const screenDone = (screen: string) => {
      keyLog.push({ screen, keys: keys.count - counted });
      counted = keys.count;
    };

    const sessionOnly = { old: false, new: false };
    const hosts: { old: string[]; new: string[] } = { old: [], new: [] };
    try {
      // 1. Welcome.
      await page.goto(app.url);
      await page.getByTestId('next-button').waitFor();
      serious.push(...(await axe(page, 'welcome')));
      await page.screenshot({ path: screenshotPath('journey-1-welcome'), fullPage: true });
      await keys.tabTo('[data-testid="next-button"]');
      await keys.expectFocusRing('Shift+Tab');
      await keys.press('Enter');
      await expect.poll(() => title(page), { timeout: 15_000 }).toBe('Your old email');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), {
          timeout: 10_000,
        })
        .toBe('step-title');
      await keys.expectFocusVisible();
      screenDone('1 Welcome');

      // 2. The old account.
      const next2 = page.getByTestId('next-button');
      expect(await next2.getAttribute('aria-disabled')).toBe('true');
      hosts.old = await signIn(keys, 'old', oldEmail, oldPassword, serious);
      sessionOnly.old = (await page.getByTestId('session-only').count()) > 0;
      await page.screenshot({ path: screenshotPath('journey-2-old-account'), fullPage: true });
      await keys.tabTo('[data-testid="next-button"]');
      await keys.expectFocusRing('Shift+Tab');
      await next(keys, 'Your new email');
      screenDone('2 Your old email');

      // 3. The new account.
      hosts.new = await signIn(keys, 'new', newEmail, newPassword, serious);
      sessionOnly.new = (await page.getByTestId('session-only').count()) > 0;
      await page.screenshot({ path: screenshotPath('journey-3-new-account'), fullPage: true });
      await next(keys, 'Copy your mail');
      screenDone('3 Your new email');

      // 4. Copy everything.
      await page.getByTestId('copy-everything').waitFor({ timeout: 30_000 });
      serious.push(...(await axe(page, 'copy, plan')));
      await keys.tabTo('[data-testid="copy-everything"]');
      await keys.expectFocusRing();
      await keys.press('Enter');
      // Five small messages copy in a moment: the running state is checked when it is seen (the
      // paused and copying states are copyScreen.test.ts's subject, with axe there too). The
      // button is replaced by the progress, then by the report: focus follows each.
      await page
        .locator('[data-testid="copy-job"], [data-testid="copy-report"]')
        .first()
        .waitFor({ timeout: 30_000 });
      if (await page.getByTestId('copy-job').isVisible()) {
        await keys.expectFocusVisible();
        serious.push(...(await axe(page, 'copy, copying')));
      }
      await page.getByTestId('copy-report').waitFor({ timeout: 60_000 });
      await page.getByTestId('copy-job').waitFor({ state: 'detached', timeout: 60_000 });
      expect(await page.getByTestId('copy-report-summary').textContent()).toBe(
        `All ${seededTotal} messages are in your new account.`,
      );
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), {
          timeout: 10_000,
        })
        .toBe('copy-report-title');
      await keys.expectFocusVisible();
      serious.push(...(await axe(page, 'copy, report')));
      await page.screenshot({ path: screenshotPath('journey-4-copy'), fullPage: true });
      await next(keys, 'Send a test');
      screenDone('4 Copy your mail');

      // 5. Send a test.
      await page.getByTestId('sendtest-button').waitFor();
      serious.push(...(await axe(page, 'send test, ready')));
      await keys.tabTo('[data-testid="sendtest-button"]');
      await keys.expectFocusRing('Shift+Tab');
      await keys.press('Enter');
      const arrived = page.getByTestId('sendtest-arrived-title');
      await page
        .locator(
          '[data-testid="sendtest-running"], [data-testid="sendtest-arrived-title"], [data-testid="sendtest-failed"]',
        )
        .first()
        .waitFor({ timeout: 30_000 });
      if (await page.getByTestId('sendtest-running').isVisible()) {
        await keys.expectFocusVisible();
        serious.push(...(await axe(page, 'send test, waiting')));
      }
      await page
        .locator('[data-testid="sendtest-arrived-title"], [data-testid="sendtest-failed"]')
        .first()
        .waitFor({ timeout: 60_000 });
      const sendFailed = page.getByTestId('sendtest-failed');
      if ((await sendFailed.count()) > 0) {
        throw new Error(`send test failed: ${await sendFailed.getAttribute('data-error-code')}`);
      }
      expect(await arrived.textContent()).toMatch(/^It arrived in \d+ seconds? ✓$/);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), {
          timeout: 10_000,
        })
        .toBe('sendtest-arrived-title');
      await keys.expectFocusVisible();
      serious.push(...(await axe(page, 'send test, arrived')));
      await page.screenshot({ path: screenshotPath('journey-5-send-test'), fullPage: true });
      await next(keys, 'Is the switch complete?');
      screenDone('5 Send a test');

      // 6. Is the switch complete? (different addresses here: nothing to wait for, Next goes on).
      await page
        .locator('[data-testid="switch-screen"], [data-testid="switch-sign-in-first"]')
        .first()
        .waitFor({ timeout: 20_000 });
      serious.push(...(await axe(page, 'switch complete')));
      await page.screenshot({ path: screenshotPath('journey-6-switch-complete'), fullPage: true });
      await keys.tabTo('[data-testid="next-button"]');
      await keys.expectFocusRing('Shift+Tab');
      await next(keys, 'Done');
      screenDone('6 Is the switch complete?');

      // 7. Done: the report for the helper, saved with the keyboard.
      await page.getByTestId('phone-qr').waitFor({ timeout: 15_000 });
      serious.push(...(await axe(page, 'done')));
      await keys.tabTo('[data-testid="save-report"]');
      await keys.expectFocusRing();
      await keys.press('Enter');
      await page.getByTestId('saved-report').waitFor({ timeout: 30_000 });
      await keys.expectFocusVisible();
      serious.push(...(await axe(page, 'done, report saved')));
      await page.screenshot({ path: screenshotPath('journey-7-done'), fullPage: true });
      await keys.tabTo('[data-testid="back-button"]');
      await keys.expectFocusRing('Shift+Tab');
      screenDone('7 Done');
    } catch (error) {
      // Where it stopped, and what the screen showed then.
      await page
        .screenshot({ path: screenshotPath('journey-failed'), fullPage: true })
        .catch(() => undefined);
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`after ${keyLog.at(-1)?.screen ?? 'the start'}: ${message}`, {
        cause: error,
      });
    }
    const journeyMs = Date.now() - started;

    expect(serious).toEqual([]);
    expect(pageErrors).toEqual([]);

    // The secrets scan: every file of the data folder (raw bytes), the log, the page's storage.
    const byRole: Record<'old' | 'new', Login> = {
      old: { user: oldEmail, password: oldPassword },
      new: { user: newEmail, password: newPassword },
    };
    const logins = Object.values(byRole);
    const needles = needlesFor(logins);
    // The scanner itself finds a password hidden at any offset inside base64, and in plain text.
    for (const pad of ['', 'x', 'xy']) {
      const hidden = Buffer.from(`${pad}user=${oldPassword};`).toString('base64');
      expect(scanText('self-check', `data:${hidden}`, needles).hits).not.toEqual([]);
    }
    expect(scanText('self-check', `pw ${newPassword}.`, needles).hits).not.toEqual([]);
    const scans: Record<string, ScanResult> = {
      'data folder': scanFolder(app.dataDir, needles),
      log: scanText('log', app.log(), needles),
      'page storage': scanText('page storage', await pageStorage(page), needles),
      cookies: scanText('cookies', JSON.stringify(await context.cookies()), needles),
      'saved files': scanFolder(saveDir, needles),
    };
    await context.close();
    console.log(`data folder: ${listFiles(app.dataDir).join(', ')}`);
    for (const [where, scan] of Object.entries(scans)) expect(scan.hits, where).toEqual([]);
    // The scan read something real: the accounts and the copy's records are in the data folder.
    const dataScan = scans['data folder'];
    expect(dataScan?.files ?? 0).toBeGreaterThan(0);
    // …and the report for the helper, which holds both accounts' settings and the send test.
    const reports = fs.readdirSync(saveDir).filter((name) => name.startsWith('Switchover report'));
    expect(reports).toHaveLength(1);
    expect(fs.readFileSync(path.join(saveDir, reports[0] ?? ''), 'utf8')).toContain(newEmail);
    expect(app.log()).toContain('running at');

    // Stored somewhere after all: in the keychain, or the screen said it was kept for this session.
    const keychainChecked: string[] = [];
    for (const role of ['old', 'new'] as const) {
      if (sessionOnly[role]) continue;
      const login = byRole[role];
      expect(hosts[role].length).toBeGreaterThan(0);
      for (const host of hosts[role]) {
        const entry = await keychainEntry(`${login.user}@${host}`);
        expect(entry.getPassword(), `keychain: ${login.user}@${host}`).toBe(login.password);
        keychainChecked.push(`${role}@${host}`);
        // Tidy: the stack's keyring outlives this run.
        entry.deletePassword();
      }
    }
    console.log(
      [
        `journey: ${journeyMs} ms, ${keys.count} key presses (typing counted per character)`,
        ...keyLog.map(({ screen, keys: n }) => `  ${screen}: ${n} keys`),
        'axe (serious+critical / all violations):',
        ...axeLog.map(({ state, serious: s, all }) => `  ${state}: ${s} / ${all}`),
        'focus rings:',
        ...ringLog.map((line) => `  ${line}`),
        `keychain entries read back: ${keychainChecked.join(', ') || 'none'}`,
        `password storage: old ${sessionOnly.old ? 'session only' : 'keychain'}, new ${sessionOnly.new ? 'session only' : 'keychain'}`,
        'secrets scan (files, bytes, hits):',
        ...Object.entries(scans).map(
          ([where, scan]) => `  ${where}: ${scan.files}, ${scan.bytes}, ${scan.hits.length}`,
        ),
        `  needles: ${needles.length} (${logins.length} passwords)`,
      ].join('\n'),
    );
  }, 120_000);
});
