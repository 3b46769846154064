import type { Language } from '../contract';
import { SwitchoverError } from '../errors';
import type { HttpRequest } from '../net';
import { discoverEndpoints } from './discovery';
import type { OAuthEndpoints } from './discovery';
import { listenForRedirect } from './loopbackRedirect';
import { authorizationError } from './oauthErrors';
import type { OAuthProvider } from './oauthProviders';
import { pkcePair, randomState } from './pkce';
import { emailClaim, exchangeCode } from './tokenEndpoint';
import type { TokenSet } from './tokenEndpoint';

export interface SignInOptions {
  provider: OAuthProvider;
  /** The address the person typed: the account chosen in the browser must be this one. */
  email: string;
  request: HttpRequest;
  /** Opens the provider's page: the system browser, a new tab, or (CLI) prints it. */
  open: (url: string) => void | Promise<void>;
  language: Language;
  signal?: AbortSignal;
  /** The time limit for the person to finish the provider's page (default 10 minutes). */
  timeoutMs?: number;
}

export interface SignedIn extends TokenSet {
  endpoints: OAuthEndpoints;
  refreshToken: string;
}

/**
 * OAuth2 for an installed app (RFC 8252): the provider's own page in the system browser (never
 * an embedded view), an authorization code with PKCE S256 and a checked `state`, redirected to a
 * loopback listener, then exchanged for tokens.
 */
export async function signInWithProvider(options: SignInOptions): Promise<SignedIn> {
  const { provider, request } = options;
  if (!provider.clientId)
    throw new SwitchoverError(
      'oauth.no-client-id',
      `This build of Switchover cannot sign in with ${provider.name}.`,
      { provider: provider.id },
    );
  const endpoints =
    provider.endpoints ?? (await discoverEndpoints(provider.issuer, request, options.signal));
  const pkce = pkcePair();
  const state = randomState();
  const redirect = await listenForRedirect({
    state,
    language: options.language,
    timeoutMs: options.timeoutMs ?? 10 * 60_000,
    signal: options.signal,
  });
  try {
    const url = new URL(endpoints.authorization);
    const params: Record<string, string> = {
      response_type: 'code',
      client_id: provider.clientId,
      redirect_uri: redirect.redirectUri,
      scope: provider.scopes.join(' '),
      state,
      code_challenge: pkce.challenge,
      code_challenge_method: 'S256',
      login_hint: options.email,
      ...provider.authorizationParams,
    };
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    await options.open(url.toString());
    const answer = await redirect.answer;
    if (answer.error || !answer.code)
      throw authorizationError(answer.error ?? 'no_code', answer.errorDescription, provider.name);
    const tokens = await exchangeCode(
      request,
      endpoints,
      provider,
      { code: answer.code, verifier: pkce.verifier, redirectUri: redirect.redirectUri },
      options.signal,
    );
    // Who signed in: the id_token's claim, else the provider's userinfo (an id_token may carry
    // only what the `claims` parameter asked for).
    tokens.email ??= await userinfoEmail(request, endpoints, tokens.accessToken, options.signal);
    if (tokens.email && tokens.email.toLowerCase() !== options.email.toLowerCase())
      throw new SwitchoverError(
        'oauth.wrong-account',
        `You signed in as ${tokens.email}, not ${options.email}.`,
        { chosen: tokens.email, expected: options.email },
      );
    if (!tokens.refreshToken)
      throw new SwitchoverError(
        'oauth.failed',
        `${provider.name} gave no lasting sign-in (no refresh token).`,
        { provider: provider.id },
      );
    return { ...tokens, refreshToken: tokens.refreshToken, endpoints };
  } finally {
    redirect.close();
  }
}

/** The account's address from OpenID userinfo; undefined when there is none to ask or no answer. */
async function userinfoEmail(
  request: HttpRequest,
  endpoints: OAuthEndpoints,
  accessToken: string,
  signal: AbortSignal | undefined,
): Promise<string | undefined> {
  if (!endpoints.userinfo) return undefined;
  try {
    const response = await request(endpoints.userinfo, {
      accept: 'application/json',
      headers: { authorization: `Bearer ${accessToken}` },
      timeoutMs: 10_000,
      signal,
    });
    if (response.status !== 200) return undefined;
    return emailClaim(JSON.parse(response.body) as Record<string, unknown>);
  } catch {
    return undefined;
  }
}
