// The project's OAuth2 client registrations, written into the bundles at build time (esbuild
// `define`) from SWITCHOVER_OAUTH_<PROVIDER>_CLIENT_ID / _CLIENT_SECRET, which the release
// workflow sets from repository secrets. A build without them has none: its provider cards say
// so (oauth.no-client-id). docs/oauth.md lists what a release needs.
import { clientsFromEnv } from '../src-main/oauth/oauthClients';

export function oauthClientsDefine(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const clients = clientsFromEnv(env);
  // Only a build that was given IDs bakes them in; without, the bundle reads the same variables
  // when it starts (a developer's own registration), as source runs do.
  if (Object.keys(clients).length === 0) return {};
  return { SWITCHOVER_OAUTH_CLIENTS: JSON.stringify(JSON.stringify(clients)) };
}
