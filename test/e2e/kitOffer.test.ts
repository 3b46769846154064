import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kit } from '../../src-main/contract';
import { seriousViolations } from './axe';
import { launchChromium, screenshotPath, startBrowserMode, type RunningApp } from './browserMode';
import { openPage } from './pages';

// A kit from outside the window — here a launch argument, as a file association passes it; in
// the desktop app also a switchover:// link any web page can fire — is asked about first: the
// helper's name and the servers in plain sight, a warning for servers outside the address's
// domain, and nothing of it used until the person says yes.

let browser: Browser;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-kit-offer-'));

const kit = (helper: string, imapHost: string): Kit => ({
  kind: 'switchover-kit',
  version: 1,
  helper: { name: helper },
  newAccount: {
    email: 'ida@family.test',
    imap: { host: imapHost, port: 993, security: 'tls' },
    smtp: { host: 'smtp.family.test', port: 465, security: 'tls' },
  },
});

function kitFile(name: string, content: Kit): string {
  const file = path.join(dir, `${name}.switchover`);
  fs.writeFileSync(file, JSON.stringify(content));
  return file;
}

async function withApp(args: string[], dataDir: string, run: (app: RunningApp) => Promise<void>) {
  const app = await startBrowserMode({ LANG: 'en_US.UTF-8' }, { args, dataDir });
  try {
    await run(app);
  } finally {
    await app.stop();
  }
}

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a kit from outside the window', () => {
  it('is offered with its servers and a warning; "Don’t use them" leaves no kit behind', async () => {
    const dataDir = fs.mkdtempSync(path.join(dir, 'data-'));
    const file = kitFile('mallory', kit('Mallory', 'imap.attacker.test'));
    await withApp([file], dataDir, async (app) => {
      const page = await openPage(browser);
      await page.goto(app.url);
      await expect
        .poll(() => page.getByTestId('kit-offer-title').textContent())
        .toBe('Use these settings for your new email?');
      // The question has focus: it interrupts whatever screen was there.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
        .toBe('kit-offer-title');
      const servers = await page.getByTestId('kit-offer-servers').textContent();
      expect(servers).toContain('imap.attacker.test');
      expect(servers).toContain('smtp.family.test');
      expect(await page.getByTestId('kit-offer-unrelated').textContent()).toContain(
        'imap.attacker.test is not part of family.test',
      );
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: screenshotPath('kit-offer'), fullPage: true });

      await page.getByTestId('kit-offer-decline').click();
      await expect.poll(() => page.getByTestId('kit-offer').count()).toBe(0);
      await expect.poll(() => page.getByTestId('welcome-title').count()).toBe(1);
      // Nothing of it was kept: no kit in the settings, none shown as open.
      expect(await page.getByTestId('kit-opened').count()).toBe(0);
      const settings = path.join(dataDir, 'settings.json');
      const saved = fs.existsSync(settings) ? fs.readFileSync(settings, 'utf8') : '';
      expect(saved).not.toContain('Mallory');
      await page.close();
    });
  });

  it('is used once accepted, and a second one says which kit it would replace', async () => {
    const dataDir = fs.mkdtempSync(path.join(dir, 'data-'));
    await withApp([kitFile('sam', kit('Sam', 'imap.family.test'))], dataDir, async (app) => {
      const page = await openPage(browser);
      await page.goto(app.url);
      await expect.poll(() => page.getByTestId('kit-offer').count()).toBe(1);
      // Servers inside the address's domain: no warning.
      expect(await page.getByTestId('kit-offer-unrelated').count()).toBe(0);
      await page.getByTestId('kit-offer-accept').click();
      await expect
        .poll(() => page.getByTestId('kit-opened').textContent())
        .toContain('The kit from Sam is open');
      await page.close();
    });
    await withApp([kitFile('other', kit('Other', 'imap.family.test'))], dataDir, async (app) => {
      const page = await openPage(browser);
      await page.goto(app.url);
      await expect
        .poll(() => page.getByTestId('kit-offer').textContent())
        .toContain('They would replace the settings from Sam that you opened before.');
      await page.getByTestId('kit-offer-decline').click();
      await expect
        .poll(() => page.getByTestId('kit-opened').textContent())
        .toContain('The kit from Sam is open');
      await page.close();
    });
  });
});
