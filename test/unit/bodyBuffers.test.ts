import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { BodyBuffers, slabBytes } from '../../src-main/copy';
import { InputQueue } from '../../src-main/imap/inputQueue';
import { ReusedReads } from '../../src-main/imap/reusedReads';

describe('message bodies in reused slabs', () => {
  it('lays a batch’s bodies one after another and reuses the slab only once all are done', () => {
    const pool = new BodyBuffers(4 * slabBytes);
    const first = pool.arena();
    const a = first.take(1000);
    const b = first.take(2000);
    expect(a.buffer).toBe(b.buffer);
    expect(b.byteOffset).toBe(a.byteOffset + 1000);
    a.fill(1);
    b.fill(2);
    first.give();
    first.seal();
    // One body is still on its way: the slab must not be lent again.
    const second = pool.arena();
    const c = second.take(500);
    expect(c.buffer).not.toBe(a.buffer);
    c.fill(3);
    expect(b.every((x) => x === 2)).toBe(true);
    first.give();
    const third = pool.arena();
    expect(third.take(10).buffer).toBe(a.buffer);
  });

  it('keeps at most its limit in free slabs, and a body larger than a slab gets its own buffer', () => {
    const pool = new BodyBuffers(slabBytes);
    const arenas = [pool.arena(), pool.arena()];
    const slabs = arenas.map((arena) => arena.take(slabBytes - 1).buffer);
    for (const arena of arenas) {
      arena.give();
      arena.seal();
    }
    const again = [pool.arena().take(1).buffer, pool.arena().take(1).buffer];
    // One slab was kept (the limit), the other let go.
    expect(again.filter((s) => slabs.includes(s as ArrayBuffer))).toHaveLength(1);
    const big = pool.arena().take(slabBytes + 1);
    expect(big.length).toBe(slabBytes + 1);
    expect(BodyBuffers.held(slabBytes + 1)).toBe(2 * slabBytes);
  });

  it('a batch that fills a slab goes on in the next one', () => {
    const arena = new BodyBuffers(8 * slabBytes).arena();
    const a = arena.take(slabBytes - 100);
    const b = arena.take(200);
    expect(b.buffer).not.toBe(a.buffer);
    expect(b.byteOffset).toBe(0);
  });
});

describe('one reused read buffer per connection', () => {
  const closers: (() => void)[] = [];
  afterEach(() => {
    for (const close of closers.splice(0)) close();
  });

  it('the queue keeps its own copy of what is left after parsing (the buffer is read into again)', () => {
    const shared = Buffer.from('A1 OK done\r\nA2 OK par');
    const q = new InputQueue();
    q.push(shared, true);
    expect(q.take(q.lineEnd()).toString()).toBe('A1 OK done\r\n');
    q.settle();
    shared.fill(0x58);
    q.push(Buffer.from('tial\r\n'));
    expect(q.take(q.lineEnd()).toString()).toBe('A2 OK partial\r\n');
  });

  it('every byte a socket reads arrives in order through the one buffer', async () => {
    const sent = Buffer.from(Array.from({ length: 300_000 }, (_, i) => i % 251));
    const server = net.createServer((socket) => socket.end(sent));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closers.push(() => server.close());
    const reads = new ReusedReads(4096);
    const got: Buffer[] = [];
    const buffers = new Set<ArrayBufferLike>();
    reads.deliverTo((piece, borrowed) => {
      if (borrowed) buffers.add(piece.buffer);
      got.push(Buffer.from(piece));
    });
    const { port } = server.address() as net.AddressInfo;
    const socket = net.connect({ host: '127.0.0.1', port, onread: reads.onread });
    await new Promise((resolve) => socket.on('close', resolve));
    expect(Buffer.concat(got).equals(sent)).toBe(true);
    expect(buffers.size).toBe(1);
  });
});
