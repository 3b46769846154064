import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planFolders } from '../../src-main/copy';
import type { CopyJob, CopyReport } from '../../src-main/copy';
import {
  createCopyJobService,
  jobStatePath,
  readJobState,
  writeJobState,
} from '../../src-main/copyJobs';
import { EventHub, type CopyJobView, type CopyReportView } from '../../src-main/contract';
import type { FolderTree } from '../../src-main/imap';
import { account, copyJobView, pairKey } from './copyJobFixtures';

// A copy paused by a provider's daily limit ('waiting') goes on by itself later; the person can
// still stop it: it ends as a cancelled copy, and its timer never starts it again.

const inboxOnly: FolderTree = {
  namespace: { prefix: '', delimiter: '/' },
  folders: [{ path: 'INBOX', delimiter: '/', segments: ['INBOX'], noselect: false, messages: 2 }],
};

function waitingJob(resumeAt: string): CopyJobView {
  const report: CopyReportView = {
    status: 'paused',
    resumeAfter: resumeAt,
    stopReason: { code: 'provider.daily-limit', message: 'The limit for today is reached.' },
    copied: 1,
    skipped: 0,
    failed: 0,
    alreadyThere: 0,
    deletedLeftBehind: 0,
    bytes: 10,
    seconds: 1,
    verified: false,
    folders: [],
  };
  return copyJobView(
    { status: 'waiting', report, resumeAt },
    { phase: 'done', rate: 0, etaSeconds: 0 },
  );
}

/** A service over a data folder holding a job that waits until `resumeAt`. */
async function withWaitingJob(
  resumeAt: string,
  test: (
    service: ReturnType<typeof createCopyJobService>,
    seen: { finished: CopyJobView[]; engines: number },
    dataDir: string,
  ) => Promise<void>,
): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-waiting-'));
  writeJobState(jobStatePath(dataDir), {
    accounts: pairKey,
    job: waitingJob(resumeAt),
    plan: planFolders(inboxOnly, inboxOnly),
  });
  const hub = new EventHub();
  const seen = { finished: [] as CopyJobView[], engines: 0 };
  hub.subscribe((name, payload) => {
    if (name === 'copy.finished') seen.finished.push(payload as CopyJobView);
  });
  // An engine that runs until cancelled: only whether one was started matters here.
  let end: () => void = () => undefined;
  const engine: CopyJob = {
    state: 'planning',
    on: () => () => undefined,
    pause: () => undefined,
    resume: () => undefined,
    cancel: () => end(),
    done: new Promise<CopyReport>((_resolve, reject) => {
      end = () => reject(new Error('cancelled'));
    }),
  };
  const service = createCopyJobService({
    accounts: {
      credentials: (role) => Promise.resolve({ account: account(role), password: 'pw' }),
    },
    hub,
    dataDir,
    startCopy: () => {
      seen.engines += 1;
      return engine;
    },
  });
  try {
    await test(service, seen, dataDir);
  } finally {
    await service.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

describe('a copy waiting for a provider’s daily limit', () => {
  it('is shown as waiting, with when it goes on', async () => {
    const at = new Date(Date.now() + 3_600_000).toISOString();
    await withWaitingJob(at, async (service, seen) => {
      expect(service.status()).toMatchObject({ status: 'waiting', resumeAt: at });
      await Promise.resolve();
      expect(seen.engines).toBe(0);
    });
  });

  it('can be stopped: it ends as a cancelled copy, on disk too, and is announced', async () => {
    // Soon enough that a timer left running would have started it again within the test.
    const at = new Date(Date.now() + 300).toISOString();
    await withWaitingJob(at, async (service, seen, dataDir) => {
      const stopped = service.cancel();
      expect(stopped.status).toBe('finished');
      expect(stopped.resumeAt).toBeUndefined();
      expect(stopped.report?.status).toBe('cancelled');
      expect(stopped.report?.resumeAfter).toBeUndefined();
      expect(stopped.report?.copied).toBe(1);
      expect(seen.finished.map((job) => job.report?.status)).toEqual(['cancelled']);
      expect(readJobState(jobStatePath(dataDir))?.job.status).toBe('finished');
      expect(service.status()?.status).toBe('finished');
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(seen.engines).toBe(0);
    });
  });

  it('goes on by itself when its time comes', async () => {
    const at = new Date(Date.now() + 100).toISOString();
    await withWaitingJob(at, async (service, seen) => {
      await expect.poll(() => seen.engines, { timeout: 3000 }).toBe(1);
      expect(service.status()?.status).toBe('running');
    });
  });
});
