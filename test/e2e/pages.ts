import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';

interface PageOptions {
  /** For the page's own context (viewport, zoom, reduced motion…). */
  context?: BrowserContextOptions;
  /** Collects the page's uncaught errors, for `closePage` to check. */
  errors?: string[];
}

/** A page in its own context: axe-core needs one, and tests must not share storage. */
export async function openPage(browser: Browser, options: PageOptions = {}): Promise<Page> {
  const context = await browser.newContext(options.context);
  const page = await context.newPage();
  const { errors } = options;
  if (errors) page.on('pageerror', (error) => errors.push(error.message));
  return page;
}

/** Closes the page's context, then checks that no page collecting into `errors` threw. */
export async function closePage(page: Page, errors: string[]): Promise<void> {
  await page.context().close();
  expect(errors).toEqual([]);
}

/**
 * Opens the app and goes from Welcome with Next, keyboard only, through steps with these titles
 * (the accounts they need are signed in).
 */
export async function goThroughSteps(
  page: Page,
  appUrl: string,
  titles: readonly string[],
): Promise<void> {
  await page.goto(appUrl);
  await page.getByTestId('next-button').waitFor();
  for (const expected of titles) {
    await page.getByTestId('next-button').press('Enter');
    await expect
      .poll(() => page.getByTestId('step-title').textContent(), { timeout: 15_000 })
      .toBe(expected);
  }
}
