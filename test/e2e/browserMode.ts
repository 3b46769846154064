import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { Endpoints } from '../mailstack';
import { ensureFreshBuild } from './freshBuild';

export interface RunningApp {
  url: string;
  dataDir: string;
  /** Everything the process wrote to stdout and stderr so far (its log). */
  log(): string;
  stop(): Promise<void>;
}

export interface BrowserModeOptions {
  /** A data folder the caller owns (e.g. to start again on it): never deleted by `stop()`. */
  dataDir?: string;
  /** Keep the throwaway data folder after `stop()` (the caller deletes it). */
  keepDataDir?: boolean;
  /** Command-line arguments, as a file association or `npm start -- FILE` passes them. */
  args?: string[];
}

/**
 * Starts the built browser mode exactly as `npm start` does without Electron, with a throwaway
 * data folder (or the caller's), and returns the URL it prints.
 */
export async function startBrowserMode(
  env: NodeJS.ProcessEnv = {},
  options: BrowserModeOptions = {},
): Promise<RunningApp> {
  ensureFreshBuild();
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-e2e-'));
  const removeOnStop = options.dataDir === undefined && options.keepDataDir !== true;
  const child: ChildProcess = spawn(
    process.execPath,
    ['dist/main/browserMode.js', ...(options.args ?? [])],
    {
      env: {
        ...process.env,
        ...env,
        SWITCHOVER_DATA_DIR: dataDir,
        DISPLAY: '',
        WAYLAND_DISPLAY: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`browser mode did not start:\n${output}`)),
      15_000,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`browser mode exited (${code}):\n${output}`)));
  });
  return {
    url,
    dataDir,
    log: () => output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      if (removeOnStop) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Browser mode in English (the tests read its English words) and Chromium, started side by side:
 * each takes seconds on a loaded machine.
 */
export function startAppAndChromium(
  env: NodeJS.ProcessEnv = {},
  options: BrowserModeOptions = {},
): Promise<[RunningApp, Browser]> {
  return Promise.all([
    startBrowserMode({ LANG: 'en_US.UTF-8', ...env }, options),
    launchChromium(),
  ]);
}

/** The other half of `startAppAndChromium`, for an `afterAll` (either may not have started). */
export async function stopAppAndChromium(
  app: RunningApp | undefined,
  browser: Browser | undefined,
): Promise<void> {
  await browser?.close();
  await app?.stop();
}

/**
 * The app in the test world: it trusts the test CA, asks the test DNS and keeps passwords in the
 * stack's private keyring. With `emptyIspdb`, an ISPDB that knows nothing at that path (the test
 * world never reaches the internet).
 */
export function mailStackEnv(
  endpoints: Pick<Endpoints, 'env'>,
  emptyIspdb?: string,
): NodeJS.ProcessEnv {
  return {
    ...endpoints.env,
    ...(emptyIspdb === undefined
      ? {}
      : { SWITCHOVER_ISPDB_URL: `https://autoconfig.family.test/${emptyIspdb}/` }),
  };
}

/**
 * Debian's Chromium: Playwright's own browsers cannot be downloaded here. `extraArgs` for a test
 * that needs more (e.g. a host resolver rule for the test world's identity provider).
 */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}

/** Screenshots are kept as test artifacts under test-results/screenshots/. */
export function screenshotPath(name: string): string {
  const dir = path.resolve('test-results', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}
