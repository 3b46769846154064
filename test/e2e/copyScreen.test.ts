import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { ImapFlow } from 'imapflow';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMessage } from '../integration/copyFixtures';
import { useMailStack } from '../mailstack/forTests';
import { signInOverBridge } from './accountsOverBridge';
import { seriousViolations } from './axe';
import {
  mailStackEnv,
  screenshotPath,
  startAppAndChromium,
  stopAppAndChromium,
  type RunningApp,
} from './browserMode';
import { closePage, openPage } from './pages';

// Screen 4 in Chromium through the bridge, against the real mail stack: drag a nested folder,
// the keyboard path, "Copy everything" with pause and a reload in the middle, the report's
// numbers against the servers, and messages too big for the new provider.

const stack = useMailStack();
const run = randomBytes(4).toString('hex');
const password = `pw-${randomBytes(6).toString('hex')}`;
const oldUser = `copyui-${run}@old.test`;
const newUser = `copyui-${run}@new.test`;
const skipOldUser = `copyskip-${run}@old.test`;
const skipNewUser = `copyskip-${run}@quota-small.new.test`;

const seeded: Record<string, { count: number; bodyBytes: number }> = {
  INBOX: { count: 10, bodyBytes: 400 },
  'INBOX.Sent': { count: 4, bodyBytes: 400 },
  'INBOX.Family': { count: 5, bodyBytes: 400 },
  'INBOX.Family.2019': { count: 8, bodyBytes: 400 },
  'INBOX.Family.2019.Holidays': { count: 3, bodyBytes: 400 },
  // Enough bytes that the whole-account copy can be seen moving (and paused, and reloaded).
  'INBOX.Photos': { count: 24, bodyBytes: 800_000 },
};

let app: RunningApp;
let browser: Browser;
const pageErrors: string[] = [];

async function signIn(role: 'old' | 'new', email: string): Promise<void> {
  // Copying only reads from the old account: it is given no sending server.
  await signInOverBridge(app.url, stack().endpoints, {
    role,
    email,
    password,
    servers: 'address',
    sending: role === 'new',
  });
}

/** Message counts per folder on the new provider, straight from its IMAP server. */
async function newCounts(user: string): Promise<Record<string, number>> {
  const p = stack().endpoints.providers.new;
  const client = new ImapFlow({
    host: p.host,
    port: p.imaps,
    secure: true,
    auth: { user, pass: password },
    tls: { ca: [fs.readFileSync(stack().endpoints.caCertPath)] },
    logger: false,
  });
  await client.connect();
  try {
    const counts: Record<string, number> = {};
    for (const box of await client.list({ statusQuery: { messages: true } })) {
      counts[box.path] = box.status?.messages ?? 0;
    }
    return counts;
  } finally {
    await client.logout();
  }
}

/** The focused element's data-testid. */
const focusedTestId = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid'));

/** The window size this screen is tested at. */
const viewport = { width: 1280, height: 900 };

/** From Welcome to "Copy your mail" (both accounts are signed in, so Next is open). */
async function openCopyScreen(page: Page): Promise<void> {
  await page.goto(app.url);
  for (const title of ['Your old email', 'Your new email', 'Copy your mail']) {
    await page.getByTestId('next-button').click();
    await expect.poll(() => page.getByTestId('step-title').textContent()).toBe(title);
  }
  expect(await page.getByTestId('step-title').textContent()).toBe('Copy your mail');
  await page.getByTestId('old-tree').waitFor({ timeout: 30_000 });
}

/** Waits for the report of the job that is running now, and returns its summary sentence. */
async function waitForReport(page: Page, timeout = 60_000): Promise<string> {
  await page.getByTestId('copy-report').waitFor({ timeout });
  await page.getByTestId('copy-job').waitFor({ state: 'detached', timeout });
  return (await page.getByTestId('copy-report-summary').textContent()) ?? '';
}

/** Every aria-valuenow the progress bar shows from now on (the bar comes and goes). */
async function recordProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { progressSeen: number[] }).progressSeen = seen;
    const read = () => {
      const bar = document.querySelector('[role="progressbar"]');
      const value = Number(bar?.getAttribute('aria-valuenow') ?? NaN);
      if (!Number.isNaN(value) && seen.at(-1) !== value) seen.push(value);
    };
    new MutationObserver(read).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['aria-valuenow'],
    });
  });
}

/**
 * From now on, what a folder of the new tree says whenever the report summary reads `summary`:
 * the counts it shows next to that report.
 */
async function recordNewFolderBesideReport(page: Page, path: string, summary: string) {
  await page.evaluate(
    ([path, summary]) => {
      const seen: string[] = [];
      (window as unknown as { besideReport: string[] }).besideReport = seen;
      const read = () => {
        const report = document.querySelector('[data-testid="copy-report-summary"]');
        if (report?.textContent !== summary) return;
        const row = document.querySelector(`[data-testid="new-folder"][data-path="${path}"]`);
        const facts = row?.querySelector('.folder-facts')?.textContent ?? '(no row)';
        if (seen.at(-1) !== facts) seen.push(facts);
      };
      new MutationObserver(read).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    },
    [path, summary],
  );
}

const besideReport = (page: Page) =>
  page.evaluate(() => (window as unknown as { besideReport: string[] }).besideReport);

const progressSeen = (page: Page) =>
  page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);

/** Report rows as source → [old count, new count]. */
async function reportRows(page: Page): Promise<Map<string, [number, number]>> {
  const rows = new Map<string, [number, number]>();
  for (const row of await page.getByTestId('copy-report-row').all()) {
    const source = (await row.getAttribute('data-source')) ?? '';
    const number = async (id: string) =>
      Number(((await row.getByTestId(id).textContent()) ?? '').replace(/\D/g, ''));
    rows.set(source, [await number('report-old'), await number('report-new')]);
  }
  return rows;
}

beforeAll(async () => {
  await stack().createUser('old', `copyui-${run}`, 'old.test', password);
  await stack().createUser('new', `copyui-${run}`, 'new.test', password);
  await stack().createUser('old', `copyskip-${run}`, 'old.test', password);
  await stack().createUser('new', `copyskip-${run}`, 'quota-small.new.test', password);
  for (const [folder, { count, bodyBytes }] of Object.entries(seeded)) {
    await stack().seedMessages(
      'old',
      oldUser,
      folder,
      Array.from({ length: count }, (_, i) => ({
        raw: makeMessage({ seed: `${run}-${folder}-${i}`, bodyBytes }),
      })),
    );
  }
  await stack().seedMessages('old', skipOldUser, 'INBOX', [
    ...Array.from({ length: 3 }, (_, i) => ({
      raw: makeMessage({ seed: `${run}-skip-${i}`, bodyBytes: 500 }),
    })),
    // Over the 256 KiB quota-small.new.test accepts.
    { raw: makeMessage({ seed: `${run}-too-big`, bodyBytes: 400_000 }) },
  ]);
  [app, browser] = await startAppAndChromium(mailStackEnv(stack().endpoints));
  await signIn('old', oldUser);
  await signIn('new', newUser);
}, 90_000);

afterAll(async () => {
  await stopAppAndChromium(app, browser);
});

describe('Copy your mail', () => {
  it('copies a nested folder dragged onto a folder of the new account', async () => {
    const page = await openPage(browser, { context: { viewport }, errors: pageErrors });
    await openCopyScreen(page);
    // Both trees, counts and sizes, special folders by their everyday names.
    const folder = (side: 'old' | 'new', path: string) =>
      page.locator(`[data-testid="${side}-folder"][data-path="${path}"]`);
    expect(await folder('old', 'INBOX').textContent()).toContain('Inbox');
    expect(await folder('old', 'INBOX').textContent()).toContain('10 messages');
    expect(await folder('old', 'INBOX.Family.2019').textContent()).toMatch(/8 messages · \d/);
    expect(await folder('new', 'Archive').textContent()).toContain('Archive');
    expect(await folder('new', 'Junk').textContent()).toContain('Junk');
    // Sizes with real plurals: an empty folder has "0 bytes", never "0 byte".
    expect(await folder('new', 'Junk').textContent()).toMatch(/0 messages · 0 bytes$/);
    // Icons are drawings, not emoji (which need an emoji font), hidden from screen readers.
    expect(await folder('old', 'INBOX').locator('svg[data-icon="inbox"]').count()).toBe(1);
    expect(await folder('old', 'INBOX.Sent').locator('svg[data-icon="sent"]').count()).toBe(1);
    expect(await folder('new', 'Trash').locator('svg[data-icon="trash"]').count()).toBe(1);
    expect(await folder('old', 'INBOX.Photos').locator('svg[data-icon="folder"]').count()).toBe(1);
    expect(await page.getByTestId('old-account').locator('svg[data-icon="account"]').count()).toBe(
      1,
    );
    const icons = page.locator('[data-testid="old-tree"] svg, [data-testid="new-tree"] svg');
    expect(await icons.count()).toBeGreaterThan(10);
    expect(
      await icons.evaluateAll((all) => all.every((i) => i.getAttribute('aria-hidden') === 'true')),
    ).toBe(true);
    const treeText = `${await page.getByTestId('old-tree').textContent()}${await page.getByTestId('new-tree').textContent()}`;
    expect(treeText).not.toMatch(/\p{Extended_Pictographic}/u);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('copy-empty'), fullPage: true });

    // Mid-drag: the drop target and the resulting name are shown.
    await folder('old', 'INBOX.Family.2019').hover();
    await page.mouse.down();
    const archive = folder('new', 'Archive');
    const box = await archive.boundingBox();
    if (!box) throw new Error('the Archive row has no box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await page.mouse.move(box.x + box.width / 2 + 2, box.y + box.height / 2, { steps: 2 });
    await expect
      .poll(() => page.getByTestId('drop-preview').textContent(), { timeout: 10_000 })
      .toContain('Archive/2019 will be created.');
    expect(await archive.getAttribute('data-drop-target')).toBe('true');
    await page.screenshot({ path: screenshotPath('copy-dragging'), fullPage: true });
    await page.mouse.up();
    // The manual drag above ended on the Archive row, so that copy has started (and is said out
    // loud through the live region); the report follows.
    await recordProgress(page);
    await expect
      .poll(() => page.getByTestId('copy-announcement').textContent(), { timeout: 10_000 })
      .toBe('Copying Family › 2019. Archive/2019 will be created.');
    expect(await page.getByTestId('copy-announcement').getAttribute('aria-live')).toBe('polite');
    const summary = await waitForReport(page);
    expect(summary).toBe('All 11 messages are in your new account.');
    const counts = await newCounts(newUser);
    expect(counts['Archive/2019']).toBe(8);
    expect(counts['Archive/2019/Holidays']).toBe(3);
    expect(counts['Family/2019']).toBeUndefined();
    const rows = await reportRows(page);
    expect(rows.get('INBOX.Family.2019')).toEqual([8, 8]);
    expect(rows.get('INBOX.Family.2019.Holidays')).toEqual([3, 3]);
    // The new tree shows the new folders once the copy is done.
    await expect
      .poll(() => folder('new', 'Archive/2019').textContent(), { timeout: 15_000 })
      .toContain('8 messages');
    expect(await seriousViolations(page)).toEqual([]);

    // The same again with Playwright's dragTo: nothing new, nothing doubled.
    await folder('old', 'INBOX.Family.2019').dragTo(folder('new', 'Archive'));
    await expect
      .poll(() => page.getByTestId('copy-report-summary').textContent(), { timeout: 30_000 })
      .toBe('Nothing new to copy: all 11 messages were already in your new account.');
    expect((await newCounts(newUser))['Archive/2019']).toBe(8);
    await closePage(page, pageErrors);
  }, 90_000);

  it('does the same with the keyboard and announces it', async () => {
    const page = await openPage(browser, { context: { viewport }, errors: pageErrors });
    await openCopyScreen(page);
    const sent = page.locator('[data-testid="old-folder"][data-path="INBOX.Sent"]');
    await sent.focus();
    await page.keyboard.press('Space');
    expect(await sent.getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('copy-to-button').focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('copy-to-dialog');
    await dialog.waitFor();
    expect(await dialog.locator('h2').textContent()).toBe('Where should “Sent” go?');
    // Keeping its place: the engine maps it onto the new account's own Sent folder.
    await expect
      .poll(() => page.getByTestId('copy-to-preview').textContent(), { timeout: 10_000 })
      .toBe('It goes into Sent, which is already there.');
    await page.getByTestId('copy-to-select').selectOption({ label: 'Inside “Archive”' });
    await expect
      .poll(() => page.getByTestId('copy-to-preview').textContent(), { timeout: 10_000 })
      .toBe('Archive/Sent will be created.');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('copy-to-select').selectOption({ index: 0 });
    await expect
      .poll(() => page.getByTestId('copy-to-preview').textContent())
      .toBe('It goes into Sent, which is already there.');
    // The new account's Sent is empty so far; once the copy ends, its 4 messages are counted.
    const newSent = page.locator('[data-testid="new-folder"][data-path="Sent"] .folder-facts');
    expect(await newSent.textContent()).toMatch(/^0 messages/);
    await recordNewFolderBesideReport(page, 'Sent', 'All 4 messages are in your new account.');
    await page.getByTestId('copy-to-confirm').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('copy-announcement').textContent(), { timeout: 10_000 })
      .toContain('Copying Sent.');
    expect(await waitForReport(page)).toBe('All 4 messages are in your new account.');
    await expect.poll(() => newSent.textContent(), { timeout: 15_000 }).toMatch(/^4 messages/);
    // Next to the report, never the count from before the copy: counting again, then 4.
    const beside = await besideReport(page);
    expect(beside.at(-1)).toMatch(/^4 messages/);
    expect(beside.filter((facts) => !/^(counting again…|4 messages)/.test(facts))).toEqual([]);
    // The dialog and its button are gone: focus followed the copy to its report.
    await expect.poll(() => focusedTestId(page), { timeout: 10_000 }).toBe('copy-report-title');
    expect((await newCounts(newUser)).Sent).toBe(4);
    expect(await seriousViolations(page)).toEqual([]);
    await closePage(page, pageErrors);
  }, 60_000);

  it('copies everything, keeps going through pause and a reload, and reports what the servers hold', async () => {
    const page = await openPage(browser, { context: { viewport }, errors: pageErrors });
    await openCopyScreen(page);
    // The plan can be looked at before starting: special folders matched, the drag remembered.
    await page.getByTestId('plan-details').locator('summary').click();
    const entry = (source: string) =>
      page.locator(`[data-testid="plan-entry"][data-source="${source}"]`);
    expect(await entry('INBOX.Sent').textContent()).toContain('Sent goes to Sent');
    expect(await entry('INBOX.Family.2019').textContent()).toContain('goes to Archive/2019');
    await recordProgress(page);
    // By keyboard, focus follows: the button is replaced by the progress, whose title takes focus;
    // Pause turns into Resume under the keyboard, without dropping focus.
    const focused = () => focusedTestId(page);
    await page.getByTestId('copy-everything').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('copy-job').waitFor({ timeout: 15_000 });
    await expect.poll(focused, { timeout: 10_000 }).toBe('copy-progress-title');
    await page.getByTestId('copy-pause').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('copy-resume').waitFor({ timeout: 15_000 });
    expect(await focused()).toBe('copy-resume');
    expect(await page.getByRole('progressbar').getAttribute('aria-valuenow')).not.toBeNull();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('copy-paused'), fullPage: true });

    // Stopping asks first, inline and by keyboard: focus goes to "keep copying", Escape closes the
    // question and gives focus back, and nothing was stopped.
    await page.getByTestId('copy-cancel').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('copy-cancel-confirm').waitFor();
    expect(await page.getByTestId('copy-cancel').getAttribute('aria-expanded')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'copy-cancel-keep',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByTestId('copy-cancel-confirm').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'copy-cancel',
    );
    await page.getByTestId('copy-cancel').click();
    await page.getByTestId('copy-cancel-keep').click();
    await page.getByTestId('copy-cancel-confirm').waitFor({ state: 'detached' });
    expect(await page.getByTestId('copy-resume').isVisible()).toBe(true);

    // A reload brings the job back on its own screen, still paused, still there.
    await page.reload();
    await page.getByTestId('copy-resume').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('step-title').textContent()).toBe('Copy your mail');
    await recordProgress(page);
    const pausedAt = Number(await page.getByRole('progressbar').getAttribute('aria-valuenow'));
    await page.getByTestId('copy-resume').click();
    await page.getByTestId('copy-pause').waitFor();
    // The screenshot shows the bar once it has moved (or, on a very fast machine, what follows).
    const barState = () =>
      page.evaluate(() => {
        const value = document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow');
        if (value === null || value === undefined) return 'gone';
        return Number(value) > 0 ? 'moving' : 'waiting';
      });
    await expect.poll(barState, { timeout: 60_000 }).not.toBe('waiting');
    await page.mouse.move(0, 0);
    await page.screenshot({ path: screenshotPath('copy-copying'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    // The bar moves on from where it was paused (it only ever grows).
    await expect
      .poll(async () => (await progressSeen(page)).some((value) => value > pausedAt), {
        timeout: 60_000,
      })
      .toBe(true);
    const seen = await progressSeen(page);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(seen.every((value) => value >= pausedAt && value <= 100)).toBe(true);
    // And a reload while it runs: the job goes on in the main process.
    // If it finished before the page asked, the page opens on Welcome like any fresh start.
    await page.reload();
    await page.getByTestId('next-button').waitFor();
    for (let i = 0; i < 3; i += 1) {
      const title = page.getByTestId('step-title');
      const before = (await title.count()) > 0 ? await title.textContent() : null;
      if (before === 'Copy your mail') break;
      await page.getByTestId('next-button').click();
      await page.waitForFunction(
        (previous) =>
          (document.querySelector('[data-testid="step-title"]')?.textContent ?? null) !== previous,
        before,
      );
    }
    expect(await page.getByTestId('step-title').textContent()).toBe('Copy your mail');
    const summary = await waitForReport(page, 90_000);
    const expected = 10 + 4 + 5 + 8 + 3 + 24;
    expect(summary).toBe(`All ${expected} messages are in your new account.`);
    // Started before the reload: this window did not start it, so its end takes no focus.
    expect(await focused()).not.toBe('copy-report-title');

    // The report's per-folder numbers are what the servers hold.
    const counts = await newCounts(newUser);
    const rows = await reportRows(page);
    const targets: Record<string, string> = {
      INBOX: 'INBOX',
      'INBOX.Sent': 'Sent',
      'INBOX.Family': 'Family',
      'INBOX.Family.2019': 'Archive/2019',
      'INBOX.Family.2019.Holidays': 'Archive/2019/Holidays',
      'INBOX.Photos': 'Photos',
    };
    for (const [source, target] of Object.entries(targets)) {
      expect(rows.get(source), source).toEqual([seeded[source]?.count, counts[target]]);
    }
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('copy-finished'), fullPage: true });

    // Again, by keyboard: nothing new, nothing doubled, and the new report takes focus.
    await page.getByTestId('copy-everything').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('copy-report-summary').textContent(), { timeout: 30_000 })
      .toBe(`Nothing new to copy: all ${expected} messages were already in your new account.`);
    await expect.poll(focused, { timeout: 10_000 }).toBe('copy-report-title');
    expect((await newCounts(newUser)).Photos).toBe(24);
    await closePage(page, pageErrors);
  }, 120_000);

  it('names the messages that are too big for the new provider', async () => {
    await signIn('old', skipOldUser);
    await signIn('new', skipNewUser);
    const page = await openPage(browser, { context: { viewport }, errors: pageErrors });
    await openCopyScreen(page);
    await page.getByTestId('copy-everything').click();
    // The last job's report stays until this one ends.
    await expect
      .poll(() => page.getByTestId('copy-report-summary').textContent(), { timeout: 30_000 })
      .toBe('Your new account has 3 of the 4 messages.');
    const skipped = page.getByTestId('copy-report-skipped');
    expect(await skipped.textContent()).toContain('1 message was too big for your new provider:');
    expect(await skipped.textContent()).toMatch(/one of 40\d kB in Inbox/);
    expect((await newCounts(skipNewUser)).INBOX).toBe(3);
    expect((await reportRows(page)).get('INBOX')).toEqual([4, 3]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('copy-finished-with-skips'), fullPage: true });
    await closePage(page, pageErrors);
  }, 60_000);

  it('says in plain words that a password changed, and leads back to signing in', async () => {
    // The new provider's password changes behind Switchover's back.
    await stack().createUser('new', `copyskip-${run}`, 'quota-small.new.test', `${password}-new`);
    const page = await openPage(browser, { context: { viewport }, errors: pageErrors });
    await page.goto(app.url);
    for (const title of ['Your old email', 'Your new email', 'Copy your mail']) {
      await page.getByTestId('next-button').click();
      await expect.poll(() => page.getByTestId('step-title').textContent()).toBe(title);
    }
    // Listing the folders may still work from what was listed before; copying then meets the
    // changed password. Either way the same plain sentence and the way back appear.
    const failure = page.locator('[data-error-code="auth.failed"]');
    const everything = page.getByTestId('copy-everything');
    await failure.or(everything).first().waitFor({ timeout: 30_000 });
    if ((await failure.count()) === 0) await everything.click();
    await failure.first().waitFor({ timeout: 30_000 });
    expect(await failure.first().textContent()).toBe(
      'The password of one of your accounts was not accepted; perhaps it was changed. Please go back and sign in again.',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('copy-sign-in-again').first().click();
    await expect.poll(() => page.getByTestId('step-title').textContent()).toBe('Your new email');
    await closePage(page, pageErrors);
  }, 60_000);
});
