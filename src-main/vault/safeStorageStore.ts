import { readJsonFileSync, writeFileAtomicSync } from '../files';
import type { SecretStore } from './vault';

/**
 * What the Electron shell passes in when safeStorage has a real backend (src-main/app builds it;
 * services never import electron). Encrypted blobs are kept in a file the app owns.
 */
export interface SafeStorageAdapter {
  /** False when only a "basic_text" (unencrypted) backend exists: then it must not be used. */
  isAvailable(): boolean;
  encrypt(plain: string): Buffer;
  decrypt(encrypted: Buffer): string;
}

/** Where encrypted blobs live (base64 strings keyed by account); never holds plain text. */
export interface EncryptedBlobFile {
  read(): Record<string, string>;
  write(blobs: Record<string, string>): void;
}

export function safeStorageStore(
  adapter: SafeStorageAdapter,
  file: EncryptedBlobFile,
): SecretStore {
  const usable = () => {
    if (!adapter.isAvailable()) throw new Error('safeStorage has no real backend');
  };
  return {
    kind: 'safe-storage',
    async store(account, secret) {
      usable();
      const blobs = file.read();
      blobs[account] = adapter.encrypt(secret).toString('base64');
      file.write(blobs);
    },
    async read(account) {
      usable();
      const blob = file.read()[account];
      return blob === undefined ? null : adapter.decrypt(Buffer.from(blob, 'base64'));
    },
    async remove(account) {
      const blobs = file.read();
      if (!(account in blobs)) return false;
      file.write(Object.fromEntries(Object.entries(blobs).filter(([name]) => name !== account)));
      return true;
    },
  };
}

/** base64 blobs by account: anything else in the file is not ours to decrypt. */
const blobShape = {
  safeParse(value: unknown): { success: true; data: Record<string, string> } | { success: false } {
    const ok =
      value !== null &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      Object.values(value).every((blob) => typeof blob === 'string');
    return ok ? { success: true, data: value as Record<string, string> } : { success: false };
  },
};

/** Encrypted blobs in a JSON file readable only by the user (the blobs, never plain text). */
export function encryptedBlobFile(filePath: string): EncryptedBlobFile {
  return {
    read: () => readJsonFileSync(filePath, blobShape) ?? {},
    write: (blobs) => writeFileAtomicSync(filePath, JSON.stringify(blobs), { private: true }),
  };
}
