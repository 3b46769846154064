export { createVault, vaultAccount } from './vault';
export type { Vault, SecretStore, PasswordStorage } from './vault';
export { keychainStore, keychainService } from './keychainStore';
export { sessionStore } from './sessionStore';
export { safeStorageStore, encryptedBlobFile } from './safeStorageStore';
export type { SafeStorageAdapter, EncryptedBlobFile } from './safeStorageStore';
