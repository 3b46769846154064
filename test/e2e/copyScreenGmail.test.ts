import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { ImapFlow } from 'imapflow';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGmailUser, gmailLikeCorpus, seedGmailLike } from '../mailstack';
import type { GmailLikeCorpus, GmailLikeMessage } from '../mailstack';
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
import { closePage, openPage } from './pages';

// Screen 4 with a Gmail account as the old one (the stack's Gmail-like provider): the plan shows
// the mail without a label going to Archive and the labels in their order, which can be changed
// by keyboard; one label dragged across, then everything; the report counts as Gmail does, and
// the new account holds every message exactly once.

const stack = useMailStack();
const run = randomBytes(4).toString('hex');
const password = `pw-${randomBytes(6).toString('hex')}`;
const gmailUser = `gmailui-${run}@gmail.test`;
const newUser = `gmailui-${run}@new.test`;
let corpus: GmailLikeCorpus;

let app: RunningApp;
let browser: Browser;
const pageErrors: string[] = [];
const viewport = { width: 1280, height: 900 };
const sha = (raw: Buffer) => createHash('sha256').update(raw).digest('hex');

/** Labels that are folders: Inbox, Drafts, Sent and the person's own (not Important, Starred). */
const folderLabels = (m: GmailLikeMessage) =>
  m.labels.filter((l) => ['\\Inbox', '\\Draft', '\\Sent'].includes(l) || !l.startsWith('\\'));

/** Every message of the new account: its folder and the hash of its bytes, from its IMAP server. */
async function newSide(): Promise<{ folder: string; sha256: string }[]> {
  const p = stack().endpoints.providers.new;
  const client = new ImapFlow({
    host: p.host,
    port: p.imaps,
    secure: true,
    auth: { user: newUser, pass: password },
    tls: { ca: [fs.readFileSync(stack().endpoints.caCertPath)] },
    logger: false,
  });
  await client.connect();
  try {
    const found: { folder: string; sha256: string }[] = [];
    for (const box of await client.list()) {
      if (box.flags.has('\\Noselect')) continue;
      const lock = await client.getMailboxLock(box.path, { readOnly: true });
      try {
        for await (const m of client.fetch('1:*', { source: true }, { uid: true })) {
          if (m.source) found.push({ folder: box.path, sha256: sha(m.source) });
        }
      } catch (error) {
        // An empty folder answers 1:* with nothing (or a BAD on some servers): nothing to count.
        if (client.mailbox && client.mailbox.exists > 0) throw error;
      } finally {
        lock.release();
      }
    }
    return found;
  } finally {
    await client.logout();
  }
}

async function openCopyScreen(page: Page): Promise<void> {
  await page.goto(app.url);
  for (const title of ['Your old email', 'Your new email', 'Copy your mail']) {
    await page.getByTestId('next-button').click();
    await expect.poll(() => page.getByTestId('step-title').textContent()).toBe(title);
  }
  await page.getByTestId('old-tree').waitFor({ timeout: 30_000 });
}

async function waitForReport(page: Page, timeout = 90_000): Promise<string> {
  await page.getByTestId('copy-report').waitFor({ timeout });
  await page.getByTestId('copy-job').waitFor({ state: 'detached', timeout });
  return (await page.getByTestId('copy-report-summary').textContent()) ?? '';
}

/** The labels' list as the person reads it: "1st Inbox goes to Inbox", … */
async function labelOrder(page: Page): Promise<string[]> {
  const rows = page.getByTestId('label-order').getByTestId('plan-entry');
  return rows.evaluateAll((all) =>
    all.map((row) => (row.querySelector('.plan-mapping')?.textContent ?? '').trim()),
  );
}

beforeAll(async () => {
  corpus = gmailLikeCorpus({ messages: 150, seed: 7 });
  await createGmailUser(stack(), gmailUser, password);
  await seedGmailLike(stack(), gmailUser, password, corpus);
  await stack().createUser('new', `gmailui-${run}`, 'new.test', password);
  [app, browser] = await startAppAndChromium(mailStackEnv(stack().endpoints));
  // The Gmail-like provider by its address, as the other tests' accounts: the copy engine asks
  // the system's resolver, which does not know the test world's *.test names.
  const g = stack().endpoints.gmailLike;
  await callOverBridge(app.url, 'accounts.signIn', {
    role: 'old',
    email: gmailUser,
    password,
    imap: { host: g.host, port: g.imaps, security: 'tls', username: gmailUser },
    source: 'manual',
  });
  await signInOverBridge(app.url, stack().endpoints, {
    role: 'new',
    email: newUser,
    password,
    servers: 'address',
  });
}, 180_000);

afterAll(async () => {
  await stopAppAndChromium(app, browser);
});

describe('Copy your mail from a Gmail account', () => {
  it('shows archived mail going to Archive and the labels in order, and copies each message once', async () => {
    const page = await openPage(browser, { context: { viewport }, errors: pageErrors });
    await openCopyScreen(page);
    const allMail = corpus.messages.filter((m) => m.location === 'allMail');

    // The plan: archived mail as the person knew it, labels by their Gmail names, in order.
    await page.getByTestId('plan-details').locator('summary').click();
    const entry = (source: string) =>
      page.locator(`[data-testid="plan-entry"][data-source="${source}"]`);
    expect(await entry('[Gmail]/All Mail').textContent()).toContain(
      'Mail without a label goes to Archive — the mail you archived',
    );
    expect(await labelOrder(page)).toEqual([
      '1stInbox goes to Inbox',
      '2ndDrafts goes to Drafts',
      '3rdSent goes to Sent',
      '4thFamily goes to Family',
      '5thFamily/Photos goes to Family/Photos',
      '6thNewsletters goes to Newsletters',
      '7thReceipts 2020 goes to Receipts 2020',
      '8thTravel goes to Travel',
      '9thWork goes to Work',
      '10thÜbersee goes to Übersee',
    ]);
    // The new account keeps tags: one copy each, labels as tags, is chosen and recommended.
    expect(await page.getByTestId('label-mode-keywords').isChecked()).toBe(true);
    expect(await page.getByTestId('label-mode').textContent()).toContain(
      'Keep labels as tags, each message once (recommended)',
    );
    expect(await page.getByTestId('label-mode-no-tags').count()).toBe(0);
    // "Copy everything" and the whole account count All Mail once with Spam and Trash, not each
    // label again.
    expect(await page.getByTestId('old-account').textContent()).toContain(
      `${corpus.messages.length} messages`,
    );
    expect(await page.locator('.copy-everything .field-hint').textContent()).toContain(
      `${corpus.messages.length} messages`,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('copy-gmail-plan'), fullPage: true });

    // By keyboard: Travel moves up one place; focus stays on its button; it is said out loud.
    const travelUp = page.getByRole('button', { name: 'Move Travel up' });
    await travelUp.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => labelOrder(page), { timeout: 10_000 })
      .toContain('7thTravel goes to Travel');
    expect((await labelOrder(page))[7]).toBe('8thReceipts 2020 goes to Receipts 2020');
    await expect
      .poll(() => page.getByTestId('copy-announcement').textContent())
      .toBe('Travel is now 7th.');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Move Travel up',
    );
    // The first label's controls say they do nothing, and do nothing.
    const inboxFirst = page.getByRole('button', { name: 'Put Inbox first' });
    expect(await inboxFirst.getAttribute('aria-disabled')).toBe('true');

    // A copy in every label's folder: the order no longer matters and is not shown; and back.
    await page.getByLabel('A copy in every label’s folder').check();
    await expect.poll(() => page.getByTestId('plan-rank').count(), { timeout: 10_000 }).toBe(0);
    await page.getByLabel('Keep labels as tags, each message once (recommended)').check();
    await expect.poll(() => page.getByTestId('plan-rank').count(), { timeout: 10_000 }).toBe(10);
    expect((await labelOrder(page))[6]).toBe('7thTravel goes to Travel');
    expect(await page.getByTestId('label-mode-keywords').isChecked()).toBe(true);

    // One label dragged onto the new account: it (and the label inside it) is copied alone.
    const family = allMail.filter(
      (m) => m.labels.includes('Family') || m.labels.includes('Family/Photos'),
    );
    expect(family.length).toBeGreaterThan(3);
    const old = (path: string) => page.locator(`[data-testid="old-folder"][data-path="${path}"]`);
    await old('Family').dragTo(page.getByTestId('new-account'));
    await expect
      .poll(() => page.getByTestId('copy-announcement').textContent(), { timeout: 10_000 })
      .toMatch(/^Copying Family\./);
    expect(await waitForReport(page)).toBe(
      `All ${family.length} messages are in your new account.`,
    );
    const afterLabel = await newSide();
    expect(afterLabel).toHaveLength(family.length);
    expect(new Set(afterLabel.map((m) => m.folder))).toEqual(new Set(['Family', 'Family/Photos']));
    await page.screenshot({ path: screenshotPath('copy-gmail-label-copied'), fullPage: true });

    // Then everything: the sentence with the corpus's numbers.
    const multiLabel = allMail.filter((m) => folderLabels(m).length > 1).length;
    expect(multiLabel).toBeGreaterThan(3);
    await page.getByTestId('copy-everything').click();
    await page.getByTestId('copy-job').waitFor({ timeout: 15_000 });
    expect(await waitForReport(page, 120_000)).toBe(
      `All ${corpus.messages.length} messages are in your new account. ${multiLabel} had several labels: each is there once, in the folder of its first label, with the other labels kept as tags.`,
    );
    // The table: Archive for the mail without a label, the labels by their Gmail names.
    const rowTitle = (source: string) =>
      page.locator(`[data-testid="copy-report-row"][data-source="${source}"] th`).textContent();
    expect(await rowTitle('[Gmail]/All Mail')).toBe('Archive (mail without a label)');
    expect(await rowTitle('Family/Photos')).toBe('Family/Photos');
    expect(await rowTitle('INBOX')).toBe('Inbox');

    // The new account holds every message of the old one exactly once: none twice, none missing.
    const after = await newSide();
    expect(after.map((m) => m.sha256).sort()).toEqual(
      corpus.messages.map((m) => sha(m.raw)).sort(),
    );
    expect(new Set(after.map((m) => m.sha256)).size).toBe(after.length);
    // What the label's copy put in Family stays there: it is not copied again into Inbox.
    const familyHashes = new Set(family.map((m) => sha(m.raw)));
    expect(
      after
        .filter((m) => familyHashes.has(m.sha256))
        .every((m) => m.folder === 'Family' || m.folder === 'Family/Photos'),
    ).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('copy-gmail-finished'), fullPage: true });
    await closePage(page, pageErrors);
  }, 300_000);
});
