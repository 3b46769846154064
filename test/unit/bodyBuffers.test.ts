// The body buffer pool: reuse after release, exact sizes, one release per body, bounded.

import { describe, expect, it } from 'vitest';
import { BodyBuffers } from '../../src-main/imap';

describe('BodyBuffers', () => {
  it('gives out buffers of the exact size and reuses a released one of the same class', () => {
    const pool = new BodyBuffers();
    const a = pool.take(20_000);
    expect(a.length).toBe(20_000);
    a.fill(1);
    pool.release(a);
    expect(pool.freeBytes).toBe(32 * 1024);
    const b = pool.take(30_000);
    expect(b.length).toBe(30_000);
    // The same memory, now holding the next body.
    expect(b.buffer).toBe(a.buffer);
    expect(pool.freeBytes).toBe(0);
  });

  it('ignores a second release and foreign buffers, so two bodies never share memory', () => {
    const pool = new BodyBuffers();
    const a = pool.take(1000);
    pool.release(a);
    pool.release(a);
    pool.release(Buffer.alloc(1000));
    expect(pool.freeBytes).toBe(16 * 1024);
    const b = pool.take(1000);
    const c = pool.take(1000);
    expect(b.buffer).not.toBe(c.buffer);
    b.fill(2);
    c.fill(3);
    expect(b.every((x) => x === 2)).toBe(true);
  });

  it('keeps at most maxFreeBytes for reuse and never pools big bodies', () => {
    const pool = new BodyBuffers(64 * 1024, 1024 * 1024);
    const bodies = Array.from({ length: 6 }, () => pool.take(16 * 1024));
    for (const body of bodies) pool.release(body);
    expect(pool.freeBytes).toBe(64 * 1024);
    const big = pool.take(2 * 1024 * 1024);
    expect(big.length).toBe(2 * 1024 * 1024);
    pool.release(big);
    expect(pool.freeBytes).toBe(64 * 1024);
  });
});
