import { SwitchoverError } from '../errors';
import { isLoopbackHost } from '../net';
import type { HttpRequest } from '../net';

/** The endpoints of an authorization server, from OpenID discovery or known in advance. */
export interface OAuthEndpoints {
  authorization: string;
  token: string;
  revocation?: string;
  /** OpenID userinfo: who signed in, where the id_token does not say. */
  userinfo?: string;
}

/** https, or plain http on a loopback address only (a test issuer); anything else is refused. */
export function checkIssuerUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SwitchoverError('oauth.failed', `"${raw}" is not a web address.`);
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname)))
    return url;
  throw new SwitchoverError('oauth.failed', `${raw} is not a secure (https) address.`, {
    url: raw,
  });
}

/**
 * The endpoints from `issuer/.well-known/openid-configuration` (OpenID Connect Discovery 1.0).
 * Every endpoint must be as secure as the issuer's address.
 */
export async function discoverEndpoints(
  issuer: string,
  request: HttpRequest,
  signal?: AbortSignal,
): Promise<OAuthEndpoints> {
  const base = checkIssuerUrl(issuer).toString().replace(/\/$/, '');
  const url = `${base}/.well-known/openid-configuration`;
  let document: Record<string, unknown>;
  try {
    const response = await request(url, { accept: 'application/json', signal, timeoutMs: 10_000 });
    if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
    document = JSON.parse(response.body) as Record<string, unknown>;
  } catch (error) {
    throw new SwitchoverError('oauth.failed', 'The sign-in service could not be reached.', {
      url,
      reason: (error as Error).message,
    });
  }
  const endpoint = (name: string): string | undefined => {
    const value = document[name];
    if (typeof value !== 'string') return undefined;
    checkIssuerUrl(value);
    return value;
  };
  const authorization = endpoint('authorization_endpoint');
  const token = endpoint('token_endpoint');
  if (!authorization || !token)
    throw new SwitchoverError('oauth.failed', 'The sign-in service did not describe itself.', {
      url,
    });
  const revocation = endpoint('revocation_endpoint');
  const userinfo = endpoint('userinfo_endpoint');
  return {
    authorization,
    token,
    ...(revocation ? { revocation } : {}),
    ...(userinfo ? { userinfo } : {}),
  };
}
