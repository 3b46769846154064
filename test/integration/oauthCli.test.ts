import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCopy } from '../../src-main/copy';
import { createHttpRequest, createNetwork } from '../../src-main/net';
import { OAuthAccess, refreshTokenKey } from '../../src-main/oauth';
import type { OAuthProvider } from '../../src-main/oauth';
import { createVault, keychainStore, sessionStore } from '../../src-main/vault';
import { needlesFor, needlesForTokens, scanFolder, scanText } from '../e2e/secretsScan';
import { completeSignIn, issueTokens, revokeGrants, setAccessTokenTtl } from '../mailstack';
import { useMailStack } from '../mailstack/forTests';
import { repoRoot, stackLayout } from '../mailstack/layout';
import { runSwitchover } from './cliChild';
import { caOf, makeMessage, run, snapshotMailbox } from './copyFixtures';

/**
 * OAuth2 on the command line against the test identity provider (oidc-provider with PKCE,
 * rotating refresh tokens, introspection by Dovecot): `switchover login`'s contract, copy and
 * send-test with auth=oauth2, a copy that outlives several access-token lifetimes, and the errors
 * a person can meet (another account chosen, consent refused, a revoked grant).
 */

const stack = useMailStack();
const id = run();
const password = 'oauth cli test password';
const oldUser = `oa-${id}@old.test`;
const newUser = `on-${id}@new.test`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-oauth-cli-'));
const providerFile = path.join(dataDir, 'providers.json');
const outputs: string[] = [];
const exec = promisify(execFile);

function provider(): OAuthProvider {
  return {
    id: 'testidp',
    name: 'Test ID',
    issuer: stack().endpoints.oauth.issuer,
    scopes: ['openid', 'email', 'offline_access'],
    domains: ['old.test', 'new.test'],
    clientId: stack().endpoints.oauth.clients.native,
  };
}

function env(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...stack().endpoints.env,
    SWITCHOVER_OAUTH_PROVIDERS: providerFile,
    SWITCHOVER_DATA_DIR: dataDir,
    LANG: 'en_US.UTF-8',
  };
}

function imapUrl(provider: 'old' | 'new', user: string): string {
  const p = stack().endpoints.providers[provider];
  return `imap://${encodeURIComponent(user)}@${p.host}:${p.imaps}?auth=oauth2`;
}

/**
 * `switchover login` as a helper runs it: the authorize line is read as it comes, the provider's
 * page is answered by `browser` (the test playing the person), and the command's end awaited.
 */
async function login(
  account: string,
  browser: (url: string) => Promise<unknown>,
): Promise<{ code: number | null; lines: Record<string, unknown>[]; err: string }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(repoRoot, 'src-main', 'cli', 'main.ts'),
      'login',
      '--account',
      account,
      '--no-browser',
      '--json',
    ],
    { cwd: repoRoot, env: env(), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  let answered: Promise<unknown> | undefined;
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    const authorize = out
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { type: string; url?: string })
      .find((l) => l.type === 'authorize');
    if (authorize?.url && !answered) answered = browser(authorize.url);
  });
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  await answered;
  outputs.push(out, err);
  const lines = out
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code, lines, err };
}

describe('OAuth2 on the command line', () => {
  beforeAll(async () => {
    // This process reads the keychain too (what `switchover login` kept there).
    process.env.DBUS_SESSION_BUS_ADDRESS = stack().endpoints.env.DBUS_SESSION_BUS_ADDRESS;
    fs.writeFileSync(
      providerFile,
      JSON.stringify({ providers: [{ ...provider(), domains: ['old.test', 'new.test'] }] }),
    );
    await stack().createUser('old', `oa-${id}`, 'old.test', password);
    await stack().createUser('new', `on-${id}`, 'new.test', password);
    await stack().seedMessages(
      'old',
      oldUser,
      'INBOX',
      Array.from({ length: 400 }, (_, i) => ({
        raw: makeMessage({ seed: `oauth-${id}-${i}`, bodyBytes: 2000 + (i % 7) * 3000 }),
      })),
    );
  }, 120_000);

  afterAll(async () => {
    await setAccessTokenTtl(stack(), null);
  });

  it('login: prints the authorize line (PKCE S256, state, loopback redirect), keeps the token, exits 0', async () => {
    const result = await login(imapUrl('old', oldUser), (url) =>
      completeSignIn(stack(), url, { login: oldUser }),
    );
    expect(result.code, result.err).toBe(0);
    const authorize = new URL(String(result.lines[0]?.url));
    expect(result.lines[0]?.type).toBe('authorize');
    expect(`${authorize.origin}`).toBe(new URL(provider().issuer).origin);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorize.searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    expect(authorize.searchParams.get('redirect_uri')).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/callback$/,
    );
    expect(authorize.searchParams.get('login_hint')).toBe(oldUser);
    expect(result.lines.at(-1)).toEqual({
      type: 'signed-in',
      account: oldUser,
      provider: 'testidp',
    });
    // The refresh token is in the keychain (the test stack's gnome-keyring), nowhere else.
    const kept = await keychainStore().read(refreshTokenKey('testidp', oldUser));
    expect(kept?.length).toBeGreaterThan(20);
    const newLogin = await login(imapUrl('new', newUser), (url) =>
      completeSignIn(stack(), url, { login: newUser }),
    );
    expect(newLogin.code, newLogin.err).toBe(0);
  }, 120_000);

  it('copy, verify and send-test use the stored sign-in (auth=oauth2 on both sides)', async () => {
    const args = ['copy', '--from', imapUrl('old', oldUser), '--to', imapUrl('new', newUser)];
    const copied = await runSwitchover([...args, '--json'], env(), { sources: true });
    outputs.push(copied.out, copied.err);
    expect(copied.code, copied.err).toBe(0);
    const summary = copied.lines.find((l) => l.type === 'summary');
    expect(summary).toMatchObject({ status: 'complete', copied: 400 });
    const verified = await runSwitchover(
      ['verify', '--from', imapUrl('old', oldUser), '--to', imapUrl('new', newUser), '--json'],
      env(),
      { sources: true },
    );
    expect(verified.code, verified.err).toBe(0);
    const p = stack().endpoints.providers.new;
    const smtp = `smtp://${encodeURIComponent(newUser)}@${p.host}:${p.submission}?auth=oauth2`;
    const sent = await runSwitchover(
      ['send-test', '--account', `${smtp} ${imapUrl('new', newUser)}`, '--json'],
      env(),
      { sources: true, timeoutMs: 120_000 },
    );
    outputs.push(sent.out, sent.err);
    expect(sent.code, sent.err + sent.out).toBe(0);
  }, 240_000);

  it('a copy outlives several access-token lifetimes: every reconnect gets a fresh token', async () => {
    const target = `ol-${id}`;
    await stack().createUser('new', target, 'new.test', password);
    await setAccessTokenTtl(stack(), 2);
    const vault = createVault([sessionStore()]);
    const request = createHttpRequest(
      createNetwork({
        dnsServers: [stack().endpoints.env.SWITCHOVER_DNS],
        ca: caOf(stack().endpoints),
      }),
    );
    const tokens = async (user: string) => {
      const issued = await issueTokens(stack(), user);
      await vault.save(refreshTokenKey('testidp', user), issued.refresh_token);
      return new OAuthAccess(user, provider(), vault, request);
    };
    const source = await tokens(oldUser);
    const sink = await tokens(`${target}@new.test`);
    const p = stack().endpoints.providers;
    // Three times: the copy is paused past the tokens' lifetime, Dovecot drops every connection
    // of both accounts, and the copy goes on: each reconnect logs in again with a fresh token.
    const layout = stackLayout(stack().endpoints.dir);
    /** Connections Dovecot dropped (doveadm kick exits 68 when there were none). */
    const kick = async () => {
      let kicked = 0;
      for (const [side, user] of [
        ['old', oldUser],
        ['new', `${target}@new.test`],
      ] as const) {
        kicked += await exec('doveadm', ['-c', layout.providers[side].dovecotConf, 'kick', user])
          .then(() => 1)
          .catch((error: { code?: number }) => {
            if (error.code !== 68) throw error;
            return 0;
          });
      }
      return kicked;
    };
    const started = Date.now();
    const job = startCopy({
      source: {
        settings: {
          host: p.old.host,
          port: p.old.imaps,
          security: 'tls',
          username: oldUser,
          auth: 'oauth2',
        },
        password: source,
      },
      target: {
        settings: {
          host: p.new.host,
          port: p.new.imaps,
          security: 'tls',
          username: `${target}@new.test`,
          auth: 'oauth2',
        },
        password: sink,
      },
      dataDir: fs.mkdtempSync(path.join(dataDir, 'copy-')),
      ca: caOf(stack().endpoints),
      // Small batches: a pause takes hold after a few messages, mid-copy.
      batchMessages: 5,
      maxRetriesWithoutProgress: 20,
    });
    // Each time the transfer starts (again): paused at once, past the tokens' lifetime.
    let kicks = 0;
    let rounds = 0;
    const waits: Promise<void>[] = [];
    let previous = '';
    job.on((event) => {
      if (event.type !== 'state') return;
      // A transfer that starts after indexing (not a resume, which says "copying" too).
      const fresh = event.state === 'copying' && previous === 'indexing';
      previous = event.state;
      if (!fresh || rounds >= 3) return;
      rounds += 1;
      job.pause();
      waits.push(
        (async () => {
          await new Promise((r) => setTimeout(r, 2600));
          if ((await kick()) > 0) kicks += 1;
          job.resume();
        })(),
      );
    });
    const report = await job.done;
    await Promise.all(waits);
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `OAuth2 copy: ${report.copied} messages in ${seconds.toFixed(1)} s with 2 s tokens, ` +
        `${kicks} kicks, ${report.retries} reconnects, refreshes: source ${source.refreshes}, ` +
        `target ${sink.refreshes}`,
    );
    expect(report.status).toBe('complete');
    expect(report.copied).toBe(400);
    expect(kicks).toBe(3);
    expect(report.retries).toBeGreaterThan(0);
    // One refresh at the start and one after each reconnect, on each side.
    expect(source.refreshes).toBeGreaterThanOrEqual(4);
    expect(sink.refreshes).toBeGreaterThanOrEqual(4);
    const after = await snapshotMailbox(
      {
        settings: {
          host: p.new.host,
          port: p.new.imaps,
          security: 'tls',
          username: `${target}@new.test`,
        },
        password,
      },
      caOf(stack().endpoints),
    );
    expect(after.INBOX?.messages.length).toBe(400);
  }, 240_000);

  it('another account chosen in the browser, consent refused: stable codes, nothing kept', async () => {
    const other = `ox-${id}@old.test`;
    const wrong = await login(imapUrl('old', other), (url) =>
      completeSignIn(stack(), url, { login: oldUser }),
    );
    expect(wrong.code).toBe(1);
    expect(wrong.lines.at(-1)).toMatchObject({
      type: 'error',
      error: { code: 'oauth.wrong-account' },
    });
    const refused = await login(imapUrl('old', other), (url) =>
      completeSignIn(stack(), url, { login: other, consent: false }),
    );
    expect(refused.code).toBe(1);
    expect(refused.lines.at(-1)).toMatchObject({
      type: 'error',
      error: { code: 'oauth.consent-refused' },
    });
    expect(await keychainStore().read(refreshTokenKey('testidp', other))).toBeNull();
  }, 120_000);

  it('a revoked grant: "sign in again" (oauth.revoked), and no token in any file or output', async () => {
    const kept = (await keychainStore().read(refreshTokenKey('testidp', oldUser))) ?? '';
    await revokeGrants(stack(), oldUser);
    await setAccessTokenTtl(stack(), null);
    const copied = await runSwitchover(
      ['copy', '--from', imapUrl('old', oldUser), '--to', imapUrl('new', newUser), '--json'],
      env(),
      { sources: true },
    );
    outputs.push(copied.out, copied.err);
    expect(copied.code).toBe(1);
    expect(copied.lines.at(-1)).toMatchObject({ type: 'error', error: { code: 'oauth.revoked' } });
    // The journey's files and every output: no refresh token, no password.
    const needles = [
      ...needlesForTokens([{ user: oldUser, token: kept }]),
      ...needlesFor([{ user: oldUser, password }]),
    ];
    const files = scanFolder(dataDir, needles);
    const printed = scanText('command output', outputs.join('\n'), needles);
    expect(files.files).toBeGreaterThan(0);
    expect([...files.hits, ...printed.hits]).toEqual([]);
  }, 120_000);
});
