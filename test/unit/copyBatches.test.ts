import { describe, expect, it } from 'vitest';
import { sizeBatches } from '../../src-main/copy';

const sizes = (...list: number[]) => list.map((size, i) => ({ uid: i + 1, size }));
const uids = (batches: { messages: { uid: number }[]; large: boolean }[]) =>
  batches.map((b) => (b.large ? `big ${b.messages[0]?.uid}` : b.messages.map((m) => m.uid)));
const limits = { largeMessageBytes: 100, batchBytes: 50, batchMessages: 3 };

describe('size batches (the copy and the backup fetch this way)', () => {
  it('cuts small messages at the byte or the count limit, a big one alone', () => {
    expect(uids(sizeBatches(sizes(20, 20, 20, 5, 5, 5, 5), limits, true))).toEqual([
      [1, 2],
      [3, 4, 5],
      [6, 7],
    ]);
    expect(uids(sizeBatches(sizes(10, 200, 10), limits, true))).toEqual([[1], 'big 2', [3]]);
  });

  it('keeps the order only when asked: otherwise small ones carry on around a big one', () => {
    expect(uids(sizeBatches(sizes(10, 200, 10), limits, false))).toEqual([[1, 3], 'big 2']);
  });

  it('gives a message over the batch size (but not big) a batch of its own', () => {
    expect(uids(sizeBatches(sizes(10, 60, 10), limits, true))).toEqual([[1], [2], [3]]);
  });

  it('gives a message `alone` names a batch of its own (a suspect of a bad answer)', () => {
    const alone = (m: { uid: number }) => m.uid === 2 || m.uid === 5;
    expect(uids(sizeBatches(sizes(5, 5, 5, 200, 5), limits, false, alone))).toEqual([
      [1, 3],
      [2],
      'big 4',
      [5],
    ]);
  });
});
