// The identity provider's registered clients, shared by the IdP process (which registers them) and
// the test helpers (which sign in as them). The app under test is `switchover-test`.

import type { ClientMetadata } from 'oidc-provider';

export const oauthClientIds = {
  /** The app: a native public client (RFC 8252), PKCE S256, any loopback port. */
  native: 'switchover-test',
  /** A second native client, for negative tests (a code or token of the other client). */
  otherNative: 'switchover-other',
  /** Dovecot's introspection client (confidential, client_secret_post). */
  introspection: 'dovecot',
} as const;

/** Registered without a port: native clients may use any port on the loopback (RFC 8252 §7.3). */
export const loopbackRedirectUri = 'http://127.0.0.1/callback';

export const oauthScopes = ['openid', 'email', 'offline_access'] as const;

function nativeClient(clientId: string): ClientMetadata {
  return {
    client_id: clientId,
    application_type: 'native',
    token_endpoint_auth_method: 'none',
    redirect_uris: [loopbackRedirectUri],
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
  };
}

export function registeredClients(introspectionSecret: string): ClientMetadata[] {
  return [
    nativeClient(oauthClientIds.native),
    nativeClient(oauthClientIds.otherNative),
    {
      client_id: oauthClientIds.introspection,
      client_secret: introspectionSecret,
      token_endpoint_auth_method: 'client_secret_post',
      grant_types: [],
      response_types: [],
      redirect_uris: [],
    },
  ];
}
