/**
 * Reusable buffers for message bodies fetched into memory. Each body otherwise gets a fresh
 * buffer; one that is still in flight when the (small) young generation is scavenged moves to the
 * old generation, and its memory comes back only at the next full collection — tens of MB of
 * dead bodies at the peak of a copy (npm run bench). Handing buffers back when the new server has
 * taken the message keeps the memory to what is really in flight.
 *
 * A buffer comes back exactly once, through `release` with the very view `take` gave out; anything
 * else (a body that was never released, a second release) is ignored and left to the collector.
 */
export class BodyBuffers {
  readonly #free = new Map<number, Buffer[]>();
  readonly #out = new WeakMap<Buffer, Buffer>();
  #freeBytes = 0;

  /** `maxFreeBytes`: what is kept for reuse; bodies above `maxSize` are never pooled. */
  constructor(
    readonly maxFreeBytes = 16 * 1024 * 1024,
    readonly maxSize = 4 * 1024 * 1024,
  ) {}

  get freeBytes(): number {
    return this.#freeBytes;
  }

  /** A buffer of exactly `size` bytes (a view of a pooled one when the size is poolable). */
  take(size: number): Buffer {
    if (size > this.maxSize) return Buffer.allocUnsafeSlow(size);
    const capacity = sizeClass(size);
    const whole = this.#free.get(capacity)?.pop();
    if (whole) this.#freeBytes -= capacity;
    const base = whole ?? Buffer.allocUnsafeSlow(capacity);
    const view = base.subarray(0, size);
    this.#out.set(view, base);
    return view;
  }

  /** The body is no longer needed by anyone: its buffer may hold the next one. */
  release(view: Buffer): void {
    const base = this.#out.get(view);
    if (!base) return;
    this.#out.delete(view);
    if (this.#freeBytes + base.length > this.maxFreeBytes) return;
    const list = this.#free.get(base.length) ?? [];
    list.push(base);
    this.#free.set(base.length, list);
    this.#freeBytes += base.length;
  }
}

/** Powers of two from 16 KiB: at most half of a buffer unused, few distinct sizes to reuse. */
function sizeClass(size: number): number {
  let capacity = 16 * 1024;
  while (capacity < size) capacity *= 2;
  return capacity;
}
