// Proves the mail stack's OAuth2 half: the identity provider (discovery, code + PKCE to a loopback
// listener, rotating refresh tokens, revocation, short access tokens) and both providers' Dovecot
// and Postfix accepting its tokens (XOAUTH2, OAUTHBEARER). Negative logins come from 127.0.0.9,
// away from Dovecot's auth penalty for 127.0.0.1.

import crypto from 'node:crypto';
import fsp from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import tls from 'node:tls';
import { ImapFlow } from 'imapflow';
import nodemailer from 'nodemailer';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useMailStack } from '../mailstack/forTests';
import {
  authorizeUrl,
  completeSignIn,
  driveSignIn,
  issueTokens,
  issuerRequest,
  pkcePair,
  refreshTokens,
  revokeGrants,
  setAccessTokenTtl,
  tokenRequest,
} from '../mailstack';
import type { Endpoints, ProviderName } from '../mailstack';
import { caOf, uniqueSubject, waitForSubject } from './mailClients';

const stack = useMailStack();
const negativeSource = '127.0.0.9';

/** A fresh address per test, so grants and mailboxes never leak between tests. */
function freshAddress(label: string): string {
  return `oauth-${label}-${crypto.randomBytes(4).toString('hex')}@new.test`;
}

function xoauth2(user: string, token: string): string {
  return Buffer.from(`user=${user}\x01auth=Bearer ${token}\x01\x01`).toString('base64');
}

/**
 * AUTHENTICATE XOAUTH2 with SASL-IR over a raw TLS socket. Returns the lines the server sent (the
 * greeting first); on a `+` challenge it answers with an empty line, as a client must.
 */
async function imapXoauth2(
  endpoints: Endpoints,
  provider: ProviderName,
  user: string,
  token: string,
  localAddress?: string,
): Promise<string[]> {
  const p = endpoints.providers[provider];
  // tls.connect has no localAddress: the source address is set on the TCP socket beneath.
  const tcp = net.connect({ host: p.host, port: p.imaps, localAddress });
  const socket = tls.connect({ socket: tcp, servername: p.hostname, ca: caOf(endpoints) });
  socket.setTimeout(15_000, () => socket.destroy(new Error('IMAP: no answer')));
  const lines: string[] = [];
  let buffered = '';
  let sent = false;
  try {
    return await new Promise<string[]>((resolve, reject) => {
      socket.on('error', reject);
      socket.on('data', (chunk: Buffer) => {
        buffered += chunk.toString('utf8');
        for (let end = buffered.indexOf('\r\n'); end >= 0; end = buffered.indexOf('\r\n')) {
          const line = buffered.slice(0, end);
          buffered = buffered.slice(end + 2);
          lines.push(line);
          if (!sent && line.startsWith('* OK')) {
            socket.write(`a1 AUTHENTICATE XOAUTH2 ${xoauth2(user, token)}\r\n`);
            sent = true;
          }
          if (line.startsWith('+')) socket.write('\r\n');
          if (line.startsWith('a1 ')) resolve(lines);
        }
      });
    });
  } finally {
    socket.destroy();
  }
}

/** Dovecot writes its log a moment after the login: look a few times. */
async function logMentions(file: string, text: string): Promise<boolean> {
  for (let attempt = 0; attempt < 20; attempt++) {
    if ((await fsp.readFile(file, 'utf8')).includes(text)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

function decodeChallenge(line: string): unknown {
  return JSON.parse(Buffer.from(line.slice(2), 'base64').toString('utf8'));
}

/** imapflow with an access token: it picks OAUTHBEARER when the server offers it. */
function imapWithToken(
  endpoints: Endpoints,
  provider: ProviderName,
  user: string,
  accessToken: string,
): ImapFlow {
  const p = endpoints.providers[provider];
  return new ImapFlow({
    host: p.host,
    port: p.imaps,
    secure: true,
    servername: p.hostname,
    auth: { user, accessToken },
    tls: { ca: caOf(endpoints) },
    logger: false,
    disableAutoIdle: true,
  });
}

/** A one-request loopback listener standing in for the app's redirect handler. */
interface Listener {
  redirectUri: string;
  received: Promise<URLSearchParams>;
  close(): Promise<void>;
}

async function startListener(): Promise<Listener> {
  let deliver: (params: URLSearchParams) => void = () => undefined;
  const received = new Promise<URLSearchParams>((resolve) => {
    deliver = resolve;
  });
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    response.writeHead(200, { 'content-type': 'text/plain' }).end('You can close this window.');
    if (url.pathname === '/callback') deliver(url.searchParams);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    redirectUri: `http://127.0.0.1:${port}/callback`,
    received,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('OAuth2 identity provider', () => {
  it('publishes OpenID discovery with code + PKCE S256, introspection and revocation', async () => {
    const oauth = stack().endpoints.oauth;
    const answer = await issuerRequest(oauth, oauth.discoveryUrl, { accept: 'application/json' });
    expect(answer.status).toBe(200);
    const doc = JSON.parse(answer.body) as Record<string, unknown>;
    expect(doc.issuer).toBe(oauth.issuer);
    expect(doc.authorization_endpoint).toBe(`${oauth.issuer}/auth`);
    expect(doc.token_endpoint).toBe(`${oauth.issuer}/token`);
    expect(doc.code_challenge_methods_supported).toEqual(['S256']);
    expect(doc.scopes_supported).toEqual(
      expect.arrayContaining(['openid', 'email', 'offline_access']),
    );
    expect(doc.introspection_endpoint).toBe(`${oauth.issuer}/token/introspection`);
    expect(doc.revocation_endpoint).toBe(`${oauth.issuer}/token/revocation`);
  });

  it('signs in with code + PKCE to a loopback listener on any port; the code gives tokens once', async () => {
    const oauth = stack().endpoints.oauth;
    const email = freshAddress('flow');
    const listener = await startListener();
    try {
      const pkce = pkcePair();
      const state = crypto.randomBytes(8).toString('hex');
      const url = authorizeUrl(oauth, {
        redirectUri: listener.redirectUri,
        state,
        codeChallenge: pkce.challenge,
      });
      const result = await completeSignIn(stack(), url, { login: email });
      expect(result.callback.status).toBe(200);
      const params = await listener.received;
      expect(params.get('state')).toBe(state);
      expect(params.get('code')).toBe(result.code);
      expect(params.get('iss')).toBe(oauth.issuer);
      expect(result.redirectUrl.startsWith(`${listener.redirectUri}?`)).toBe(true);

      const wrongVerifier = await tokenRequest(stack(), {
        grant_type: 'authorization_code',
        code: result.code ?? '',
        redirect_uri: listener.redirectUri,
        code_verifier: pkcePair().verifier,
      });
      expect(wrongVerifier.body.error).toBe('invalid_grant');
    } finally {
      await listener.close();
    }
  });

  it('gives access, refresh and id tokens for the right verifier; the id token names the email', async () => {
    const oauth = stack().endpoints.oauth;
    const tokens = await issueTokens(stack(), freshAddress('tokens').toUpperCase());
    expect(tokens.access_token).toMatch(/^[\w-]{20,}$/);
    expect(tokens.refresh_token).toMatch(/^[\w-]{20,}$/);
    expect(tokens.expires_in).toBe(oauth.defaultAccessTokenTtl);
    const [, payload = ''] = tokens.id_token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    expect(claims.iss).toBe(oauth.issuer);
    expect(claims.aud).toBe(oauth.clients.native);
    expect(String(claims.sub)).toMatch(/^OAUTH-TOKENS-/);
  });

  it('sends error=access_denied to the listener when consent is refused', async () => {
    const oauth = stack().endpoints.oauth;
    const listener = await startListener();
    try {
      const url = authorizeUrl(oauth, {
        redirectUri: listener.redirectUri,
        state: 'refused',
        codeChallenge: pkcePair().challenge,
      });
      const result = await completeSignIn(stack(), url, {
        login: freshAddress('refuse'),
        consent: false,
      });
      expect(result.error).toBe('access_denied');
      expect(result.code).toBeUndefined();
      const params = await listener.received;
      expect(params.get('error')).toBe('access_denied');
      expect(params.get('state')).toBe('refused');
    } finally {
      await listener.close();
    }
  });

  it('refuses an authorization request without PKCE (error to the redirect URI)', async () => {
    const oauth = stack().endpoints.oauth;
    const url = new URL(
      authorizeUrl(oauth, {
        redirectUri: 'http://127.0.0.1:9/callback',
        state: 'nopkce',
        codeChallenge: 'x',
      }),
    );
    url.searchParams.delete('code_challenge');
    url.searchParams.delete('code_challenge_method');
    const result = await driveSignIn(stack(), url.href, { login: freshAddress('nopkce') });
    expect(result.error).toBe('invalid_request');
  });

  it('rotates refresh tokens: the used one gives invalid_grant and ends the grant', async () => {
    const tokens = await issueTokens(stack(), freshAddress('rotate'));
    const first = await refreshTokens(stack(), tokens.refresh_token);
    expect(first.status).toBe(200);
    expect(first.body.refresh_token).not.toBe(tokens.refresh_token);
    expect(first.body.access_token).not.toBe(tokens.access_token);
    const reused = await refreshTokens(stack(), tokens.refresh_token);
    expect(reused.status).toBe(400);
    expect(reused.body.error).toBe('invalid_grant');
    // Replay detection: the reuse ended the whole grant, the rotated token too.
    const rotated = await refreshTokens(stack(), String(first.body.refresh_token));
    expect(rotated.body.error).toBe('invalid_grant');
  });

  it('refuses a refresh token presented by the other client', async () => {
    const oauth = stack().endpoints.oauth;
    const tokens = await issueTokens(stack(), freshAddress('other'));
    const answer = await refreshTokens(stack(), tokens.refresh_token, oauth.clients.otherNative);
    expect(answer.body.error).toBe('invalid_grant');
  });
});

describe('IMAP and SMTP with OAuth2 tokens', () => {
  const password = 'oauth-pw-1';
  let email: string;
  let accessToken: string;

  beforeAll(async () => {
    // A password user too: mail seeded the old way must show to the OAuth2 login.
    email = freshAddress('mail');
    const [localpart = '', domain = ''] = email.split('@');
    for (const provider of ['old', 'new'] as const) {
      await stack().createUser(provider, localpart, domain, password);
      await stack().seedMessage(
        provider,
        email,
        'INBOX',
        `Subject: seeded on ${provider}\r\n\r\nhi\r\n`,
      );
    }
    accessToken = (await issueTokens(stack(), email)).access_token;
  });

  for (const provider of ['old', 'new'] as const) {
    it(`${provider}: AUTHENTICATE XOAUTH2 (SASL-IR) logs in`, async () => {
      const lines = await imapXoauth2(stack().endpoints, provider, email, accessToken);
      expect(lines[0]).toMatch(/AUTH=PLAIN AUTH=LOGIN AUTH=XOAUTH2 AUTH=OAUTHBEARER/);
      expect(lines.at(-1)).toMatch(/^a1 OK/);
    });

    it(`${provider}: imapflow logs in with OAUTHBEARER and sees the mail seeded for the password user`, async () => {
      const client = imapWithToken(stack().endpoints, provider, email, accessToken);
      await client.connect();
      try {
        const status = await client.status('INBOX', { messages: true });
        expect(status === false ? 0 : status.messages).toBeGreaterThanOrEqual(1);
      } finally {
        await client.logout();
      }
      const log = path.join(stack().endpoints.dir, provider, 'dovecot.log');
      expect(await logMentions(log, `user=<${email}>, method=OAUTHBEARER`)).toBe(true);
    });

    it(`${provider}: a bad token gets the + challenge with the JSON error, then NO [AUTHENTICATIONFAILED]`, async () => {
      const lines = await imapXoauth2(
        stack().endpoints,
        provider,
        email,
        'not-a-token',
        negativeSource,
      );
      const challenge = lines.find((line) => line.startsWith('+ '));
      expect(challenge).toBeDefined();
      expect(decodeChallenge(challenge ?? '')).toMatchObject({ status: '401', schemes: 'bearer' });
      expect(lines.at(-1)).toMatch(/^a1 NO \[AUTHENTICATIONFAILED\]/);
    });

    it(`${provider}: a token for another address is refused`, async () => {
      const lines = await imapXoauth2(
        stack().endpoints,
        provider,
        freshAddress('someone-else'),
        accessToken,
        negativeSource,
      );
      expect(lines.at(-1)).toMatch(/^a1 NO/);
    });
  }

  for (const mode of ['starttls', 'tls'] as const) {
    it(`new: SMTP submission with XOAUTH2 (${mode}) delivers`, async () => {
      const endpoints = stack().endpoints;
      const p = endpoints.providers.new;
      const transport = nodemailer.createTransport({
        host: p.host,
        port: mode === 'tls' ? p.submissions : p.submission,
        secure: mode === 'tls',
        requireTLS: mode === 'starttls',
        tls: { ca: caOf(endpoints), servername: p.hostname },
        auth: { type: 'OAuth2', user: email, accessToken },
      });
      const subject = uniqueSubject('xoauth2 submission');
      try {
        const info = await transport.sendMail({
          from: email,
          to: email,
          subject,
          text: 'sent with a token',
        });
        expect(info.accepted).toEqual([email]);
      } finally {
        transport.close();
      }
      expect(await waitForSubject(endpoints, 'new', email, password, subject)).toBe(true);
    });
  }

  it('old: SMTP submission refuses a bad token (535)', async () => {
    const endpoints = stack().endpoints;
    const p = endpoints.providers.old;
    const transport = nodemailer.createTransport({
      host: p.host,
      port: p.submission,
      requireTLS: true,
      localAddress: negativeSource,
      tls: { ca: caOf(endpoints), servername: p.hostname },
      auth: { type: 'OAuth2', user: email, accessToken: 'not-a-token' },
    });
    try {
      await expect(transport.verify()).rejects.toMatchObject({ responseCode: 535 });
    } finally {
      transport.close();
    }
  });
});

describe('token lifetime and revocation', () => {
  afterEach(async () => {
    await setAccessTokenTtl(stack(), null);
  });
  afterAll(async () => {
    await setAccessTokenTtl(stack(), null);
  });

  it('after revokeGrants the refresh fails and IMAP refuses the old access token', async () => {
    const email = freshAddress('revoke');
    const tokens = await issueTokens(stack(), email);
    expect(
      (await imapXoauth2(stack().endpoints, 'new', email, tokens.access_token)).at(-1),
    ).toMatch(/^a1 OK/);
    expect(await revokeGrants(stack(), email)).toBeGreaterThan(0);
    const refresh = await refreshTokens(stack(), tokens.refresh_token);
    expect(refresh.body.error).toBe('invalid_grant');
    const lines = await imapXoauth2(
      stack().endpoints,
      'new',
      email,
      tokens.access_token,
      negativeSource,
    );
    expect(lines.at(-1)).toMatch(/^a1 NO \[AUTHENTICATIONFAILED\]/);
    // Signing in again works: a new grant.
    const again = await issueTokens(stack(), email);
    expect((await imapXoauth2(stack().endpoints, 'old', email, again.access_token)).at(-1)).toMatch(
      /^a1 OK/,
    );
  });

  it('an access token is refused once its (shortened) lifetime is over; a refresh gives a working one', async () => {
    await setAccessTokenTtl(stack(), 2);
    const email = freshAddress('ttl');
    const tokens = await issueTokens(stack(), email);
    expect(tokens.expires_in).toBe(2);
    expect(
      (await imapXoauth2(stack().endpoints, 'new', email, tokens.access_token)).at(-1),
    ).toMatch(/^a1 OK/);
    await new Promise((r) => setTimeout(r, 3000));
    const expired = await imapXoauth2(
      stack().endpoints,
      'new',
      email,
      tokens.access_token,
      negativeSource,
    );
    expect(expired.at(-1)).toMatch(/^a1 NO \[AUTHENTICATIONFAILED\]/);
    const refreshed = await refreshTokens(stack(), tokens.refresh_token);
    expect(refreshed.status).toBe(200);
    const fresh = String(refreshed.body.access_token);
    expect((await imapXoauth2(stack().endpoints, 'new', email, fresh)).at(-1)).toMatch(/^a1 OK/);
  });
});
