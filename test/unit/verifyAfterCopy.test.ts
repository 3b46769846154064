// The verify step after a copy, against a scripted new account: when the APPENDUIDs prove the
// folder, nothing is indexed again; any doubt (a UID twice, one out of range, a count that moved)
// means the folder is indexed again and compared message by message.

import { describe, expect, it } from 'vitest';
import type { WritableImapSession } from '../../src-main/imap';
import type { FolderPlanEntry, IndexedMessage } from '../../src-main/copy';
import type { FolderWork } from '../../src-main/copy/indexing';
import { indexKey, parseHeaderFields } from '../../src-main/copy/messageKey';
import { Outcomes } from '../../src-main/copy/outcomes';
import { Progress } from '../../src-main/copy/progress';
import { verifyAfterCopy } from '../../src-main/copy/verifyAfterCopy';

const headers = (uid: number) => Buffer.from(`Message-ID: <${uid}@old.test>\r\n\r\n`);
const msg = (uid: number): IndexedMessage => ({
  uid,
  key: indexKey(parseHeaderFields(headers(uid)), 100),
  size: 100,
  flags: [],
  internalDate: 0,
  deleted: false,
});

interface Scripted {
  /** What STATUS says of INBOX after the copy. */
  status: { messages: number; uidNext: number };
  /** What a second index of INBOX finds (source UIDs, as their keys). */
  holds: number[];
}

/** A new account that answers LIST-STATUS and, when asked, indexes INBOX; counts the indexes. */
function newAccount(s: Scripted): { session: WritableImapSession; indexed: () => number } {
  let indexed = 0;
  const session = {
    readOnly: false,
    closed: false,
    namespace: { prefix: '', delimiter: '/' },
    noop: () => Promise.resolve(),
    list: () =>
      Promise.resolve([
        { path: 'INBOX', delimiter: '/', flags: new Set<string>(), status: { ...s.status, uidValidity: 7n } }, // prettier-ignore
      ]),
    select: () => {
      indexed += 1;
      return Promise.resolve({
        uidValidity: 7n,
        exists: s.holds.length,
        uidNext: s.status.uidNext,
        permanentFlags: new Set<string>(),
      });
    },
    async *fetch() {
      for (const [i, uid] of s.holds.entries()) {
        yield {
          uid: 100 + i,
          flags: new Set<string>(),
          size: 100,
          internalDate: new Date(0),
          headers: headers(uid),
        };
      }
    },
  };
  return { session: session as unknown as WritableImapSession, indexed: () => indexed };
}

const entry = { source: 'INBOX', target: 'INBOX', action: 'copy' } as FolderPlanEntry;

/** Source UIDs 1…n, all copied in this pass (journaled) with the given APPENDUIDs. */
function copied(n: number, appendedUids: number[], outcomes: Outcomes): FolderWork {
  const messages = Array.from({ length: n }, (_, i) => msg(i + 1));
  for (const m of messages) outcomes.journaled.add('INBOX', '1', 'INBOX', m.uid);
  return {
    entry,
    source: { path: 'INBOX', uidValidity: '1', uidNext: n + 1, exists: n, messages },
    target: { path: 'INBOX', uidValidity: '7', uidNext: 10, exists: 0, messages: [] },
    toCopy: messages,
    appendedUids,
    appendedWithoutUid: 0,
  };
}

async function verify(work: FolderWork, s: Scripted, outcomes: Outcomes) {
  const account = newAccount(s);
  await verifyAfterCopy([work], account.session, [], outcomes);
  return { report: outcomes.reportFor(entry), indexed: account.indexed() };
}

describe('verify after a copy', () => {
  it('takes APPENDUIDs that account for the whole change as proof: nothing indexed again', async () => {
    const outcomes = new Outcomes(new Progress());
    const work = copied(3, [12, 10, 11], outcomes);
    const { report, indexed } = await verify(work, { status: { messages: 3, uidNext: 13 }, holds: [] }, outcomes); // prettier-ignore
    expect(indexed).toBe(0);
    expect(report.verified).toBe(true);
    expect(report.missingAfterVerify).toBe(0);
  });

  it.each([
    ['a UID given twice', [10, 10, 12], { messages: 3, uidNext: 13 }],
    ['a UID below UIDNEXT as it was', [9, 10, 11], { messages: 3, uidNext: 13 }],
    ['a count that moved by more', [10, 11, 12], { messages: 4, uidNext: 14 }],
    ['a UID at the new UIDNEXT', [10, 11, 13], { messages: 3, uidNext: 13 }],
    ['a UID past 2³² (it would wrap to 12)', [10, 11, 2 ** 32 + 12], { messages: 3, uidNext: 13 }],
  ])('indexes again on %s, and finds the messages there', async (_, uids, status) => {
    const outcomes = new Outcomes(new Progress());
    const work = copied(3, uids, outcomes);
    const { report, indexed } = await verify(work, { status, holds: [1, 2, 3] }, outcomes);
    expect(indexed).toBe(1);
    expect(report.verified).toBe(true);
  });

  it('indexes again when the journal does not hold every message appended in this pass', async () => {
    const work = copied(3, [10, 11, 12], new Outcomes(new Progress()));
    const outcomes = new Outcomes(new Progress());
    for (const uid of [1, 2]) outcomes.journaled.add('INBOX', '1', 'INBOX', uid);
    const { report, indexed } = await verify(work, { status: { messages: 3, uidNext: 13 }, holds: [1, 2, 3] }, outcomes); // prettier-ignore
    expect(indexed).toBe(1);
    expect(report.verified).toBe(true);
  });

  it('a message the second index lacks is missing, and the folder is not verified', async () => {
    const outcomes = new Outcomes(new Progress());
    const work = copied(3, [10, 11, 11], outcomes);
    const { report } = await verify(work, { status: { messages: 3, uidNext: 13 }, holds: [1, 3] }, outcomes); // prettier-ignore
    expect(report.missingAfterVerify).toBe(1);
    expect(report.verified).toBe(false);
  });

  it('leaves a skipped message out of the comparison; a failed one keeps the folder unverified', async () => {
    const outcomes = new Outcomes(new Progress());
    const work = copied(3, [10, 11], outcomes);
    work.toCopy = work.toCopy.filter((m) => m.uid !== 2);
    const report = outcomes.reportFor(entry);
    report.skipped.push({ uid: 2, key: 'id:<2@old.test>', size: 100, reason: 'message.too-big' });
    const skipped = await verify(work, { status: { messages: 2, uidNext: 12 }, holds: [] }, outcomes); // prettier-ignore
    expect(skipped.indexed).toBe(0);
    expect(skipped.report.verified).toBe(true);

    const again = new Outcomes(new Progress());
    const failing = copied(3, [10, 11], again);
    failing.toCopy = failing.toCopy.filter((m) => m.uid !== 3);
    again.reportFor(entry).failed.push({ uid: 3, key: 'id:<3@old.test>', size: 100, reason: 'message.rejected' }); // prettier-ignore
    const failed = await verify(failing, { status: { messages: 2, uidNext: 12 }, holds: [] }, again); // prettier-ignore
    expect(failed.report.missingAfterVerify).toBe(0);
    expect(failed.report.verified).toBe(false);
  });
});
