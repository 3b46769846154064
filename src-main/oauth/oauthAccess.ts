import { SwitchoverError } from '../errors';
import type { HttpRequest } from '../net';
import type { Vault } from '../vault';
import { discoverEndpoints } from './discovery';
import type { OAuthEndpoints } from './discovery';
import type { OAuthProvider } from './oauthProviders';
import { refreshTokens } from './tokenEndpoint';
import type { TokenSet } from './tokenEndpoint';

/**
 * What a connection signs in with instead of a password: an access token, asked for each time a
 * connection logs in. `renew` after the server refused one: a new one, unless another connection
 * already got it.
 */
export interface AccessTokenSource {
  readonly kind: 'oauth2';
  readonly user: string;
  token(): Promise<string>;
  renew(rejected: string): Promise<string>;
}

/** What a connection signs in with: a password, or an account's OAuth2 tokens. */
export type Secret = string | AccessTokenSource;

/**
 * Signs in with `secret`: a password once; a token, and when the server refuses it (`refused`
 * says whether an error is that) once more with a renewed one.
 */
export async function withSecret<T>(
  secret: Secret,
  login: (credential: { password: string } | { accessToken: string }) => Promise<T>,
  refused: (error: unknown) => boolean,
): Promise<T> {
  if (typeof secret === 'string') return login({ password: secret });
  const token = await secret.token();
  try {
    return await login({ accessToken: token });
  } catch (error) {
    if (!refused(error)) throw error;
    return login({ accessToken: await secret.renew(token) });
  }
}

/**
 * What redaction must hide of a secret: a password; never a token source (the tokens are sent
 * only inside AUTHENTICATE / AUTH lines, which every transcript hides whole).
 */
export function redactable(secret: Secret): string[] {
  return typeof secret === 'string' ? [secret] : [];
}

/** Where an account's refresh token is kept: the vault, beside the passwords. */
export function refreshTokenKey(providerId: string, email: string): string {
  return `oauth2:${providerId}:${email.toLowerCase()}`;
}

/**
 * A token with less than this left is refreshed before it is handed out: a minute, or a fifth of
 * a short lifetime (a login takes a few seconds; the token must outlive it).
 */
function marginOf(token: TokenSet): number {
  return Math.min(60_000, token.lifetimeMs / 5);
}

/**
 * One account's tokens: the refresh token only in the vault, the access token only in memory,
 * refreshed before it expires and once more when a server refuses it. One refresh at a time for
 * all of the account's connections (two in parallel with the same refresh token can make a
 * provider revoke the whole grant); a rotated refresh token is stored before anyone uses the new
 * access token.
 */
export class OAuthAccess implements AccessTokenSource {
  readonly kind = 'oauth2';
  #current: TokenSet | undefined;
  #refreshing: Promise<TokenSet> | undefined;
  #endpoints: OAuthEndpoints | undefined;
  /** Refreshes done (a multi-hour copy shows how many lifetimes it outlived). */
  refreshes = 0;

  constructor(
    readonly user: string,
    private readonly provider: OAuthProvider,
    private readonly vault: Vault,
    private readonly request: HttpRequest,
    initial?: TokenSet,
  ) {
    this.#current = initial;
    if (provider.endpoints) this.#endpoints = provider.endpoints;
  }

  async token(): Promise<string> {
    const now = this.#current;
    if (now && now.expiresAt - Date.now() > marginOf(now)) return now.accessToken;
    return (await this.#refresh()).accessToken;
  }

  async renew(rejected: string): Promise<string> {
    if (this.#current && this.#current.accessToken !== rejected) return this.#current.accessToken;
    return (await this.#refresh()).accessToken;
  }

  #refresh(): Promise<TokenSet> {
    this.#refreshing ??= this.#doRefresh().finally(() => {
      this.#refreshing = undefined;
    });
    return this.#refreshing;
  }

  async #doRefresh(): Promise<TokenSet> {
    const key = refreshTokenKey(this.provider.id, this.user);
    const stored = await this.vault.read(key);
    if (!stored)
      throw new SwitchoverError('oauth.revoked', `Sign in with ${this.provider.name} again.`, {
        provider: this.provider.id,
        reason: 'no refresh token kept',
      });
    this.#endpoints ??= await discoverEndpoints(this.provider.issuer, this.request);
    const fresh = await refreshTokens(this.request, this.#endpoints, this.provider, stored);
    if (fresh.refreshToken && fresh.refreshToken !== stored)
      await this.vault.save(key, fresh.refreshToken);
    this.refreshes += 1;
    this.#current = fresh;
    return fresh;
  }
}
