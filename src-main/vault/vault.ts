import { SwitchoverError } from '../errors';

/** Where a password ended up: the OS keychain, Electron safeStorage, or memory until exit. */
export type PasswordStorage = 'keychain' | 'safe-storage' | 'session';

/** One place that can hold secrets; `store` throws when it cannot (the vault then falls back). */
export interface SecretStore {
  readonly kind: PasswordStorage;
  store(account: string, secret: string): Promise<void>;
  read(account: string): Promise<string | null>;
  /** True when something was removed. */
  remove(account: string): Promise<boolean>;
}

export interface Vault {
  /** Keeps the password in the best store that works and says which one took it. */
  save(account: string, password: string): Promise<PasswordStorage>;
  read(account: string): Promise<string | null>;
  /** Removes the password from every store (an older run may have used another one). */
  remove(account: string): Promise<boolean>;
}

/** The keychain account name for a login: `user@host`, as the issue specifies. */
export function vaultAccount(username: string, host: string): string {
  return `${username}@${host.toLowerCase()}`;
}

/**
 * Tries each store in order (keychain, then safeStorage, then memory). A store that fails once
 * is skipped for the rest of the session, so a missing Secret Service costs one attempt, not one
 * per account.
 */
export function createVault(stores: readonly SecretStore[]): Vault {
  const broken = new Set<SecretStore>();
  return {
    async save(account, password) {
      for (const store of stores) {
        if (broken.has(store)) continue;
        try {
          await store.store(account, password);
          return store.kind;
        } catch {
          broken.add(store);
        }
      }
      throw new SwitchoverError('vault.unavailable', 'The password could not be kept anywhere.');
    },
    async read(account) {
      for (const store of stores) {
        if (broken.has(store)) continue;
        try {
          const found = await store.read(account);
          if (found !== null) return found;
        } catch {
          broken.add(store);
        }
      }
      return null;
    },
    async remove(account) {
      let removed = false;
      for (const store of stores) {
        try {
          if (await store.remove(account)) removed = true;
        } catch {
          // An unreachable store holds nothing we could remove now.
        }
      }
      return removed;
    },
  };
}
