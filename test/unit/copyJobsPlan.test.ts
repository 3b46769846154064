import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planFolders } from '../../src-main/copy';
import {
  accountTreeView,
  applyChanges,
  createCopyJobService,
  jobStatePath,
  planForFolders,
  previewDrop,
  readJobState,
  writeJobState,
} from '../../src-main/copyJobs';
import { EventHub, type CopyJobView } from '../../src-main/contract';
import type { FolderInfo, FolderTree } from '../../src-main/imap';

// The copy screen's plan rules without servers: tree order, where a drop puts a folder (names
// escaped by the engine's rule), a subset's create list, and the job state a crash leaves behind.

function tree(prefix: string, delimiter: string, paths: [string, number][]): FolderTree {
  const folders: FolderInfo[] = paths.map(([p, messages]) => ({
    path: p,
    delimiter,
    segments: p === 'INBOX' ? ['INBOX'] : p.slice(prefix.length).split(delimiter),
    noselect: false,
    messages,
  }));
  return { namespace: { prefix, delimiter }, folders };
}

const source = tree('INBOX.', '.', [
  ['INBOX', 3],
  ['INBOX.Sent Items', 2],
  ['INBOX.Family', 1],
  ['INBOX.Family.2019', 4],
  ['INBOX.Family.2019.Holidays', 1],
  ['INBOX.a/b', 1],
]);
const target = tree('', '/', [
  ['INBOX', 0],
  ['Sent', 0],
  ['Archive', 0],
]);
const base = planFolders(source, target);

describe('the copy screen plan', () => {
  it('lists a tree parents first, Inbox and special folders before the rest', () => {
    const view = accountTreeView({ email: 'a@old.test', tree: source, sizes: new Map() });
    expect(view.folders.map((f) => [f.path, f.depth, f.role])).toEqual([
      ['INBOX', 0, 'inbox'],
      ['INBOX.Sent Items', 0, 'sent'],
      ['INBOX.a/b', 0, undefined],
      ['INBOX.Family', 0, undefined],
      ['INBOX.Family.2019', 1, undefined],
      ['INBOX.Family.2019.Holidays', 2, undefined],
    ]);
  });

  it('puts a dropped folder and what is inside it into the chosen folder', () => {
    expect(
      previewDrop(base, source, target, { source: 'INBOX.Family.2019', into: 'Archive' }),
    ).toEqual({ target: 'Archive/2019', exists: false, folders: 2 });
    // A name with the new side's separator is escaped, never nested.
    expect(previewDrop(base, source, target, { source: 'INBOX.a/b', into: 'Archive' }).target).toBe(
      'Archive/a\u2215b',
    );
    expect(previewDrop(base, source, target, { source: 'INBOX.Sent Items', into: null })).toEqual({
      target: 'Sent',
      exists: true,
      folders: 1,
    });
    const moved = applyChanges(base, source, target, [
      { kind: 'move', drop: { source: 'INBOX.Family.2019', into: 'Archive' } },
    ]);
    const entry = (p: string) => moved.entries.find((e) => e.source === p);
    expect(entry('INBOX.Family.2019')).toMatchObject({ target: 'Archive/2019', matchedBy: 'user' });
    expect(entry('INBOX.Family.2019.Holidays')?.target).toBe('Archive/2019/Holidays');
    expect(entry('INBOX.Family')?.target).toBe('Family');
    // Keeping its place again restores the engine's own mapping.
    const back = applyChanges(base, source, target, [
      { kind: 'move', drop: { source: 'INBOX.Family.2019', into: 'Archive' } },
      { kind: 'move', drop: { source: 'INBOX.Family.2019', into: null } },
    ]);
    expect(back.entries.find((e) => e.source === 'INBOX.Family.2019')?.target).toBe('Family/2019');
  });

  it('creates only what a subset needs, parents first', () => {
    const moved = applyChanges(base, source, target, [
      { kind: 'move', drop: { source: 'INBOX.Family.2019', into: 'Archive' } },
    ]);
    const subset = planForFolders(moved, target, [
      'INBOX.Family.2019',
      'INBOX.Family.2019.Holidays',
    ]);
    expect(subset.create).toEqual(['Archive/2019', 'Archive/2019/Holidays']);
    expect(subset.entries.filter((e) => e.action === 'copy').map((e) => e.source)).toEqual([
      'INBOX.Family.2019',
      'INBOX.Family.2019.Holidays',
    ]);
    expect(planForFolders(base, target, 'all').create).toEqual([
      'a\u2215b',
      'Family',
      'Family/2019',
      'Family/2019/Holidays',
    ]);
  });
});

describe('the copy job state on disk', () => {
  it('offers to continue a job that was running when Switchover stopped', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-jobstate-'));
    try {
      const job: CopyJobView = {
        jobId: 'j1',
        status: 'running',
        startedAt: new Date().toISOString(),
        from: 'a@old.test',
        to: 'a@new.test',
        folders: ['INBOX.Family'],
        progress: {
          jobId: 'j1',
          phase: 'copying',
          folder: 'INBOX.Family',
          messagesDone: 3,
          messagesTotal: 9,
          bytesDone: 300,
          bytesTotal: 900,
          rate: 100,
          etaSeconds: 6,
        },
      };
      writeJobState(jobStatePath(dataDir), { accounts: 'x -> y', job, plan: base });
      expect(readJobState(jobStatePath(dataDir))?.job.jobId).toBe('j1');
      const service = createCopyJobService({
        accounts: {
          credentials: () => Promise.reject(new Error('no accounts in this test')),
        },
        hub: new EventHub(),
        dataDir,
      });
      expect(service.status()).toMatchObject({
        jobId: 'j1',
        status: 'interrupted',
        progress: { messagesDone: 3, messagesTotal: 9, etaSeconds: null },
      });
      // A broken file is ignored rather than fatal.
      fs.writeFileSync(jobStatePath(dataDir), '{not json');
      expect(readJobState(jobStatePath(dataDir))).toBeUndefined();
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
