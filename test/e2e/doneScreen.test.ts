import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMessage } from '../integration/copyFixtures';
import { qrRowsOf, readProfile, type Plist } from '../unit/profileReader';
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
import { needlesFor, scanFolder, scanText } from './secretsScan';

// Screen 7 in Chromium through the bridge, against the real mail stack: the QR code really holds
// the new account's settings (its drawn modules are compared with the code of the expected text),
// the settings table behind its disclosure, the iPhone profile saved as a plist with the right
// servers and no password; the old account backed up (a reload in the middle shows the backup
// again, stopping it says so, the second run finishes with the seeded counts in mbox files); the
// report for the helper saved without any password. axe and a screenshot in every state.

const stack = useMailStack();
const run = randomBytes(4).toString('hex');
const localpart = `done-${run}`;
const oldUser = `${localpart}@old.test`;
const newUser = `${localpart}@new.test`;
const oldPassword = `done-old-${randomBytes(6).toString('hex')}`;
const newPassword = `done-new-${randomBytes(6).toString('hex')}`;
const helperName = 'Tom';

// Enough bytes in Photos that the backup can be seen running (and reloaded, and stopped).
const seeded: Record<string, { count: number; bodyBytes: number }> = {
  INBOX: { count: 6, bodyBytes: 400 },
  'INBOX.Family': { count: 4, bodyBytes: 400 },
  'INBOX.Photos': { count: 20, bodyBytes: 600_000 },
};
/** The old server's answers are slowed to this (bytes a second), so a backup takes seconds. */
const oldServerRate = 1_500_000;
const seededTotal = Object.values(seeded).reduce((sum, { count }) => sum + count, 0);

/**
 * A loopback TCP proxy that lets the server's bytes through at `rate` a second (TLS passes
 * untouched): on the old provider's own address, so its certificate still matches.
 */
const proxySockets = new Set<net.Socket>();
async function throttledProxy(host: string, port: number, rate: number): Promise<net.Server> {
  const server = net.createServer((client) => {
    const upstream = net.connect({ host, port });
    proxySockets.add(client).add(upstream);
    const started = Date.now();
    let sent = 0;
    client.pipe(upstream);
    upstream.on('data', (chunk: Buffer) => {
      client.write(chunk);
      sent += chunk.length;
      const aheadMs = (sent / rate) * 1000 - (Date.now() - started);
      if (aheadMs > 20) {
        upstream.pause();
        setTimeout(() => upstream.resume(), aheadMs);
      }
    });
    upstream.on('end', () => client.end());
    const close = () => {
      client.destroy();
      upstream.destroy();
      proxySockets.delete(client);
      proxySockets.delete(upstream);
    };
    client.on('error', close);
    upstream.on('error', close);
    client.on('close', close);
    upstream.on('close', close);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, resolve);
  });
  return server;
}

let proxy: net.Server | undefined;
const saveDir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-e2e-done-'));
let app: RunningApp;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const needles = needlesFor([
  { user: oldUser, password: oldPassword },
  { user: newUser, password: newPassword },
]);

/** The drawn QR code back as rows of '0'/'1', from its SVG path ("M x y h len v1 h-len z"). */
async function drawnRows(): Promise<string[]> {
  const qr = page.getByTestId('phone-qr');
  const size = Number(await qr.getAttribute('data-size'));
  const d = (await qr.locator('path').getAttribute('d')) ?? '';
  const rows = Array.from({ length: size }, () => Array<string>(size).fill('0'));
  for (const [, x, y, length] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(length); i += 1) {
      const row = rows[Number(y) - 4];
      if (row) row[Number(x) - 4 + i] = '1';
    }
  }
  return rows.map((row) => row.join(''));
}

const backupPhase = () => page.getByTestId('done-backup').getAttribute('data-phase');

async function backupStatus(): Promise<{ phase: string; messagesDone: number }> {
  return (await callOverBridge(app.url, 'backup.status', {})) as {
    phase: string;
    messagesDone: number;
  };
}

async function axeAndShot(state: string): Promise<void> {
  expect(await seriousViolations(page), state).toEqual([]);
  await page.screenshot({ path: screenshotPath(`done-${state}`), fullPage: true });
}

beforeAll(async () => {
  await stack().createUser('old', localpart, 'old.test', oldPassword);
  await stack().createUser('new', localpart, 'new.test', newPassword);
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
  [app, browser] = await startAppAndChromium({
    ...mailStackEnv(stack().endpoints),
    SWITCHOVER_SAVE_DIR: saveDir,
  });
  const p = stack().endpoints.providers;
  // The old account by address (the backup, like the copy engine, asks the system resolver),
  // through the slow proxy.
  proxy = await throttledProxy(p.old.host, p.old.imaps, oldServerRate);
  await callOverBridge(app.url, 'accounts.signIn', {
    role: 'old',
    email: oldUser,
    password: oldPassword,
    imap: {
      host: p.old.host,
      port: (proxy.address() as net.AddressInfo).port,
      security: 'tls',
      username: oldUser,
    },
    source: 'manual',
  });
  await signInOverBridge(app.url, stack().endpoints, {
    role: 'new',
    email: newUser,
    password: newPassword,
    servers: 'name',
  });
  // The helper's kit names the helper ("Save a report for Tom").
  const kit = {
    kind: 'switchover-kit',
    version: 1,
    helper: { name: helperName },
    newAccount: {
      imap: { host: p.new.imapHostname, port: p.new.imaps, security: 'tls' },
      smtp: { host: p.new.smtpHostname, port: p.new.submission, security: 'starttls' },
    },
  };
  await callOverBridge(app.url, 'kit.open', { text: JSON.stringify(kit) });
  page = await openPage(browser, { context: { reducedMotion: 'reduce' }, errors: pageErrors });
});

afterAll(async () => {
  if (page) await closePage(page, pageErrors);
  await stopAppAndChromium(app, browser);
  for (const socket of proxySockets) socket.destroy();
  await new Promise((resolve) => (proxy ? proxy.close(resolve) : resolve(undefined)));
  fs.rmSync(saveDir, { recursive: true, force: true });
});

describe('Done', () => {
  it('shows the phone settings as a QR code and a table, and saves the iPhone profile', async () => {
    await goThroughSteps(page, app.url, [
      'Your old email',
      'Your new email',
      'Copy your mail',
      'Send a test',
      'Is the switch complete?',
      'Done',
    ]);
    const p = stack().endpoints.providers.new;
    const qr = page.getByTestId('phone-qr');
    await qr.waitFor({ timeout: 15_000 });

    // The code holds exactly the settings, as text a phone camera shows.
    const expectedText = [
      `Email: ${newUser}`,
      `Incoming (IMAP): ${p.imapHostname}, port ${p.imaps}, SSL/TLS`,
      `Outgoing (SMTP): ${p.smtpHostname}, port ${p.submission}, STARTTLS`,
      `User name: ${newUser}`,
      'Password: the one of your new email',
    ].join('\n');
    const drawn = await drawnRows();
    expect(drawn).toEqual(qrRowsOf(expectedText));
    expect(drawn).not.toEqual(qrRowsOf(expectedText.replace(p.imapHostname, 'imap.other.test')));
    expect(await qr.getAttribute('role')).toBe('img');
    expect(await qr.getAttribute('aria-label')).toContain('QR code of the settings for your phone');
    // Big enough to scan from the screen.
    expect((await qr.boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(180);

    // Jargon only behind the disclosure; the same settings in words there.
    const details = page.getByTestId('phone-details');
    expect(await details.getAttribute('open')).toBeNull();
    const mainPath = await page.locator('.done-screen').evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('details').forEach((d) => d.remove());
      return copy.textContent ?? '';
    });
    expect(mainPath).not.toMatch(/\b(SMTP|TLS|port|Port)\b/);
    await axeAndShot('phone');
    await page.getByTestId('phone-details').locator('summary').click();
    const setting = (id: string) => page.getByTestId(`phone-setting-${id}`).locator('td');
    expect(await setting('address').textContent()).toBe(newUser);
    expect(await setting('incoming-host').textContent()).toBe(p.imapHostname);
    expect(await setting('incoming-port').textContent()).toBe(String(p.imaps));
    expect(await setting('incoming-security').textContent()).toBe('SSL/TLS');
    expect(await setting('outgoing-host').textContent()).toBe(p.smtpHostname);
    expect(await setting('outgoing-port').textContent()).toBe(String(p.submission));
    expect(await setting('outgoing-security').textContent()).toBe('STARTTLS');
    expect(await setting('username').textContent()).toBe(newUser);
    expect(await setting('password').textContent()).toBe('The password of your new email');
    await axeAndShot('phone-settings');

    // The iPhone profile: saved into the save folder, a plist with the servers, no password.
    await page.getByTestId('save-profile').click();
    await page.getByTestId('saved-profile').waitFor({ timeout: 15_000 });
    const profilePath = path.join(saveDir, `${newUser} on iPhone.mobileconfig`);
    expect(await page.getByTestId('saved-profile-path').textContent()).toBe(profilePath);
    expect(await page.getByTestId('profile-saved-sentence').textContent()).toContain(
      `on iPhone.mobileconfig`,
    );
    // Browser mode has no file manager to open: the path is shown instead, and no button.
    expect(await page.getByTestId('reveal-profile').count()).toBe(0);
    expect(await callOverBridge(app.url, 'files.reveal', { kind: 'profile' })).toEqual({
      shown: false,
    });
    const xml = fs.readFileSync(profilePath, 'utf8');
    const profile = readProfile(xml);
    const mail = (profile.PayloadContent as Record<string, Plist>[])[0] ?? {};
    expect(mail).toMatchObject({
      PayloadType: 'com.apple.mail.managed',
      EmailAccountType: 'EmailTypeIMAP',
      EmailAddress: newUser,
      IncomingMailServerHostName: p.imapHostname,
      IncomingMailServerPortNumber: p.imaps,
      IncomingMailServerUseSSL: true,
      OutgoingMailServerHostName: p.smtpHostname,
      OutgoingMailServerPortNumber: p.submission,
      OutgoingMailServerUseSSL: false,
      OutgoingPasswordSameAsIncomingPassword: true,
    });
    expect(Object.keys(mail).filter((key) => /password/i.test(key))).toEqual([
      'OutgoingPasswordSameAsIncomingPassword',
    ]);
    expect(scanText('profile', xml, needles).hits).toEqual([]);
    await axeAndShot('profile-saved');
  });

  it('backs up the old account: shown again after a reload, stopped, then finished', async () => {
    const section = page.getByTestId('done-backup');
    expect(await backupPhase()).toBe('idle');
    await page.getByTestId('backup-start').click();
    await expect.poll(backupPhase, { timeout: 15_000 }).toBe('running');
    // Focus follows the start button, which is gone.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 5000 })
      .toBe('backup-progress-title');
    await expect
      .poll(async () => (await backupStatus()).messagesDone, { timeout: 20_000, interval: 100 })
      .toBeGreaterThan(0);
    expect(await page.getByTestId('backup-eta').textContent()).toMatch(
      /^\d+ percent — (about \d+ minutes? left|less than a minute left|working out how long it takes…)$/,
    );
    await axeAndShot('backup-running');

    // A reload in the middle: the window opens on Done again, with the backup still going.
    await page.reload();
    await expect
      .poll(() => page.getByTestId('step-title').textContent(), { timeout: 15_000 })
      .toBe('Done');
    await expect.poll(backupPhase, { timeout: 15_000 }).toBe('running');
    expect((await backupStatus()).phase).toBe('running');
    expect(await page.getByTestId('backup-progress').getAttribute('aria-valuenow')).toMatch(
      /^\d+$/,
    );
    expect(await page.getByTestId('backup-counts').textContent()).toMatch(
      new RegExp(`^\\d+ of ${seededTotal} messages saved$`),
    );

    // Stopping says so, and nothing half-written is left behind.
    await page.getByTestId('backup-cancel').click();
    await expect.poll(backupPhase, { timeout: 20_000 }).toBe('cancelled');
    expect(await page.getByTestId('backup-result-title').textContent()).toBe(
      'Saving your old mail was stopped',
    );
    // Nothing half-written stays behind.
    await expect
      .poll(() => fs.readdirSync(saveDir).filter((name) => name.startsWith('Old mail backup')))
      .toEqual([]);
    await axeAndShot('backup-cancelled');

    // Again, to the end.
    await page.getByTestId('backup-start').click();
    await expect.poll(backupPhase, { timeout: 60_000, interval: 500 }).toBe('finished');
    const finishedText = await page.getByTestId('backup-finished-text').textContent();
    const backupPath = (await page.getByTestId('saved-backup').getAttribute('data-path')) ?? '';
    expect(path.dirname(backupPath)).toBe(saveDir);
    expect(path.basename(backupPath)).toMatch(/^Old mail backup \d{4}-\d{2}-\d{2}( \(\d+\))?$/);
    // Where it is, as a person says it: the last three places of the path.
    const place = backupPath.split('/').filter(Boolean).slice(-3).join(' › ');
    expect(finishedText).toBe(`${seededTotal} messages, in “${place}”.`);
    // The files hold the seeded messages: one mboxrd "From " line per message, per folder.
    const state = (await backupStatus()) as unknown as {
      folders: { path: string; file: string; messages: number }[];
    };
    const counts = Object.fromEntries(state.folders.map((f) => [f.path, f.messages]));
    for (const [folder, { count }] of Object.entries(seeded)) expect(counts[folder]).toBe(count);
    expect(state.folders.reduce((sum, f) => sum + f.messages, 0)).toBe(seededTotal);
    for (const folder of state.folders) {
      const mbox = fs.readFileSync(path.join(backupPath, folder.file), 'latin1');
      expect(mbox.match(/^From /gm)?.length ?? 0, folder.path).toBe(folder.messages);
    }
    expect(fs.readdirSync(saveDir).filter((name) => name.endsWith('.partial'))).toEqual([]);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), {
        timeout: 5000,
      })
      .toBe('backup-result-title');
    expect(await section.textContent()).toContain('Your old mail is saved');
    await axeAndShot('backup-finished');
  });

  it('saves the report for the helper, with no password in it', async () => {
    const section = page.getByTestId('done-report');
    expect(await section.locator('h2').textContent()).toBe(`Save a report for ${helperName}`);
    await page.getByTestId('save-report').click();
    await page.getByTestId('saved-report').waitFor({ timeout: 30_000 });
    const reportPath = (await page.getByTestId('saved-report-path').textContent()) ?? '';
    expect(path.dirname(reportPath)).toBe(saveDir);
    expect(path.basename(reportPath)).toMatch(/^Switchover report \d{4}-\d{2}-\d{2} \d{6}\.txt$/);
    expect(await page.getByTestId('report-saved-sentence').textContent()).toContain(
      `Send this file to ${helperName}, for example by email.`,
    );
    const report = fs.readFileSync(reportPath, 'utf8');
    for (const expected of [
      `Old account: ${oldUser}`,
      `New account: ${newUser}`,
      `From ${helperName}`,
      'Backup of the old mail',
      `finished`,
    ]) {
      expect(report).toContain(expected);
    }
    expect(scanText('report', report, needles).hits).toEqual([]);
    // Nothing Switchover saved holds a password: profile, report, the backup's files.
    const scan = scanFolder(saveDir, needles);
    expect(scan.files).toBeGreaterThanOrEqual(2 + Object.keys(seeded).length);
    expect(scan.hits).toEqual([]);
    await axeAndShot('report-saved');
    console.log(
      `done: saved ${scan.files} files, ${scan.bytes} bytes; report ${report.length} characters`,
    );
  });
});
