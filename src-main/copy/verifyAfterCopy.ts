import { listFolderTree } from '../imap';
import type { FolderTree, WritableImapSession } from '../imap';
import type { FolderWork } from './indexing';
import { diffFolder, indexFolder } from './mailboxIndex';
import type { FolderIndex } from './mailboxIndex';
import type { Outcomes } from './outcomes';

/**
 * Per folder, source keys ⊆ target keys. One LIST-STATUS of the new account first: a folder
 * whose only change since it was indexed is exactly our appends (UIDVALIDITY kept, UIDNEXT moved
 * by the number of APPENDUIDs we got, all of them in that range, EXISTS up by as many) provably
 * holds the indexed messages plus ours, so it needs no second index. Any other folder is
 * indexed again and compared key by key. Returns the listing (the basis of the next re-run).
 */
export async function verifyAfterCopy(
  work: FolderWork[],
  dst: WritableImapSession,
  more: WritableImapSession[],
  outcomes: Outcomes,
): Promise<FolderTree> {
  // NOOP first: Dovecot answers STATUS of the selected folder from the session's own view.
  await dst.noop();
  const tree = await listFolderTree(dst);
  const statusOf = new Map(tree.folders.map((f) => [f.path, f.status]));
  const queue = work.filter((w) => {
    if (w.appendedUids.length + w.appendedWithoutUid === 0) return !settle(outcomes, w, w.target);
    const st = statusOf.get(w.entry.target);
    const uids = new Set(w.appendedUids);
    const n = w.appendedUids.length;
    const proven =
      st !== undefined &&
      w.appendedWithoutUid === 0 &&
      uids.size === n &&
      st.uidValidity === w.target.uidValidity &&
      st.uidNext === w.target.uidNext + n &&
      st.messages === w.target.exists + n &&
      w.appendedUids.every((u) => u >= w.target.uidNext && u < st.uidNext);
    return !(proven && settle(outcomes, w, w.target, n));
  });
  let next = 0;
  const worker = async (session: WritableImapSession) => {
    for (;;) {
      const w = queue[next++];
      if (!w) return;
      settle(outcomes, w, await indexFolder(session, w.entry.target));
    }
  };
  await Promise.all([dst, ...more.filter((m) => !m.closed)].map((s) => worker(s)));
  return tree;
}

/**
 * Compares one folder's source with a target index (plus `appended` messages proven present
 * by their APPENDUIDs, which are then exactly those journaled in this pass). True when done.
 */
function settle(outcomes: Outcomes, w: FolderWork, target: FolderIndex, appended = 0): boolean {
  const report = outcomes.reportFor(w.entry);
  const excluded = new Set([...report.skipped, ...report.failed].map((s) => s.uid));
  let expected = w.source.messages.filter((m) => !excluded.has(m.uid));
  if (appended > 0) {
    const copied = new Set(w.toCopy.map((m) => m.uid));
    const thisPass = new Set<number>();
    for (const uid of outcomes.journaled.uids(w.source.path, w.source.uidValidity, w.entry.target))
      if (copied.has(uid)) thisPass.add(uid);
    if (thisPass.size !== appended) return false;
    // Each of these is proven present as itself: as a multiset, (expected − them) against the
    // indexed target is the same comparison as expected against the target plus them, without
    // a copy of every appended message's index entry.
    expected = expected.filter((m) => !thisPass.has(m.uid));
  }
  const diff = diffFolder(expected, target.messages);
  report.missingAfterVerify = diff.missing.length;
  report.verified = diff.missing.length === 0 && report.failed.length === 0;
  return true;
}
