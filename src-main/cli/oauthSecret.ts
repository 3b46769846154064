// An `auth=oauth2` account on the command line: the provider Switchover knows for it, and its
// tokens (the refresh token `switchover login` kept in the keychain, the same one the app uses).

import { SwitchoverError } from '../errors';
import type { ServerSettings } from '../contract';
import type { OAuthAccess, OAuthProvider } from '../oauth';

/** The provider that signs this login in; its client ID is this build's (or the environment's). */
export async function providerFor(
  settings: ServerSettings,
  env: NodeJS.ProcessEnv = process.env,
): Promise<OAuthProvider> {
  const { findProvider, knownProviders } = await import('../oauth');
  const provider = findProvider(
    { email: settings.username, imapHost: settings.host },
    knownProviders(env),
  );
  if (!provider)
    throw new SwitchoverError(
      'oauth.failed',
      `Switchover knows no sign-in page for ${settings.username}: use a password instead.`,
      { account: settings.username },
    );
  if (!provider.clientId)
    throw new SwitchoverError(
      'oauth.no-client-id',
      `This build of Switchover cannot sign in with ${provider.name}: use a password (an app password) instead.`,
      { provider: provider.id },
    );
  return provider;
}

/** The account's tokens, refreshed as connections need them. */
export async function cliOAuthAccess(
  settings: ServerSettings,
  env: NodeJS.ProcessEnv = process.env,
): Promise<OAuthAccess> {
  const provider = await providerFor(settings, env);
  const [{ OAuthAccess }, { createHttpRequest, createNetwork }, { createVault, keychainStore }] =
    await Promise.all([import('../oauth'), import('../net'), import('../vault')]);
  const request = createHttpRequest(createNetwork());
  return new OAuthAccess(settings.username, provider, createVault([keychainStore()]), request);
}
