/**
 * The project's own client registrations, one per provider, supplied at build time: the release
 * workflow sets SWITCHOVER_OAUTH_<PROVIDER>_CLIENT_ID (and _CLIENT_SECRET for Google's installed
 * apps) from repository secrets, and the build writes them into the bundle (esbuild `define`).
 * Run from source (tsx), the same variables are read at start. A provider without an ID says so
 * on its card (oauth.no-client-id); no other program's ID is ever used.
 */

export interface OAuthClient {
  clientId: string;
  clientSecret?: string;
}

declare const SWITCHOVER_OAUTH_CLIENTS: string | undefined;

export const providerIds = ['google', 'microsoft', 'yahoo', 'aol'] as const;

/** The registrations the environment names (the build reads them this way too). */
export function clientsFromEnv(env: NodeJS.ProcessEnv): Record<string, OAuthClient> {
  const clients: Record<string, OAuthClient> = {};
  for (const id of providerIds) {
    const prefix = `SWITCHOVER_OAUTH_${id.toUpperCase()}_CLIENT_`;
    const clientId = env[`${prefix}ID`];
    if (!clientId) continue;
    const secret = env[`${prefix}SECRET`];
    clients[id] = secret ? { clientId, clientSecret: secret } : { clientId };
  }
  return clients;
}

/** This build's registrations. */
export function builtClients(env: NodeJS.ProcessEnv = process.env): Record<string, OAuthClient> {
  if (typeof SWITCHOVER_OAUTH_CLIENTS === 'string')
    return JSON.parse(SWITCHOVER_OAUTH_CLIENTS) as Record<string, OAuthClient>;
  return clientsFromEnv(env);
}
