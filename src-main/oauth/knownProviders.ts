import { builtClients } from './oauthClients';
import { builtInProviders, providersFromEnv } from './oauthProviders';
import type { OAuthProvider } from './oauthProviders';

/** The built-in providers with this build's client IDs, then those the environment adds. */
export function knownProviders(env: NodeJS.ProcessEnv = process.env): OAuthProvider[] {
  const clients = builtClients(env);
  const builtIn = builtInProviders.map((p) => {
    const client = clients[p.id];
    return client ? { ...p, ...client } : { ...p };
  });
  // Added ones first: a test or company IdP may claim a domain a built-in one also matches.
  return [...providersFromEnv(env), ...builtIn];
}
