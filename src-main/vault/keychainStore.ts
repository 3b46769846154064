import type { SecretStore } from './vault';

/** The service name under which every Switchover password is filed in the OS keychain. */
export const keychainService = 'Switchover';

/**
 * The OS keychain (macOS Keychain, Windows Credential Manager, Secret Service on Linux) via
 * @napi-rs/keyring. Loaded lazily so a machine without the native module still starts.
 */
export function keychainStore(service = keychainService): SecretStore {
  const entry = async (account: string) => {
    const { AsyncEntry } = await import('@napi-rs/keyring');
    // On Linux the default silently falls back to the kernel keyring, which forgets everything at
    // logout: pin the Secret Service so a missing one fails and the vault's fallbacks take over.
    return new AsyncEntry(service, account, { linux: { store: 'secret-service' } });
  };
  return {
    kind: 'keychain',
    async store(account, secret) {
      const e = await entry(account);
      await e.setPassword(secret);
      // Some backends accept a write they cannot keep (no unlocked collection): read it back.
      if ((await e.getPassword()) !== secret) throw new Error('the keychain did not keep it');
    },
    async read(account) {
      return (await entry(account)).getPassword();
    },
    async remove(account) {
      return (await entry(account)).deletePassword();
    },
  };
}
