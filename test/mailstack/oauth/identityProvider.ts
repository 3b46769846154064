// The oidc-provider configuration: an issuer that behaves like the big providers do for installed
// apps (code + PKCE S256, loopback redirects, rotating refresh tokens), with the development
// login and consent pages, and introspection for Dovecot.

import crypto from 'node:crypto';
import Provider from 'oidc-provider';
import type { Configuration, JWK } from 'oidc-provider';
import { oauthScopes, registeredClients } from './clients';
import { storeAdapter } from './tokenStore';
import type { TokenStore } from './tokenStore';

export interface IdentityProviderOptions {
  issuer: string;
  introspectionSecret: string;
  store: TokenStore;
  /** Read at each issue, so a test can shorten it while the stack runs. */
  accessTokenTtl: () => number;
}

/** Mail servers compare the token's email with the login they were given (lower-cased). */
function emailOf(accountId: string): string {
  return accountId.toLowerCase();
}

export function identityProviderConfiguration(options: IdentityProviderOptions): Configuration {
  // A fresh key each start: no dev keys (oidc-provider warns about them), nothing on disk.
  const signingKey = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const jwk = { ...signingKey.export({ format: 'jwk' }), kid: 'mailstack', use: 'sig' } as JWK;
  return {
    adapter: storeAdapter(options.store),
    clients: registeredClients(options.introspectionSecret),
    jwks: { keys: [jwk] },
    cookies: { keys: [crypto.randomBytes(32).toString('hex')] },
    scopes: [...oauthScopes],
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    // Any login is an account; its email is the login (the devInteractions page asks no password).
    findAccount: (_ctx, sub) => ({
      accountId: sub,
      claims: () => ({ sub, email: emailOf(sub), email_verified: true }),
    }),
    // Opaque access tokens keep `extra` in storage and introspection returns it: Dovecot's
    // username_attribute = email.
    extraTokenClaims: (_ctx, token) =>
      'accountId' in token ? { email: emailOf(token.accountId) } : undefined,
    features: {
      devInteractions: { enabled: true },
      introspection: { enabled: true },
      revocation: { enabled: true },
    },
    pkce: { required: () => true },
    responseTypes: ['code'],
    // Like Microsoft with offline_access: every code exchange of a native client gets a refresh
    // token (OIDC would drop offline_access unless prompt=consent; the app should not have to).
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    // Tokens outlive the IdP's browser session, as for installed apps everywhere.
    expiresWithSession: () => false,
    // Every refresh returns a new refresh token; the used one is consumed (reuse → invalid_grant).
    rotateRefreshToken: true,
    ttl: {
      AccessToken: () => options.accessTokenTtl(),
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 600,
      Session: 3600,
      Grant: 30 * 24 * 3600,
      RefreshToken: (ctx) => ctx.oidc.entities.RotatedRefreshToken?.remainingTTL ?? 14 * 24 * 3600,
    },
  };
}

export function createIdentityProvider(options: IdentityProviderOptions): Provider {
  return new Provider(options.issuer, identityProviderConfiguration(options));
}
