import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HttpRequest } from '../../src-main/net';
import {
  OAuthAccess,
  authorizationError,
  builtInProviders,
  findProvider,
  knownProviders,
  listenForRedirect,
  providersFromEnv,
  refreshTokenKey,
} from '../../src-main/oauth';
import type { OAuthProvider } from '../../src-main/oauth';
import { pkcePair } from '../../src-main/oauth/pkce';
import { oauthClientsDefine } from '../../scripts/oauthClientsDefine';
import { createVault, sessionStore } from '../../src-main/vault';

const provider: OAuthProvider = {
  id: 'test',
  name: 'Test IdP',
  issuer: 'https://login.test',
  endpoints: { authorization: 'https://login.test/auth', token: 'https://login.test/token' },
  scopes: ['mail'],
  domains: ['test.example'],
  clientId: 'switchover',
};

describe('PKCE', () => {
  it('sends the S256 hash of a verifier of 43 characters or more', () => {
    const { verifier, challenge } = pkcePair();
    expect(verifier).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
    expect(challenge).toBe(crypto.createHash('sha256').update(verifier).digest('base64url'));
    expect(pkcePair().verifier).not.toBe(verifier);
  });
});

describe('which provider signs an account in', () => {
  const find = (hints: Parameters<typeof findProvider>[0]) =>
    findProvider(hints, builtInProviders)?.id;
  it('by the address, the MX of a domain of its own, the IMAP host, or an ISPDB issuer', () => {
    expect(find({ email: 'a@gmail.com' })).toBe('google');
    expect(find({ email: 'a@googlemail.com' })).toBe('google');
    expect(find({ email: 'a@hotmail.co.uk' })).toBe('microsoft');
    expect(find({ email: 'a@live.fr' })).toBe('microsoft');
    expect(find({ email: 'a@outlook.com' })).toBe('microsoft');
    expect(find({ email: 'a@msn.com' })).toBe('microsoft');
    expect(find({ email: 'a@yahoo.de' })).toBe('yahoo');
    expect(find({ email: 'a@aol.com' })).toBe('aol');
    expect(find({ email: 'a@family.example', mx: ['aspmx.l.google.com.'] })).toBe('google');
    expect(
      find({ email: 'a@firm.example', mx: ['firm-example.mail.protection.outlook.com'] }),
    ).toBe('microsoft');
    expect(find({ email: 'a@firm.example', imapHost: 'outlook.office365.com' })).toBe('microsoft');
    expect(find({ email: 'a@firm.example', issuer: 'accounts.google.com' })).toBe('google');
    expect(find({ email: 'a@gmx.de', mx: ['mx00.gmx.net'] })).toBeUndefined();
    // Not fooled by a look-alike domain.
    expect(find({ email: 'a@gmail.com.evil.example' })).toBeUndefined();
  });

  it('takes providers from SWITCHOVER_OAUTH_PROVIDERS, and refuses a malformed file whole', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-oauth-'));
    const file = path.join(dir, 'providers.json');
    const entry = {
      id: 'corp',
      name: 'Corp',
      domains: ['Corp.example'],
      issuer: 'https://login.corp.example',
      clientId: 'c1',
      scopes: ['mail'],
    };
    fs.writeFileSync(file, JSON.stringify({ providers: [entry] }));
    const env = { SWITCHOVER_OAUTH_PROVIDERS: file };
    expect(providersFromEnv(env)).toMatchObject([{ id: 'corp', domains: ['corp.example'] }]);
    expect(findProvider({ email: 'x@corp.example' }, knownProviders(env))?.clientId).toBe('c1');
    fs.writeFileSync(
      file,
      JSON.stringify({ providers: [{ ...entry, issuer: 'http://idp.example' }] }),
    );
    expect(() => providersFromEnv(env)).toThrow(/not a secure/);
    fs.writeFileSync(
      file,
      JSON.stringify({ providers: [{ ...entry, issuer: 'http://127.0.0.7:8080' }] }),
    );
    expect(providersFromEnv(env)[0]?.issuer).toBe('http://127.0.0.7:8080');
    fs.writeFileSync(file, JSON.stringify({ providers: [{ id: 'x' }] }));
    expect(() => providersFromEnv(env)).toThrow(/needs id, name/);
  });

  it('gives a built-in provider the client ID of this build, and none without one', () => {
    const env = {
      SWITCHOVER_OAUTH_MICROSOFT_CLIENT_ID: 'ms-id',
      SWITCHOVER_OAUTH_GOOGLE_CLIENT_ID: 'g-id',
      SWITCHOVER_OAUTH_GOOGLE_CLIENT_SECRET: 'g-secret',
    };
    const known = knownProviders(env);
    expect(known.find((p) => p.id === 'microsoft')?.clientId).toBe('ms-id');
    expect(known.find((p) => p.id === 'google')).toMatchObject({
      clientId: 'g-id',
      clientSecret: 'g-secret',
    });
    expect(known.find((p) => p.id === 'yahoo')?.clientId).toBeUndefined();
  });
});

describe("a provider's refusal, in stable codes", () => {
  it('names consent, a revoked grant, an administrator block (with its AADSTS code)', () => {
    expect(authorizationError('access_denied', undefined, 'Google').code).toBe(
      'oauth.consent-refused',
    );
    expect(authorizationError('invalid_grant', 'expired', 'Google').code).toBe('oauth.revoked');
    const blocked = authorizationError(
      'access_denied',
      'AADSTS65001: The user or administrator has not consented to use the application',
      'Microsoft',
    );
    expect(blocked.code).toBe('oauth.blocked');
    expect(blocked.details).toMatchObject({ aadsts: 'AADSTS65001' });
    expect(authorizationError('server_error', undefined, 'X').code).toBe('oauth.failed');
  });
});

/** A token endpoint in memory: rotates refresh tokens, counts requests, may be slow. */
function fakeTokenEndpoint(options: { delayMs?: number; lifetime?: number } = {}) {
  let valid = 'rt-0';
  let issued = 0;
  const requests: Record<string, string>[] = [];
  const request: HttpRequest = async (_url, o = {}) => {
    requests.push(o.form ?? {});
    await new Promise((r) => setTimeout(r, options.delayMs ?? 0));
    if (o.form?.refresh_token !== valid)
      return {
        status: 400,
        contentType: 'application/json',
        body: JSON.stringify({ error: 'invalid_grant' }),
      };
    issued += 1;
    valid = `rt-${issued}`;
    return {
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({
        access_token: `at-${issued}`,
        refresh_token: valid,
        expires_in: options.lifetime ?? 3600,
      }),
    };
  };
  return { request, requests, revoke: () => (valid = 'gone') };
}

describe('an account’s tokens', () => {
  const key = refreshTokenKey('test', 'Ann@Test.example');

  it('refreshes once for many connections at once, and stores the rotated refresh token first', async () => {
    const vault = createVault([sessionStore()]);
    await vault.save(key, 'rt-0');
    const endpoint = fakeTokenEndpoint({ delayMs: 30 });
    const access = new OAuthAccess('ann@test.example', provider, vault, endpoint.request);
    const tokens = await Promise.all(Array.from({ length: 8 }, () => access.token()));
    expect(new Set(tokens)).toEqual(new Set(['at-1']));
    expect(endpoint.requests).toHaveLength(1);
    expect(await vault.read(key)).toBe('rt-1');
    // A refused token: one refresh, shared; a token already replaced is not refreshed again.
    const renewed = await Promise.all([access.renew('at-1'), access.renew('at-1')]);
    expect(renewed).toEqual(['at-2', 'at-2']);
    expect(await access.renew('at-1')).toBe('at-2');
    expect(endpoint.requests).toHaveLength(2);
    expect(access.refreshes).toBe(2);
  });

  it('refreshes before a token expires, and says "sign in again" once the grant is revoked', async () => {
    const vault = createVault([sessionStore()]);
    await vault.save(key, 'rt-0');
    const endpoint = fakeTokenEndpoint({ lifetime: 0 }); // expired as soon as given
    const access = new OAuthAccess('ann@test.example', provider, vault, endpoint.request);
    expect(await access.token()).toBe('at-1');
    expect(await access.token()).toBe('at-2');
    endpoint.revoke();
    await expect(access.token()).rejects.toMatchObject({ code: 'oauth.revoked' });
    const empty = new OAuthAccess('bob@test.example', provider, vault, endpoint.request);
    await expect(empty.token()).rejects.toMatchObject({ code: 'oauth.revoked' });
  });
});

describe('the loopback redirect', () => {
  it('takes the answer with the right state only, thanks in the person’s language', async () => {
    const redirect = await listenForRedirect({ state: 's1', language: 'de', timeoutMs: 5000 });
    expect(redirect.redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);
    const wrong = await fetch(`${redirect.redirectUri}?code=evil&state=other`);
    expect(wrong.status).toBe(404);
    const page = await fetch(`${redirect.redirectUri}?code=c1&state=s1`);
    expect(await page.text()).toContain('Sie sind angemeldet');
    await expect(redirect.answer).resolves.toEqual({ code: 'c1' });
  });

  it('ends with oauth.cancelled when cancelled, oauth.timeout after the time limit', async () => {
    const controller = new AbortController();
    const cancelled = await listenForRedirect({
      state: 's',
      language: 'en',
      timeoutMs: 5000,
      signal: controller.signal,
    });
    controller.abort();
    await expect(cancelled.answer).rejects.toMatchObject({ code: 'oauth.cancelled' });
    const late = await listenForRedirect({ state: 's', language: 'en', timeoutMs: 50 });
    await expect(late.answer).rejects.toMatchObject({ code: 'oauth.timeout' });
    // The listener is gone: nothing answers on its port any more.
    await expect(fetch(`${late.redirectUri}?code=c&state=s`)).rejects.toThrow();
  });
});

describe('client IDs from the build', () => {
  it('are baked in only when the build was given some', () => {
    expect(oauthClientsDefine({})).toEqual({});
    const define = oauthClientsDefine({ SWITCHOVER_OAUTH_MICROSOFT_CLIENT_ID: 'ms' });
    // esbuild replaces the identifier with this source text: a JSON string of the JSON.
    expect(JSON.parse(JSON.parse(define.SWITCHOVER_OAUTH_CLIENTS ?? '""') as string)).toEqual({
      microsoft: { clientId: 'ms' },
    });
  });
});
