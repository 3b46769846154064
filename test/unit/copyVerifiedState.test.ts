import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CopyReport, FolderPlan } from '../../src-main/copy';
import {
  readVerifiedState,
  unchangedSince,
  verifiedStateOf,
  verifiedStatePath,
  writeVerifiedState,
} from '../../src-main/copy/verifiedState';
import type { FolderStatus, FolderTree } from '../../src-main/imap';

const plan: FolderPlan = {
  entries: [
    {
      source: 'INBOX.Archive',
      target: 'Archive',
      action: 'copy',
      matchedBy: 'name',
      targetExists: false,
      escaped: false,
      containerOnly: false,
    },
  ],
  create: ['Archive'],
};

function tree(path: string, status: FolderStatus): FolderTree {
  return {
    namespace: { prefix: '', delimiter: '/' },
    folders: [{ path, delimiter: '/', segments: [path], noselect: false, status }],
  };
}

const src = { messages: 3, uidNext: 4, uidValidity: '7', highestModseq: '9' };
const dst = { messages: 3, uidNext: 4, uidValidity: '8', highestModseq: '5' };
const report = { verified: true, copied: 3, alreadyThere: 0, folders: [] } as unknown as CopyReport;

describe('verified state (the re-run fast path)', () => {
  const state = verifiedStateOf(plan, tree('INBOX.Archive', src), tree('Archive', dst), report);

  it('holds when both sides list exactly the same statuses', () => {
    expect(unchangedSince(state, plan, tree('INBOX.Archive', src), tree('Archive', dst))).toBe(
      report,
    );
  });

  it('does not hold after any change on either side', () => {
    const changes: [FolderStatus, FolderStatus][] = [
      [{ ...src, uidNext: 5, messages: 4 }, dst], // new mail on the old side
      [{ ...src, highestModseq: '10' }, dst], // a flag changed on the old side
      [src, { ...dst, messages: 2 }], // a message removed on the new side
      [src, { ...dst, uidValidity: '99' }], // the new folder was recreated
    ];
    for (const [s, d] of changes) {
      expect(unchangedSince(state, plan, tree('INBOX.Archive', s), tree('Archive', d))).toBe(
        undefined,
      );
    }
  });

  it('does not hold for another plan, or when the last run was not verified', () => {
    const other: FolderPlan = {
      ...plan,
      entries: plan.entries.map((e) => ({ ...e, target: 'Old/Archive' })),
    };
    expect(unchangedSince(state, other, tree('INBOX.Archive', src), tree('Archive', dst))).toBe(
      undefined,
    );
    const unverified = { ...state, report: { ...report, verified: false } };
    expect(unchangedSince(unverified, plan, tree('INBOX.Archive', src), tree('Archive', dst))).toBe(
      undefined,
    );
  });

  it('does not hold once Gmail labels are kept another way, or a label moved in the precedence', () => {
    const gmail: FolderPlan = {
      entries: plan.entries.map((e) => ({ ...e, fromAllMail: 'label' as const, rank: 0 })),
      create: [],
      allMail: { source: '[Gmail]/All Mail', labels: 'keywords' },
    };
    const before = verifiedStateOf(gmail, tree('INBOX.Archive', src), tree('Archive', dst), report);
    const same = () => [tree('INBOX.Archive', src), tree('Archive', dst)] as const;
    expect(unchangedSince(before, gmail, ...same())).toBe(report);
    const folders = {
      ...gmail,
      allMail: { source: '[Gmail]/All Mail', labels: 'folders' as const },
    };
    expect(unchangedSince(before, folders, ...same())).toBe(undefined);
    const moved = { ...gmail, entries: gmail.entries.map((e) => ({ ...e, rank: 1 })) };
    expect(unchangedSince(before, moved, ...same())).toBe(undefined);
  });

  it('round-trips through its file, and a missing file is no state', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-vs-'));
    try {
      const file = verifiedStatePath(dir, 'a@old:993', 'a@new:993');
      expect(readVerifiedState(file)).toBeUndefined();
      writeVerifiedState(file, state);
      expect(readVerifiedState(file)).toEqual(JSON.parse(JSON.stringify(state)));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
