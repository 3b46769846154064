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
  type CopyJobServiceDeps,
  type ListedAccount,
  planForFolders,
  previewDrop,
  readJobState,
  writeJobState,
} from '../../src-main/copyJobs';
import {
  EventHub,
  SwitchoverError,
  type AccountSummary,
  type CopyJobView,
  type CopyPlan,
  type CopyProgressView,
} from '../../src-main/contract';
import type { CopyEvent, CopyJob, CopyReport } from '../../src-main/copy';
import { account, copyJobView, pairKey } from './copyJobFixtures';
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

const cancelledReport: CopyReport = {
  status: 'cancelled',
  copied: 0,
  skipped: 0,
  failed: 0,
  alreadyThere: 0,
  deletedLeftBehind: 0,
  bytes: 0,
  seconds: 0,
  verified: false,
  folders: [],
  summary: '',
  retries: 0,
  peakBudgetBytes: 0,
};

/** An engine driven by the test: it emits what the test says, and records what it was asked. */
function fakeEngine() {
  const listeners = new Set<(event: CopyEvent) => void>();
  const asked: string[] = [];
  let finish: (report: CopyReport) => void = () => undefined;
  const engine: CopyJob = {
    state: 'planning',
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    pause: () => asked.push('pause'),
    resume: () => asked.push('resume'),
    cancel: () => {
      asked.push('cancel');
      finish(cancelledReport);
    },
    done: new Promise<CopyReport>((resolve) => {
      finish = resolve;
    }),
  };
  const emit = (event: CopyEvent) => listeners.forEach((listener) => listener(event));
  return { engine, asked, emit };
}

/** What a Switchover that stopped mid-copy left on disk. */
const interruptedJob = () => copyJobView({ jobId: 'j0' });

describe('the copy job service without servers', () => {
  const withService = async (
    test: (
      service: ReturnType<typeof createCopyJobService>,
      fake: ReturnType<typeof fakeEngine>,
      phases: CopyProgressView['phase'][],
      dataDir: string,
    ) => Promise<void>,
    deps: Partial<CopyJobServiceDeps> = {},
  ) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-jobservice-'));
    const fake = fakeEngine();
    const hub = new EventHub();
    const phases: CopyProgressView['phase'][] = [];
    hub.subscribe((name, payload) => {
      if (name === 'copy.progress') phases.push((payload as CopyProgressView).phase);
    });
    writeJobState(jobStatePath(dataDir), { accounts: pairKey, job: interruptedJob(), plan: base });
    const service = createCopyJobService({
      accounts: {
        credentials: (role) => Promise.resolve({ account: account(role), password: 'pw' }),
      },
      hub,
      dataDir,
      startCopy: () => fake.engine,
      ...deps,
    });
    try {
      await test(service, fake, phases, dataDir);
    } finally {
      await service.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  };

  it('stays paused when the engine moves on to planning after pause()', async () => {
    await withService(async (service, fake, phases, dataDir) => {
      const started = await service.start({ resume: true });
      expect(started.status).toBe('running');
      // Paused before the engine has even planned: its later state events say "planning",
      // "indexing", but the job is and stays paused until resume().
      expect(service.pause().status).toBe('paused');
      fake.emit({ type: 'state', state: 'planning' });
      fake.emit({ type: 'state', state: 'indexing' });
      expect(service.status()).toMatchObject({ status: 'paused', progress: { phase: 'paused' } });
      expect(phases.at(-1)).toBe('paused');
      // What a restart would find on disk says paused too.
      expect(readJobState(jobStatePath(dataDir))?.job.progress.phase).toBe('paused');
      expect(fake.asked).toEqual(['pause']);
      expect(service.resume().status).toBe('running');
      fake.emit({ type: 'state', state: 'copying' });
      expect(service.status()).toMatchObject({ status: 'running', progress: { phase: 'copying' } });
      expect(fake.asked).toEqual(['pause', 'resume']);
    });
  });

  it('lists the new side again when a copy ends, never from a listing begun before its end', async () => {
    // The new INBOX as the server holds it; a listing reads it as it begins, and answers when the
    // gate opens.
    let newInbox = 0;
    let gate = Promise.resolve();
    const listedRoles: string[] = [];
    const listAccount = async (a: AccountSummary): Promise<ListedAccount> => {
      listedRoles.push(a.role);
      const messages = a.role === 'new' ? newInbox : 3;
      await gate;
      return { email: a.email, tree: tree('', '/', [['INBOX', messages]]), sizes: new Map() };
    };
    const inbox = (plan: CopyPlan) => plan.new.folders.find((f) => f.path === 'INBOX')?.messages;
    await withService(
      async (service) => {
        expect(inbox(await service.plan())).toBe(0);
        await service.start({ resume: true });
        let open: () => void = () => undefined;
        gate = new Promise((resolve) => {
          open = resolve;
        });
        // Asked while the copy runs (a reload, say): it sees the new side before the copy's end.
        const during = service.plan(true);
        await expect.poll(() => listedRoles.length).toBe(4);
        newInbox = 2;
        service.cancel();
        await expect.poll(() => service.status()?.status).toBe('finished');
        // What the screen asks when it hears copy.finished.
        const after = service.plan();
        open();
        expect(inbox(await after)).toBe(2);
        expect(inbox(await during)).toBe(0);
        // The older answer did not replace the newer one; the old side (only read) was kept.
        expect(inbox(await service.plan())).toBe(2);
        expect(listedRoles).toEqual(['old', 'new', 'old', 'new', 'new']);
      },
      { listAccount },
    );
  });

  it('answers pause, resume and cancel without a running job with copy.no-job', async () => {
    await withService(async (service) => {
      for (const act of [() => service.pause(), () => service.resume(), () => service.cancel()]) {
        let caught: unknown;
        try {
          act();
        } catch (error) {
          caught = error;
        }
        expect(caught).toBeInstanceOf(SwitchoverError);
        expect((caught as SwitchoverError).code).toBe('copy.no-job');
      }
      // The interrupted job is still offered, untouched.
      expect(service.status()?.status).toBe('interrupted');
    });
  });
});

describe('the desktop shell and the copy job', () => {
  // Electron is not installed on every machine, so the wiring is checked in the source: without
  // it the job state goes to the bridge's default folder and a quit never saves it.
  const main = fs.readFileSync(
    path.join(import.meta.dirname, '../../src-main/app/main.ts'),
    'utf8',
  );

  it('keeps the job state in the app data folder and closes the job before quitting', () => {
    expect(main).toMatch(/createBackend\(\{[\s\S]*dataDir: app\.getPath\('userData'\)/);
    expect(main).toMatch(/app\.on\('before-quit'[\s\S]*backend\.copyJobs\.close\(\)/);
  });
});
