import type { SecretStore } from './vault';

/** The last resort: passwords kept in memory until Switchover closes. */
export function sessionStore(): SecretStore {
  const secrets = new Map<string, string>();
  return {
    kind: 'session',
    store: async (account, secret) => void secrets.set(account, secret),
    read: async (account) => secrets.get(account) ?? null,
    remove: async (account) => secrets.delete(account),
  };
}
