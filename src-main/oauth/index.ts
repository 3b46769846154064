// Signing in with the provider's own page (OAuth2 for installed apps, RFC 8252): the providers
// Switchover knows, the browser flow with PKCE to a loopback redirect, and each account's tokens
// (refresh token in the vault, access token in memory, one refresh at a time).

export { signInWithProvider } from './authorize';
export type { SignInOptions, SignedIn } from './authorize';
export { OAuthAccess, redactable, refreshTokenKey, withSecret } from './oauthAccess';
export type { AccessTokenSource, Secret } from './oauthAccess';
export { builtInProviders, findProvider, providersFromEnv } from './oauthProviders';
export type { OAuthProvider, ProviderHints } from './oauthProviders';
export { builtClients, clientsFromEnv } from './oauthClients';
export type { OAuthClient } from './oauthClients';
export { discoverEndpoints, checkIssuerUrl } from './discovery';
export type { OAuthEndpoints } from './discovery';
export { authorizationError, aadstsCode } from './oauthErrors';
export { listenForRedirect } from './loopbackRedirect';
export { knownProviders } from './knownProviders';
