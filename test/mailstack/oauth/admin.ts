// Test-side calls to the IdP's admin routes (adminApi.ts), on its internal plain-HTTP port.

import type { Endpoints } from '../state';
import { adminPaths } from './adminApi';
import { loopbackRequest } from './idpHttp';

async function post(
  handle: { endpoints: Endpoints },
  path: string,
  body: unknown,
): Promise<Record<string, unknown>> {
  const oauth = handle.endpoints.oauth;
  const answer = await loopbackRequest(`http://${oauth.host}:${oauth.internalHttpPort}${path}`, {
    json: body,
  });
  const parsed = JSON.parse(answer.body) as Record<string, unknown>;
  if (answer.status !== 200) throw new Error(`mailstack: IdP admin ${path}: ${answer.body}`);
  return parsed;
}

/**
 * Lifetime of access tokens issued from now on (earlier ones keep theirs); null restores the
 * default (endpoints.oauth.defaultAccessTokenTtl). Restore it in afterAll.
 */
export async function setAccessTokenTtl(
  handle: { endpoints: Endpoints },
  seconds: number | null,
): Promise<void> {
  await post(handle, adminPaths.accessTokenTtl, { seconds });
}

/**
 * Ends every grant of the account, with its codes, access and refresh tokens and login sessions,
 * as "remove app access" does at a real provider. Returns how many artefacts went.
 */
export async function revokeGrants(
  handle: { endpoints: Endpoints },
  email: string,
): Promise<number> {
  const answer = await post(handle, adminPaths.revokeGrants, { email });
  return Number(answer.revoked);
}
