// The IdP's admin routes, on its internal plain-HTTP listener only (never on the issuer's HTTPS
// port the app talks to): tests change the access-token lifetime and end an account's grants.

import type http from 'node:http';
import type { TokenStore } from './tokenStore';

export const adminPaths = {
  accessTokenTtl: '/mailstack-admin/access-token-ttl',
  revokeGrants: '/mailstack-admin/revoke-grants',
} as const;

export interface AdminState {
  accessTokenTtl: number;
  readonly defaultAccessTokenTtl: number;
  readonly store: TokenStore;
}

/** Small JSON bodies only; a test sends a few bytes. */
async function readJson(request: http.IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of request) {
    text += String(chunk);
    if (text.length > 10_000) throw new Error('body too large');
  }
  const value: unknown = JSON.parse(text || '{}');
  if (typeof value !== 'object' || value === null) throw new Error('body must be a JSON object');
  return value as Record<string, unknown>;
}

function answer(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** True if the request was an admin request (and has been answered). */
export function handleAdmin(
  state: AdminState,
  request: http.IncomingMessage,
  response: http.ServerResponse,
): boolean {
  const path = request.url?.split('?')[0] ?? '';
  if (!path.startsWith('/mailstack-admin/')) return false;
  if (request.method !== 'POST') {
    answer(response, 405, { error: 'POST only' });
    return true;
  }
  readJson(request).then(
    (body) => {
      if (path === adminPaths.accessTokenTtl) {
        const seconds = body.seconds;
        if (seconds === null) state.accessTokenTtl = state.defaultAccessTokenTtl;
        else if (typeof seconds === 'number' && Number.isInteger(seconds) && seconds > 0)
          state.accessTokenTtl = seconds;
        else return answer(response, 400, { error: 'seconds: a positive integer or null' });
        return answer(response, 200, { seconds: state.accessTokenTtl });
      }
      if (path === adminPaths.revokeGrants) {
        if (typeof body.email !== 'string') return answer(response, 400, { error: 'email' });
        return answer(response, 200, { revoked: state.store.revokeAccount(body.email) });
      }
      return answer(response, 404, { error: 'no such admin route' });
    },
    (error: unknown) => answer(response, 400, { error: String(error) }),
  );
  return true;
}
