// The app's side of the code flow, for tests that need a token and not the app: PKCE S256, the
// authorization URL, the code exchange and refresh at the token endpoint.

import crypto from 'node:crypto';
import type { Endpoints, OAuthEndpoints } from '../state';
import { issuerRequest } from './idpHttp';
import { driveSignIn } from './signIn';

export interface Pkce {
  verifier: string;
  challenge: string;
}

export function pkcePair(): Pkce {
  const verifier = crypto.randomBytes(32).toString('base64url');
  const challenge = crypto.createHash('sha256').update(verifier).digest('base64url');
  return { verifier, challenge };
}

export interface AuthorizeParams {
  /** e.g. http://127.0.0.1:<port>/callback */
  redirectUri: string;
  state: string;
  codeChallenge: string;
  clientId?: string;
  scope?: string;
  loginHint?: string;
  prompt?: string;
}

/** `${issuer}/auth?…` as the app builds it (response_type=code, S256). */
export function authorizeUrl(oauth: OAuthEndpoints, params: AuthorizeParams): string {
  const url = new URL('/auth', oauth.issuer);
  const q = url.searchParams;
  q.set('client_id', params.clientId ?? oauth.clients.native);
  q.set('response_type', 'code');
  q.set('redirect_uri', params.redirectUri);
  q.set('scope', params.scope ?? oauth.scopes.join(' '));
  q.set('state', params.state);
  q.set('code_challenge', params.codeChallenge);
  q.set('code_challenge_method', 'S256');
  if (params.loginHint !== undefined) q.set('login_hint', params.loginHint);
  if (params.prompt !== undefined) q.set('prompt', params.prompt);
  return url.href;
}

export interface TokenResponse {
  status: number;
  /** The JSON body: access_token, refresh_token, expires_in… or error, error_description. */
  body: Record<string, unknown>;
}

/** A POST to the token endpoint (public client: client_id in the body, no secret). */
export async function tokenRequest(
  handle: { endpoints: Endpoints },
  params: Record<string, string>,
): Promise<TokenResponse> {
  const oauth = handle.endpoints.oauth;
  const answer = await issuerRequest(oauth, '/token', {
    form: { client_id: oauth.clients.native, ...params },
    accept: 'application/json',
  });
  return { status: answer.status, body: JSON.parse(answer.body) as Record<string, unknown> };
}

export function refreshTokens(
  handle: { endpoints: Endpoints },
  refreshToken: string,
  clientId?: string,
): Promise<TokenResponse> {
  const params: Record<string, string> = {
    grant_type: 'refresh_token',
    refresh_token: refreshToken,
  };
  if (clientId !== undefined) params.client_id = clientId;
  return tokenRequest(handle, params);
}

export interface IssuedTokens {
  access_token: string;
  refresh_token: string;
  id_token: string;
  expires_in: number;
  scope: string;
}

/**
 * A whole sign-in (login + consent, code + PKCE) for `email`, without an app: the redirect goes to
 * a loopback port nobody listens on and is never requested; the code is exchanged here.
 */
export async function issueTokens(
  handle: { endpoints: Endpoints },
  email: string,
  clientId?: string,
): Promise<IssuedTokens> {
  const oauth = handle.endpoints.oauth;
  const pkce = pkcePair();
  const state = crypto.randomBytes(12).toString('base64url');
  const redirectUri = 'http://127.0.0.1:9/callback';
  const url = authorizeUrl(oauth, { redirectUri, state, codeChallenge: pkce.challenge, clientId });
  const result = await driveSignIn(handle, url, { login: email });
  if (result.code === undefined || result.state !== state) {
    throw new Error(`mailstack: sign-in for ${email} ended without a code: ${result.redirectUrl}`);
  }
  const answer = await tokenRequest(handle, {
    grant_type: 'authorization_code',
    code: result.code,
    redirect_uri: redirectUri,
    code_verifier: pkce.verifier,
    client_id: clientId ?? oauth.clients.native,
  });
  if (answer.status !== 200) {
    throw new Error(`mailstack: code exchange failed: ${JSON.stringify(answer.body)}`);
  }
  return answer.body as unknown as IssuedTokens;
}
