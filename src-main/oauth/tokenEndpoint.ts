import { SwitchoverError } from '../errors';
import type { HttpRequest } from '../net';
import type { OAuthEndpoints } from './discovery';
import { authorizationError } from './oauthErrors';
import type { OAuthProvider } from './oauthProviders';

/** What a token endpoint gave (RFC 6749 §5.1); the access token lives in memory only. */
export interface TokenSet {
  accessToken: string;
  /** Date.now() at which it expires. */
  expiresAt: number;
  /** How long it was given for (expires_in). */
  lifetimeMs: number;
  /** Absent when the provider keeps the old one (no rotation). */
  refreshToken?: string;
  /** The account the person chose in the browser (the id_token's email claim), when given. */
  email?: string;
}

/** An `email` claim, or Microsoft's `preferred_username` when it is an address. */
export function emailClaim(claims: Record<string, unknown>): string | undefined {
  if (typeof claims.email === 'string' && claims.email.includes('@')) return claims.email;
  const preferred = claims.preferred_username;
  return typeof preferred === 'string' && /^[^\s@]+@[^\s@]+$/.test(preferred)
    ? preferred
    : undefined;
}

/** The id_token's claims. It came straight from the token endpoint over TLS (OIDC §3.1.3.7). */
function idTokenEmail(idToken: unknown): string | undefined {
  if (typeof idToken !== 'string') return undefined;
  const payload = idToken.split('.')[1];
  if (!payload) return undefined;
  try {
    return emailClaim(
      JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>,
    );
  } catch {
    return undefined;
  }
}

async function tokenRequest(
  request: HttpRequest,
  endpoints: OAuthEndpoints,
  provider: OAuthProvider,
  form: Record<string, string>,
  signal?: AbortSignal,
): Promise<TokenSet> {
  if (!provider.clientId)
    throw new SwitchoverError(
      'oauth.no-client-id',
      `This build cannot sign in with ${provider.name}.`,
      {
        provider: provider.id,
      },
    );
  const body: Record<string, string> = { ...form, client_id: provider.clientId };
  if (provider.clientSecret) body.client_secret = provider.clientSecret;
  let response;
  try {
    response = await request(endpoints.token, {
      form: body,
      accept: 'application/json',
      timeoutMs: 20_000,
      signal,
    });
  } catch (error) {
    throw new SwitchoverError(
      'net.unreachable',
      `${provider.name}'s sign-in service did not answer.`,
      {
        provider: provider.id,
        reason: (error as Error).message,
      },
    );
  }
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(response.body) as Record<string, unknown>;
  } catch {
    throw new SwitchoverError('oauth.failed', `${provider.name} answered something unreadable.`, {
      provider: provider.id,
      status: response.status,
    });
  }
  if (response.status !== 200 || typeof json.access_token !== 'string') {
    const error = typeof json.error === 'string' ? json.error : `http_${response.status}`;
    const description =
      typeof json.error_description === 'string' ? json.error_description : undefined;
    throw authorizationError(error, description, provider.name);
  }
  const seconds = typeof json.expires_in === 'number' ? json.expires_in : 3600;
  const set: TokenSet = {
    accessToken: json.access_token,
    expiresAt: Date.now() + seconds * 1000,
    lifetimeMs: seconds * 1000,
  };
  if (typeof json.refresh_token === 'string') set.refreshToken = json.refresh_token;
  const email = idTokenEmail(json.id_token);
  if (email) set.email = email;
  return set;
}

export function exchangeCode(
  request: HttpRequest,
  endpoints: OAuthEndpoints,
  provider: OAuthProvider,
  grant: { code: string; verifier: string; redirectUri: string },
  signal?: AbortSignal,
): Promise<TokenSet> {
  return tokenRequest(
    request,
    endpoints,
    provider,
    {
      grant_type: 'authorization_code',
      code: grant.code,
      code_verifier: grant.verifier,
      redirect_uri: grant.redirectUri,
    },
    signal,
  );
}

export function refreshTokens(
  request: HttpRequest,
  endpoints: OAuthEndpoints,
  provider: OAuthProvider,
  refreshToken: string,
): Promise<TokenSet> {
  return tokenRequest(request, endpoints, provider, {
    grant_type: 'refresh_token',
    refresh_token: refreshToken,
  });
}
