/**
 * Bounds the bytes of messages in flight (fetched but not yet acknowledged by the new server).
 * A request larger than the whole budget waits until nothing else is in flight.
 */
export class ByteBudget {
  #used = 0;
  #peak = 0;
  readonly #waiters: { bytes: number; resolve: () => void }[] = [];

  constructor(readonly limit: number) {}

  get used(): number {
    return this.#used;
  }

  get peak(): number {
    return this.#peak;
  }

  async acquire(bytes: number): Promise<void> {
    const want = Math.min(bytes, this.limit);
    if (this.#waiters.length === 0 && this.#used + want <= this.limit) {
      this.#take(want);
      return;
    }
    await new Promise<void>((resolve) => this.#waiters.push({ bytes: want, resolve }));
  }

  release(bytes: number): void {
    this.#used = Math.max(0, this.#used - Math.min(bytes, this.limit));
    while (this.#waiters.length > 0) {
      const next = this.#waiters[0];
      if (!next || this.#used + next.bytes > this.limit) break;
      this.#waiters.shift();
      this.#take(next.bytes);
      next.resolve();
    }
  }

  #take(bytes: number): void {
    this.#used += bytes;
    this.#peak = Math.max(this.#peak, this.#used);
  }
}
