import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EventHub,
  type AccountSummary,
  type CopyJobView,
  type CopyProgressView,
} from '../../src-main/contract';
import {
  createCopyJobService,
  type CopyCredentials,
  type CopyJobService,
} from '../../src-main/copyJobs';
import { TcpProxy } from '../bench/tcpProxy';
import { useMailStack } from '../mailstack/forTests';
import { caOf, makeMessage, run, settingsOf } from './copyFixtures';

// The copy job service of screen 4 against the test providers: the plan the screen shows, a
// dropped folder copied inside another, "copy everything", "nothing new", and continuing after
// Switchover stopped in the middle of a copy.

const stack = useMailStack();
const id = run();
const password = 'copy jobs test password';
const oldUser = `jobs-${id}@old.test`;
const newUser = `jobs-${id}@new.test`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-jobs-'));

const seeded: Record<string, number> = {
  INBOX: 5,
  'INBOX.Sent': 3,
  'INBOX.Family': 2,
  'INBOX.Family.2019': 4,
  'INBOX.Family.2019.Holidays': 1,
  'INBOX.Big': 30,
};
const total = Object.values(seeded).reduce((a, b) => a + b, 0);

function summary(role: 'old' | 'new'): AccountSummary {
  const endpoints = stack().endpoints;
  return {
    role,
    email: role === 'old' ? oldUser : newUser,
    imap: settingsOf(endpoints, role, role === 'old' ? oldUser : newUser),
    passwordStorage: 'session',
    source: 'manual',
  };
}

const accounts: CopyCredentials = {
  credentials: async (role: 'old' | 'new') => ({ account: summary(role), password }),
};

interface Recorder {
  hub: EventHub;
  progress: CopyProgressView[];
  finished: CopyJobView[];
}

function recorder(): Recorder {
  const hub = new EventHub();
  const r: Recorder = { hub, progress: [], finished: [] };
  hub.subscribe((name, payload) => {
    if (name === 'copy.progress') r.progress.push(payload as CopyProgressView);
    if (name === 'copy.finished') r.finished.push(payload as CopyJobView);
  });
  return r;
}

function service(r: Recorder, engineOptions = {}, credentials = accounts): CopyJobService {
  return createCopyJobService({
    accounts: credentials,
    hub: r.hub,
    dataDir,
    ca: caOf(stack().endpoints),
    engineOptions,
  });
}

async function finishedJob(r: Recorder, jobId: string, timeoutMs = 60_000): Promise<CopyJobView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = r.finished.find((j) => j.jobId === jobId);
    if (job) return job;
    if (Date.now() > deadline) throw new Error(`job ${jobId} did not finish in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Message counts per folder on the new account, straight from the server. */
async function newCounts(): Promise<Record<string, number>> {
  const p = stack().endpoints.providers.new;
  const client = new ImapFlow({
    host: p.host,
    port: p.imaps,
    secure: true,
    auth: { user: newUser, pass: password },
    tls: { ca: [caOf(stack().endpoints)] },
    logger: false,
  });
  await client.connect();
  try {
    const counts: Record<string, number> = {};
    for (const box of await client.list({ statusQuery: { messages: true } })) {
      counts[box.path] = box.status?.messages ?? 0;
    }
    return counts;
  } finally {
    await client.logout();
  }
}

beforeAll(async () => {
  await stack().createUser('old', `jobs-${id}`, 'old.test', password);
  await stack().createUser('new', `jobs-${id}`, 'new.test', password);
  for (const [folder, count] of Object.entries(seeded)) {
    const bodyBytes = folder === 'INBOX.Big' ? 200_000 : 300;
    await stack().seedMessages(
      'old',
      oldUser,
      folder,
      Array.from({ length: count }, (_, i) => ({
        raw: makeMessage({ seed: `${id}-${folder}-${i}`, bodyBytes }),
      })),
    );
  }
}, 60_000);

afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the copy job service against the test providers', () => {
  it('shows both trees and the plan, copies a dropped folder inside another, then the rest', async () => {
    const r = recorder();
    const jobs = service(r);
    const plan = await jobs.plan();
    const oldFolders = new Map(plan.old.folders.map((f) => [f.path, f]));
    expect(oldFolders.get('INBOX')?.role).toBe('inbox');
    expect(oldFolders.get('INBOX.Sent')?.role).toBe('sent');
    expect(oldFolders.get('INBOX.Family.2019')).toMatchObject({
      name: '2019',
      depth: 1,
      parent: 'INBOX.Family',
      messages: 4,
    });
    expect(oldFolders.get('INBOX.Family.2019')?.bytes).toBeGreaterThan(4 * 300);
    // Parents come before their children, Inbox first.
    expect(plan.old.folders[0]?.path).toBe('INBOX');
    const order = plan.old.folders.map((f) => f.path);
    expect(order.indexOf('INBOX.Family')).toBeLessThan(order.indexOf('INBOX.Family.2019'));
    expect(plan.new.folders.find((f) => f.path === 'Archive')?.role).toBe('archive');
    const entry = (source: string) => plan.entries.find((e) => e.source === source);
    expect(entry('INBOX.Sent')).toMatchObject({ target: 'Sent', targetExists: true });
    expect(entry('INBOX.Family.2019')).toMatchObject({ target: 'Family/2019', action: 'copy' });

    // While dragging: what the drop would create.
    expect(await jobs.previewDrop({ source: 'INBOX.Family.2019', into: 'Archive' })).toEqual({
      target: 'Archive/2019',
      exists: false,
      folders: 2,
    });
    expect(await jobs.previewDrop({ source: 'INBOX.Family.2019', into: null })).toMatchObject({
      target: 'Family/2019',
      exists: false,
    });

    const started = await jobs.start({ drop: { source: 'INBOX.Family.2019', into: 'Archive' } });
    expect(started.status).toBe('running');
    expect(started.folders).toEqual(['INBOX.Family.2019', 'INBOX.Family.2019.Holidays']);
    await expect(jobs.start({ folders: 'all' })).rejects.toMatchObject({ code: 'copy.busy' });
    const dropped = await finishedJob(r, started.jobId);
    expect(dropped.status).toBe('finished');
    expect(dropped.report).toMatchObject({ status: 'complete', copied: 5, skipped: 0 });
    expect(r.progress.some((p) => p.jobId === started.jobId && p.phase === 'copying')).toBe(true);
    let counts = await newCounts();
    expect(counts['Archive/2019']).toBe(4);
    expect(counts['Archive/2019/Holidays']).toBe(1);
    expect(counts['Family/2019']).toBeUndefined();
    expect(jobs.status()?.jobId).toBe(started.jobId);

    // The drop is remembered in the plan; everything else follows the engine's mapping.
    const after = await jobs.plan();
    expect(after.changed).toBe(true);
    expect(after.entries.find((e) => e.source === 'INBOX.Family.2019')).toMatchObject({
      target: 'Archive/2019',
      matchedBy: 'user',
      targetExists: true,
    });
    expect(after.new.folders.find((f) => f.path === 'Archive/2019')?.messages).toBe(4);

    const everything = await jobs.start({ folders: 'all' });
    const all = await finishedJob(r, everything.jobId);
    expect(all.report).toMatchObject({ status: 'complete', copied: total - 5, alreadyThere: 5 });
    counts = await newCounts();
    expect(counts.INBOX).toBe(5);
    expect(counts.Sent).toBe(3);
    expect(counts.Family).toBe(2);
    expect(counts.Big).toBe(30);
    const perFolder = new Map(all.report?.folders.map((f) => [f.source, f]));
    expect(perFolder.get('INBOX.Big')).toMatchObject({ sourceMessages: 30, copied: 30 });

    // Copying again is safe, and says there is nothing new.
    const again = await jobs.start({});
    const nothing = await finishedJob(r, again.jobId);
    expect(nothing.report).toMatchObject({ status: 'complete', copied: 0, alreadyThere: total });
    expect((await newCounts()).Big).toBe(30);
  }, 120_000);

  it('continues where it stopped after Switchover quit in the middle of a copy', async () => {
    // The new provider behind a 60 ms round trip, one message per batch: copying the 30 big
    // messages takes seconds, so the quit below lands in the middle of it, not after it.
    const target = stack().endpoints.providers.new;
    const proxy = await TcpProxy.start({
      listenHost: target.host,
      targetHost: target.host,
      targetPort: target.imaps,
      rttMs: 60,
    });
    // Both runs reach the new account the same way: a job continues only for the same accounts.
    const viaProxy: CopyCredentials = {
      credentials: async (role) => {
        const found = await accounts.credentials(role);
        if (role === 'old') return found;
        const imap = { ...found.account.imap, port: proxy.port };
        return { ...found, account: { ...found.account, imap } };
      },
    };
    try {
      // A fresh target folder for the big one, so there is something to copy again.
      const first = recorder();
      const slow = {
        sourceConnections: 1,
        targetConnections: 1,
        batchMessages: 1,
        batchBytes: 1,
        // One message in flight at a time: each waits for the new server's answer (one round
        // trip), so the copy cannot run ahead of what it has reported.
        byteBudget: 1,
        // Progress often enough to be seen between two messages.
        progressIntervalMs: 20,
      };
      const jobs = service(first, slow, viaProxy);
      await jobs.plan();
      await jobs.changePlan({ source: 'INBOX.Big', into: 'Archive' });
      const started = await jobs.start({ folders: ['INBOX.Big'] });
      // Quit at a moment seen from outside: some messages copied, not all of them.
      const midway = (p: CopyProgressView) =>
        p.jobId === started.jobId && p.messagesDone >= 1 && p.messagesDone < p.messagesTotal;
      const deadline = Date.now() + 30_000;
      while (!first.progress.some(midway)) {
        if (first.finished.length > 0)
          throw new Error('the job finished before it was seen midway');
        if (Date.now() > deadline) throw new Error('no progress within 30 s');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await jobs.close();
      // Quitting drops the connections: what is still on its way through the proxy is lost, as
      // it would be with a process that ended. Then the server's count settles.
      proxy.cutAll();
      expect(first.finished).toEqual([]);
      let stoppedAt = -1;
      const settle = Date.now() + 10_000;
      for (;;) {
        const count = (await newCounts())['Archive/Big'] ?? 0;
        if (count === stoppedAt || Date.now() > settle) break;
        stoppedAt = count;
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      console.log(`quit midway: ${stoppedAt} of 30 on the server`);
      expect(stoppedAt).toBeGreaterThanOrEqual(1);
      expect(stoppedAt).toBeLessThan(30);

      // The next Switchover finds the job it left behind.
      const second = recorder();
      const again = service(second, {}, viaProxy);
      const interrupted = again.status();
      expect(interrupted).toMatchObject({ jobId: started.jobId, status: 'interrupted' });
      expect(interrupted?.folders).toEqual(['INBOX.Big']);
      const resumed = await again.start({ resume: true });
      const done = await finishedJob(second, resumed.jobId);
      expect(done.report).toMatchObject({ status: 'complete' });
      expect((done.report?.copied ?? 0) + (done.report?.alreadyThere ?? 0)).toBe(30);
      expect(done.report?.copied).toBe(30 - stoppedAt);
      const counts = await newCounts();
      expect(counts['Archive/Big']).toBe(30);
      expect(counts.Big).toBe(30);
      expect(again.status()).toMatchObject({ jobId: resumed.jobId, status: 'finished' });
      // The file on disk has no password in it.
      expect(fs.readFileSync(path.join(dataDir, 'copy-job.json'), 'utf8')).not.toContain(password);
    } finally {
      await proxy.close();
    }
  }, 120_000);
});
