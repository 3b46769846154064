/**
 * Reused memory for message bodies on their way from the old account to the new one. A body
 * fetched into a fresh buffer lives until the new server acknowledges it: long enough to leave
 * V8's young generation, so freed buffers piled up as garbage until the next full collection
 * (V8 starts one only after ~64 MB more external memory) and fragmented the allocator — peak
 * memory reached about twice the byte budget. Here a batch's bodies are laid one after another
 * in slabs of one size, and the slabs come back when the batch's last message is done; in steady
 * state nothing is allocated, so what is held stays within the budget it serves.
 */

/** One slab: a batch of small messages takes one or two. */
export const slabBytes = 1024 * 1024;

export class BodyBuffers {
  readonly #free: ArrayBuffer[] = [];

  /** `limit`: bytes of free slabs kept for reuse (the byte budget); beyond it they are let go. */
  constructor(readonly limit: number) {}

  /** Room for one batch's bodies. */
  arena(): BodyArena {
    return new BodyArena(this);
  }

  /** How many bytes a batch of `bytes` holds in slabs (what the budget is charged). */
  static held(bytes: number): number {
    return Math.ceil(Math.max(1, bytes) / slabBytes) * slabBytes;
  }

  slab(): ArrayBuffer {
    return this.#free.pop() ?? new ArrayBuffer(slabBytes);
  }

  giveBack(slabs: readonly ArrayBuffer[]): void {
    for (const slab of slabs)
      if ((this.#free.length + 1) * slabBytes <= this.limit) this.#free.push(slab);
  }

  /** Lets go of every free slab (the transfer is over). */
  clear(): void {
    this.#free.length = 0;
  }
}

/**
 * One batch's bodies, each a view laid after the previous one in the batch's slabs (a body
 * larger than a slab gets a buffer of its own). The slabs go back once the batch is sealed (its
 * fetch is over) and every body handed out was given back: never while one is being appended.
 */
export class BodyArena {
  readonly #slabs: ArrayBuffer[] = [];
  #at = slabBytes;
  #lent = 0;
  #sealed = false;

  constructor(readonly pool: BodyBuffers) {}

  /** A buffer of exactly `size` bytes, its contents undefined. */
  take(size: number): Buffer {
    this.#lent += 1;
    if (size > slabBytes) return Buffer.allocUnsafeSlow(size);
    if (this.#at + size > slabBytes) {
      this.#slabs.push(this.pool.slab());
      this.#at = 0;
    }
    const slab = this.#slabs[this.#slabs.length - 1] as ArrayBuffer;
    const body = Buffer.from(slab, this.#at, size);
    this.#at += size;
    return body;
  }

  /**
   * A body that nothing reads any more. Bodies not from take() (imapflow's) may be given too:
   * they only lower the count, and an arena without slabs has nothing to give back.
   */
  give(): void {
    this.#lent -= 1;
    this.#recycle();
  }

  /** No more bodies will be taken from this arena. */
  seal(): void {
    this.#sealed = true;
    this.#recycle();
  }

  #recycle(): void {
    if (!this.#sealed || this.#lent > 0 || this.#slabs.length === 0) return;
    this.pool.giveBack(this.#slabs.splice(0));
  }
}
