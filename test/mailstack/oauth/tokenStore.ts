// The identity provider's storage: one in-memory map for every model (grants, sessions, codes,
// tokens). Our own instead of oidc-provider's memory adapter, which is an LRU that cannot be
// listed: revokeGrants needs every artefact of one account, and an LRU could silently drop them.

import type { Adapter, AdapterFactory, AdapterPayload } from 'oidc-provider';

interface Entry {
  payload: AdapterPayload;
  /** Epoch ms; Infinity for no expiry. */
  expiresAt: number;
}

/** Sweep expired entries now and then, so a stack left running for days stays small. */
const sweepEvery = 500;

export class TokenStore {
  private readonly entries = new Map<string, Entry>();
  private readonly sessionsByUid = new Map<string, string>();
  private writes = 0;

  get(key: string): AdapterPayload | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.payload;
  }

  set(key: string, payload: AdapterPayload, expiresIn: number | undefined): void {
    const expiresAt = expiresIn === undefined ? Infinity : Date.now() + expiresIn * 1000;
    this.entries.set(key, { payload, expiresAt });
    if (++this.writes % sweepEvery === 0) this.sweep();
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  indexSession(uid: string, id: string): void {
    this.sessionsByUid.set(uid, id);
  }

  sessionIdForUid(uid: string): string | undefined {
    return this.sessionsByUid.get(uid);
  }

  /** Deletes every artefact whose payload matches; returns how many. */
  deleteWhere(match: (payload: AdapterPayload) => boolean): number {
    let count = 0;
    for (const [key, entry] of this.entries) {
      if (match(entry.payload)) {
        this.entries.delete(key);
        count++;
      }
    }
    return count;
  }

  /**
   * Ends everything an account holds: its grants, and with them every code, access and refresh
   * token issued under them, and its login sessions (the next sign-in asks for the login again).
   */
  revokeAccount(accountId: string): number {
    const id = accountId.toLowerCase();
    return this.deleteWhere(
      (p) => typeof p.accountId === 'string' && p.accountId.toLowerCase() === id,
    );
  }

  private sweep(): void {
    const now = Date.now();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
    for (const [uid, id] of this.sessionsByUid) {
      if (!this.entries.has(`Session:${id}`)) this.sessionsByUid.delete(uid);
    }
  }
}

class StoreAdapter implements Adapter {
  constructor(
    private readonly model: string,
    private readonly store: TokenStore,
  ) {}

  private key(id: string): string {
    return `${this.model}:${id}`;
  }

  upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
    this.store.set(this.key(id), payload, expiresIn);
    if (this.model === 'Session' && payload.uid !== undefined) {
      this.store.indexSession(payload.uid, id);
    }
    return Promise.resolve();
  }

  find(id: string): Promise<AdapterPayload | undefined> {
    return Promise.resolve(this.store.get(this.key(id)));
  }

  findByUid(uid: string): Promise<AdapterPayload | undefined> {
    const id = this.store.sessionIdForUid(uid);
    return this.find(id ?? '');
  }

  findByUserCode(): Promise<undefined> {
    return Promise.resolve(undefined); // No device flow.
  }

  consume(id: string): Promise<void> {
    const payload = this.store.get(this.key(id));
    if (payload !== undefined) payload.consumed = Math.floor(Date.now() / 1000);
    return Promise.resolve();
  }

  destroy(id: string): Promise<void> {
    this.store.delete(this.key(id));
    return Promise.resolve();
  }

  revokeByGrantId(grantId: string): Promise<void> {
    this.store.deleteWhere((p) => p.grantId === grantId);
    return Promise.resolve();
  }
}

export function storeAdapter(store: TokenStore): AdapterFactory {
  return (model) => new StoreAdapter(model, store);
}
