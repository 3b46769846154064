// What state.json says about the identity provider, derived from the port plan: the issuer URL
// carries the port only when it is not 443 (high-port mode), as a real issuer's would.

import crypto from 'node:crypto';
import type { OAuthPorts } from '../ports';
import type { OAuthEndpoints } from '../state';
import { oauthIdp } from '../testWorld';
import { loopbackRedirectUri, oauthClientIds, oauthScopes } from './clients';

/** Short, so the app's refresh path runs in ordinary tests; setAccessTokenTtl changes it. */
export const defaultAccessTokenTtl = 60;

export function oauthEndpointsFor(ports: OAuthPorts, caCertPath: string): OAuthEndpoints {
  const issuer = `https://${oauthIdp.hostname}${ports.https === 443 ? '' : `:${ports.https}`}`;
  return {
    issuer,
    discoveryUrl: `${issuer}/.well-known/openid-configuration`,
    host: oauthIdp.host,
    hostname: oauthIdp.hostname,
    httpsPort: ports.https,
    internalHttpPort: ports.internalHttp,
    introspectionUrl: `http://${oauthIdp.host}:${ports.internalHttp}/token/introspection`,
    caCertPath,
    clients: { ...oauthClientIds },
    introspectionClientSecret: crypto.randomBytes(18).toString('base64url'),
    redirectUri: loopbackRedirectUri,
    scopes: [...oauthScopes],
    defaultAccessTokenTtl,
  };
}
