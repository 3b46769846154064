import { safeStorage } from 'electron';
import type { SafeStorageAdapter } from '../vault';

/**
 * Electron's safeStorage, used only where no OS keychain works. On Linux its "basic_text" backend
 * encrypts with a hard-coded key, which is no protection: then it reports itself unavailable.
 */
export function electronSafeStorage(): SafeStorageAdapter {
  return {
    isAvailable: () =>
      safeStorage.isEncryptionAvailable() &&
      (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (encrypted) => safeStorage.decryptString(encrypted),
  };
}
