import { describe, expect, it } from 'vitest';
import { ByteBudget, diffFolder, messageKey, parseHeaderFields } from '../../src-main/copy';
import { indexKey } from '../../src-main/copy/messageKey';
import type { IndexedMessage } from '../../src-main/copy';

const msg = (uid: number, key: string, deleted = false): IndexedMessage => ({
  uid,
  key,
  size: 100,
  flags: deleted ? ['\\Deleted'] : [],
  internalDate: 0,
  deleted,
});

describe('message keys', () => {
  it('uses the Message-ID, else a hash of Date/From/Subject/size', () => {
    const withId = parseHeaderFields(Buffer.from('Message-ID:\r\n <a@b>\r\nSubject: x\r\n\r\n'));
    expect(messageKey(withId, 10)).toBe('id:<a@b>');
    const without = parseHeaderFields(
      Buffer.from('From: A <a@b>\r\nSubject: Hi\r\nDate: Mon, 1 Jan 2024 00:00:00 +0000\r\n\r\n'),
    );
    expect(messageKey(without, 10)).toMatch(/^h:/);
    expect(messageKey(without, 10)).not.toBe(messageKey(without, 11));
  });

  it('the index holds a 20-character hash of that key, the same for the same message', () => {
    const a = parseHeaderFields(Buffer.from('Message-ID: <a@b>\r\n\r\n'));
    const again = parseHeaderFields(Buffer.from('Message-ID:\r\n <a@b>\r\nSubject: other\r\n\r\n'));
    const b = parseHeaderFields(Buffer.from('Message-ID: <b@b>\r\n\r\n'));
    expect(indexKey(a, 10)).toMatch(/^[\w-]{20}$/);
    expect(indexKey(again, 99)).toBe(indexKey(a, 10));
    expect(indexKey(b, 10)).not.toBe(indexKey(a, 10));
    const none = parseHeaderFields(Buffer.from('Subject: Hi\r\n\r\n'));
    expect(indexKey(none, 10)).not.toBe(indexKey(none, 11));
  });
});

describe('multiset difference', () => {
  it('copies only what is missing; genuine duplicates stay duplicates; \\Deleted is left behind', () => {
    const source = [msg(1, 'a'), msg(2, 'a'), msg(3, 'b'), msg(4, 'c', true), msg(5, 'd')];
    const target = [msg(10, 'a'), msg(11, 'b')];
    const diff = diffFolder(source, target);
    expect(diff.missing.map((m) => m.uid)).toEqual([2, 5]);
    expect(diff.alreadyThere).toBe(2);
    expect(diff.deleted.map((m) => m.uid)).toEqual([4]);
  });

  it('prefers journaled source UIDs as the ones already present', () => {
    const source = [msg(1, 'a'), msg(2, 'a')];
    expect(diffFolder(source, [msg(9, 'a')], new Set([2])).missing.map((m) => m.uid)).toEqual([1]);
  });
});

describe('byte budget', () => {
  it('bounds bytes in flight and lets an oversized request through alone', async () => {
    const budget = new ByteBudget(100);
    await budget.acquire(60);
    let second = false;
    const p = budget.acquire(50).then(() => (second = true));
    await Promise.resolve();
    expect(second).toBe(false);
    budget.release(60);
    await p;
    expect(budget.used).toBe(50);
    budget.release(50);
    await budget.acquire(1000);
    expect(budget.used).toBe(100);
    expect(budget.peak).toBe(100);
  });
});
