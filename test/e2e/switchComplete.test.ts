import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useMailStack } from '../mailstack/forTests';
import { callOverBridge, signInOverBridge } from './accountsOverBridge';
import { seriousViolations } from './axe';
import {
  mailStackEnv,
  screenshotPath,
  startAppAndChromium,
  startBrowserMode,
  stopAppAndChromium,
  type RunningApp,
} from './browserMode';
import { goThroughSteps, openPage } from './pages';

// Screen 6 in Chromium through the bridge, against the real mail stack: the same address on both
// providers (family.test moves). MX at the old provider → "not yet"; the test flips MX (mixed,
// then switched) and the screen follows; a late message at the old inbox is copied and listed;
// the probes show the Office 365 trap (the old provider still hosts the domain) in plain words,
// then pass; the helper's DNS checks behind their disclosure. Then two quiet days pass: the app
// is stopped, its remembered times moved 49 hours back, and started again on the same data.

const stack = useMailStack();
const run = randomBytes(4).toString('hex');
const localpart = `switch-${run}`;
const address = `${localpart}@family.test`;
const password = `sw-${randomBytes(6).toString('hex')}`;
const lateSubject = `Late letter ${run}`;

let app: RunningApp;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
// Ours, so the app can be started again on it (stop() leaves a folder it was given).
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-e2e-switch-'));
const twoDaysAndAnHour = 49 * 3600_000;

/**
 * As if time had passed: every time Switchover remembered (since, the probes, late mail) moved
 * back by `ms`. Only the file changes; the app reads it on its next start.
 */
function moveRememberedTimesBack(ms: number): Record<string, unknown> {
  const file = path.join(dataDir, 'switchover.json');
  const isoTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
  const shifted = JSON.parse(fs.readFileSync(file, 'utf8'), (_key, value: unknown) =>
    typeof value === 'string' && isoTime.test(value)
      ? new Date(new Date(value).getTime() - ms).toISOString()
      : value,
  ) as Record<string, unknown>;
  fs.writeFileSync(file, `${JSON.stringify(shifted, null, 2)}\n`, { mode: 0o600 });
  return shifted;
}

/**
 * Both accounts are the same address; the old one also gets its sending server (the old probe).
 * By address, as copyScreen.test.ts does: the copy engine (which copies late mail) asks the
 * system's resolver, which does not know the test names (the stack's DNS is only Switchover's).
 */
async function signIn(role: 'old' | 'new', email = address): Promise<void> {
  await signInOverBridge(app.url, stack().endpoints, { role, email, password, servers: 'address' });
}

const title = (target: Page) => target.getByTestId('step-title').textContent();
const routeState = () => page.getByTestId('switch-route').getAttribute('data-state');
const sentence = () => page.getByTestId('switch-route-sentence').textContent();

/** Presses "Check now" and waits until the picture shows `expected`. */
async function checkUntil(expected: string): Promise<void> {
  const button = page.getByTestId('switch-check-now');
  await expect
    .poll(
      async () => {
        if ((await button.getAttribute('aria-disabled')) === null) await button.click();
        return routeState();
      },
      { timeout: 20_000, interval: 1000 },
    )
    .toBe(expected);
}

/** Sends the probes from the screen and waits for the outcome of this new run. */
async function sendProbes(): Promise<string | null> {
  const section = page.getByTestId('switch-probes');
  const button = page.getByTestId('probe-button');
  await expect.poll(() => button.getAttribute('aria-disabled'), { timeout: 10_000 }).toBeNull();
  const before = await section.getAttribute('data-run-id');
  await button.press('Enter');
  await expect
    .poll(async () => (await section.getAttribute('data-run-id')) !== before, { timeout: 10_000 })
    .toBe(true);
  await expect
    .poll(() => section.getAttribute('data-phase'), { timeout: 45_000, interval: 500 })
    .toBe('finished');
  return page.getByTestId('probe-outcome').getAttribute('data-outcome');
}

beforeAll(async () => {
  await stack().createUser('old', localpart, 'family.test', password);
  await stack().createUser('new', localpart, 'family.test', password);
  // Where the stack starts from: family.test at the old provider, nothing odd.
  await stack().switchMx('family.test', 'old');
  await stack().setOldProviderHostsDomain('family.test', false);
  [app, browser] = await startAppAndChromium(mailStackEnv(stack().endpoints), { dataDir });
  await signIn('old');
  await signIn('new');
  // Without transitions, axe never measures a button's colour half-way through a change.
  page = await openPage(browser, { context: { reducedMotion: 'reduce' }, errors: pageErrors });
});

afterAll(async () => {
  await page?.context().close();
  await stopAppAndChromium(app, browser);
  fs.rmSync(dataDir, { recursive: true, force: true });
  // Leave the shared stack as it started for the next file.
  await stack().setOldProviderHostsDomain('family.test', false);
  await stack().resetDnsRecords();
  await stack().switchMx('family.test', 'old');
});

describe('Is the switch complete?', () => {
  it('follows the move from "not yet" to switched, shows the trap in plain words, then passes', async () => {
    // From Welcome to step 6 with Next, keyboard only (both accounts are signed in).
    await goThroughSteps(page, app.url, [
      'Your old email',
      'Your new email',
      'Copy your mail',
      'Send a test',
      'Is the switch complete?',
    ]);

    // Not yet: the picture and the sentence say the mail still goes to the old account.
    await expect.poll(routeState, { timeout: 20_000 }).toBe('not-switched');
    expect(await sentence()).toBe(
      `Not yet: mail to ${address} still goes to your old account, because the switch has not happened yet.`,
    );
    expect(await page.getByTestId('route-old').textContent()).toContain('Mail still arrives here');
    expect(await page.getByTestId('route-new').textContent()).toContain('No mail arrives here yet');
    expect(await page.getByTestId('switch-estimate').textContent()).toBe(
      'Once the change is made, most senders will use your new provider within about 1 hour.',
    );
    expect(await page.getByTestId('waiting-mx').count()).toBe(1);
    // The screen watches while it is open.
    expect(await page.getByTestId('switch-route').textContent()).toContain(
      'While this screen is open, Switchover checks again every 5 minutes.',
    );
    // The jargon waits behind "Details".
    const mxDetails = page.getByTestId('switch-mx-details');
    expect(await mxDetails.getAttribute('open')).toBeNull();
    expect(await mxDetails.textContent()).toContain('mail.old.test');
    expect(await page.locator('.switch-screen').innerText()).not.toMatch(/\b(MX|TTL|SPF|DKIM)\b/);
    const check = page.getByTestId('switch-check-now');
    expect((await check.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
    expect(
      (await page.getByTestId('probe-button').boundingBox())?.height ?? 0,
    ).toBeGreaterThanOrEqual(44);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('switch-not-yet'), fullPage: true });

    // The helper starts the move: one MX host at each provider first (mixed).
    await stack().switchMx('family.test', 'new');
    await stack().setExtraMx('family.test', [{ host: 'mail.old.test', priority: 20 }]);
    await checkUntil('mixed');
    expect(await sentence()).toBe(
      `Half-way: some mail to ${address} goes to your new account, some still to your old one.`,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('switch-mixed'), fullPage: true });

    // Then all of it: switched.
    await stack().setExtraMx('family.test', null);
    await checkUntil('switched');
    expect(await sentence()).toBe(`Mail to ${address} now goes to your new account.`);
    expect(await page.getByTestId('route-old').textContent()).toContain(
      'No new mail arrives here any more',
    );
    expect(await page.getByTestId('waiting-mx').count()).toBe(0);

    // A sender with a stale answer still reaches the old inbox: it is copied and listed.
    const raw = [
      'From: Aunt Ida <ida@elsewhere.test>',
      `To: ${address}`,
      `Subject: ${lateSubject}`,
      `Message-ID: <${randomUUID()}@elsewhere.test>`,
      `Date: ${new Date().toUTCString()}`,
      '',
      'Still writing to the old place.',
      '',
    ].join('\r\n');
    await stack().seedMessage('old', address, 'INBOX', raw);
    const stragglers = page.getByTestId('switch-stragglers');
    await expect
      .poll(
        async () => {
          // The old inbox is watched (IDLE); "Check now" looks again should IDLE be slow.
          if ((await stragglers.getAttribute('data-count')) === '0') {
            if ((await check.getAttribute('aria-disabled')) === null) await check.click();
          }
          return stragglers.getAttribute('data-count');
        },
        { timeout: 30_000, interval: 2000 },
      )
      .toBe('1')
      .catch(async (e: unknown) => {
        console.log(
          'DEBUG',
          JSON.stringify(await callOverBridge(app.url, 'switchCheck.status', {}), null, 1),
        );
        throw e;
      });
    expect(await page.getByTestId('switch-stragglers-summary').textContent()).toBe(
      '1 message arrived at your old account today and was copied to your new account:',
    );
    expect(await stragglers.textContent()).toContain(lateSubject);
    expect(await stragglers.textContent()).toContain('ida@elsewhere.test');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('switch-switched'), fullPage: true });

    // The trap: MX points to the new provider, but the old one still hosts the domain.
    await stack().setOldProviderHostsDomain('family.test', true);
    expect(await sendProbes()).toBe('old-provider.delivers-internally');
    expect(await page.getByTestId('probe-outcome-title').textContent()).toBe(
      'Your old provider still thinks it handles your address',
    );
    expect(await page.getByTestId('probe-outcome-next').textContent()).toBe(
      'Please ask your helper to remove your domain family.test at your old provider. Then send the test messages again.',
    );
    expect(await page.getByTestId('probe-old').getAttribute('data-status')).toBe('arrivedOld');
    expect(await page.getByTestId('probe-new').getAttribute('data-status')).toBe('arrivedNew');
    expect(await page.getByTestId('waiting-probes').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('switch-trap'), fullPage: true });

    // The helper removes the domain at the old provider: both probes arrive in the new account.
    await stack().setOldProviderHostsDomain('family.test', false);
    expect(await sendProbes()).toBe('done');
    expect(await page.getByTestId('probe-outcome-title').textContent()).toBe(
      'Both test messages arrived in your new account ✓',
    );
    expect(await page.getByTestId('probe-old').getAttribute('data-status')).toBe('arrivedNew');
    expect(await page.getByTestId('probe-new').getAttribute('data-status')).toBe('arrivedNew');
    // Only the quiet period is left (48 h without late mail): the day it completes is named.
    await expect
      .poll(() => page.getByTestId('waiting-probes').count(), { timeout: 10_000 })
      .toBe(0);
    expect(await page.getByTestId('switch-completion').getAttribute('data-complete')).toBe('false');
    expect(await page.getByTestId('waiting-quiet-period').count()).toBe(1);
    expect(await page.getByTestId('switch-quiet-until').textContent()).toMatch(
      /^If no more mail arrives at your old account, your switch is complete on \w+ \d+, \d{4}\./,
    );
    // The late message was copied exactly once, whatever the probes did meanwhile.
    expect(await stragglers.getAttribute('data-count')).toBe('1');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('switch-probes-done'), fullPage: true });

    // For the helper: DNS health in plain words, from TXT records dnsmasq serves.
    await stack().setTxtRecords('family.test', ['v=spf1 ip4:127.0.0.2 ~all']);
    await stack().setTxtRecords('_dmarc.family.test', ['v=DMARC1; p=none']);
    const health = page.getByTestId('switch-health');
    await health.locator('summary').press('Enter');
    const spf = health.locator('[data-code="spf.no-new-provider"]');
    await spf.waitFor({ timeout: 15_000 });
    expect(await spf.getAttribute('data-verdict')).toBe('bad');
    expect(await spf.textContent()).toContain(
      'Your new provider is not yet named as allowed to send mail for your address',
    );
    expect(await spf.textContent()).toContain(
      'Tell your helper: The SPF record does not include the new provider: v=spf1 ip4:127.0.0.2 ~all',
    );
    expect(await health.locator('[data-code="dmarc.policy-none"]').textContent()).toContain(
      'Other servers are told to let fake mail in your name through.',
    );
    expect(await health.getByTestId('health-check').count()).toBeGreaterThanOrEqual(4);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('switch-health'), fullPage: true });

    // Leaving the screen stops the watch it started.
    await page.getByTestId('next-button').press('Enter');
    await expect.poll(() => title(page)).toBe('Done');
    const watchActive = async () => {
      const { current } = (await callOverBridge(app.url, 'switchCheck.status', {})) as {
        current: { watch: { active: boolean } } | null;
      };
      return current?.watch.active;
    };
    await expect.poll(watchActive, { timeout: 10_000 }).toBe(false);

    expect(pageErrors).toEqual([]);
  }, 90_000);

  it('two quiet days later, says the switch is complete and until when to keep the old account', async () => {
    // Switchover is closed; two days and an hour pass without late mail.
    await page.context().close();
    await app.stop();
    const remembered = moveRememberedTimesBack(twoDaysAndAnHour);
    expect(typeof remembered['probesPassedAt']).toBe('string');
    expect(typeof remembered['lastStragglerAt']).toBe('string');
    const quietFrom = Math.max(
      new Date(String(remembered['probesPassedAt'])).getTime(),
      new Date(String(remembered['lastStragglerAt'])).getTime(),
    );
    expect(Date.now() - quietFrom).toBeGreaterThan(48 * 3600_000);

    // Opened again on the same data: both accounts are remembered (settings and keychain).
    app = await startBrowserMode(
      { LANG: 'en_US.UTF-8', ...mailStackEnv(stack().endpoints) },
      { dataDir },
    );
    page = await openPage(browser, { context: { reducedMotion: 'reduce' }, errors: pageErrors });
    await goThroughSteps(page, app.url, [
      'Your old email',
      'Your new email',
      'Copy your mail',
      'Send a test',
      'Is the switch complete?',
    ]);
    const verdict = page.getByTestId('switch-completion');
    await expect
      .poll(() => verdict.getAttribute('data-complete'), { timeout: 20_000 })
      .toBe('true')
      .catch(async (e: unknown) => {
        console.log('DEBUG', JSON.stringify(remembered, null, 1), pageErrors);
        console.log('DEBUG2', await page.locator('body').innerText());
        console.log('DEBUG3', app.log());
        throw e;
      });
    expect(await routeState()).toBe('switched');
    expect(await page.locator('#switch-complete-title').textContent()).toBe(
      'Your switch is complete ✓',
    );
    // Keep the old account 90 days after the quiet period ended, said as a plain date.
    const keepUntil = new Intl.DateTimeFormat('en-US', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(new Date(quietFrom + 48 * 3600_000 + 90 * 86_400_000));
    expect(await page.getByTestId('switch-keep-old').textContent()).toBe(
      `Keep your old account until ${keepUntil}, then close it. Some people write only rarely (a yearly bill, for example); until then, Switchover still copies anything that arrives there.`,
    );
    expect(await page.getByTestId('switch-keep-old').textContent()).toMatch(
      /until [A-Z][a-z]+ \d{1,2}, \d{4}, then close it/,
    );
    expect(await page.getByTestId('waiting-quiet-period').count()).toBe(0);
    // The late letter is still listed once; nothing new counted as late.
    expect(await page.getByTestId('switch-stragglers').getAttribute('data-count')).toBe('1');
    // No longer "today": the day it arrived is named.
    expect(await page.getByTestId('switch-stragglers-summary').textContent()).toMatch(
      /^1 message arrived at your old account since [A-Z][a-z]+ \d{1,2}, \d{4} and was copied/,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('switch-complete'), fullPage: true });
    // Leaving the screen stops its watch, as before the next case signs in other accounts.
    await page.getByTestId('next-button').press('Enter');
    await expect.poll(() => title(page)).toBe('Done');
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('new address: lists who still writes to the old address and copies their mail across', async () => {
    const oldEmail = `ola-${run}@old.test`;
    const newEmail = `nia-${run}@new.test`;
    await stack().createUser('old', `ola-${run}`, 'old.test', password);
    await stack().createUser('new', `nia-${run}`, 'new.test', password);
    await signIn('old', oldEmail);
    await signIn('new', newEmail);
    const raw = [
      'From: Bank <news@bank.test>',
      `To: ${oldEmail}`,
      `Subject: Statement ${run}`,
      `Message-ID: <${randomUUID()}@bank.test>`,
      `Date: ${new Date().toUTCString()}`,
      '',
      'Your statement.',
      '',
    ].join('\r\n');
    await stack().seedMessage('old', oldEmail, 'INBOX', raw);

    await page.reload();
    await page.getByTestId('next-button').waitFor();
    for (let step = 0; step < 5; step++) await page.getByTestId('next-button').press('Enter');
    await expect.poll(() => title(page), { timeout: 15_000 }).toBe('Is the switch complete?');
    await expect
      .poll(() => page.getByTestId('switch-screen').getAttribute('data-mode'), { timeout: 15_000 })
      .toBe('new-address');
    const senders = page.getByTestId('switch-senders');
    await senders.locator('li').first().waitFor({ timeout: 20_000 });
    expect(await senders.locator('li').allTextContents()).toEqual([
      expect.stringMatching(/^Bank <news@bank\.test> 1 message, the last on \w+ \d+, \d{4}$/),
    ]);
    expect(await page.getByTestId('switch-forwarding').textContent()).toContain(
      `forward everything that arrives for ${oldEmail} to ${newEmail}`,
    );
    // Probes and the MX picture belong to the same-address case only.
    expect(await page.getByTestId('switch-route').count()).toBe(0);

    await page.getByTestId('switch-copy-inbox').press('Enter');
    await expect
      .poll(() => page.getByTestId('switch-copy-result').textContent(), { timeout: 30_000 })
      .toBe('1 message was copied to your new account.');
    // Copying again never copies twice.
    await page.getByTestId('switch-copy-inbox').press('Enter');
    await expect
      .poll(() => page.getByTestId('switch-copy-result').textContent(), { timeout: 30_000 })
      .toBe('0 messages were copied to your new account. 1 message was already there.');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('switch-new-address'), fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
