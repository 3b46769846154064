import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import {
  screenshotPath,
  startAppAndChromium,
  stopAppAndChromium,
  type RunningApp,
} from './browserMode';
import { openPage } from './pages';

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await startAppAndChromium();
});

afterAll(async () => {
  await stopAppAndChromium(app, browser);
});

describe('Welcome screen in Chromium through the bridge', () => {
  it('shows the app version and changes language, remembered across a reload', async () => {
    const page = await openPage(browser);
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));

    await page.goto(app.url);
    const title = page.getByTestId('welcome-title');
    await expect.poll(() => title.textContent()).toBe('Welcome to Switchover');
    const version = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string };
    await expect
      .poll(() => page.getByTestId('app-version').textContent())
      .toContain(version.version);
    // The token leaves the address bar once read.
    expect(page.url()).not.toContain('token=');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('welcome-en'), fullPage: true });

    await page.getByTestId('language-select').selectOption('de');
    await expect.poll(() => title.textContent()).toBe('Willkommen bei Switchover');
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    // The choice reaches the main side and its settings file.
    await expect
      .poll(() => {
        const file = path.join(app.dataDir, 'settings.json');
        return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as unknown) : null;
      })
      .toMatchObject({ language: 'de' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('welcome-de'), fullPage: true });

    await page.reload();
    await expect.poll(() => title.textContent()).toBe('Willkommen bei Switchover');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('moves between steps with the keyboard alone; Next waits for a sign-in', async () => {
    const page = await openPage(browser);
    await page.goto(app.url);
    await page.getByTestId('next-button').waitFor();
    await page.getByTestId('next-button').focus();
    await page.keyboard.press('Enter');
    const stepTitle = page.getByTestId('step-title');
    await stepTitle.waitFor();
    // Focus follows the new screen's heading so screen readers announce it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'step-title',
    );
    // The first test left the language at German: compare titles, not words.
    const oldAccountTitle = await stepTitle.textContent();
    expect(await page.locator('[aria-current="step"]').count()).toBe(1);
    // Steps 2 and 3 need a signed-in account (walked in signIn.test.ts): Next says so, stays put.
    const next = page.getByTestId('next-button');
    expect(await next.getAttribute('aria-disabled')).toBe('true');
    await next.press('Enter');
    expect(await stepTitle.textContent()).toBe(oldAccountTitle);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('back-button').press('Enter');
    await page.getByTestId('welcome-title').waitFor();
    await page.context().close();
  });

  it('tells the person plainly when the link has a wrong token', async () => {
    const page = await openPage(browser);
    await page.goto(app.url.replace(/token=[\w-]+/, 'token=wrong'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.getAttribute('data-error-code')).toBe('bridge.unauthorized');
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
