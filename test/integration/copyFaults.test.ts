import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCopy } from '../../src-main/copy';
import type { CopyEndpoint, CopyReport } from '../../src-main/copy';
import { TcpProxy } from '../bench/tcpProxy';
import { useMailStack } from '../mailstack/forTests';
import { caOf, endpointOf, makeMessage, run, snapshotMailbox } from './copyFixtures';
import type { MailboxSnapshot } from './copyFixtures';

const stack = useMailStack();
const password = 'fault test password';
const id = run();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-faults-'));
const folders = ['INBOX', 'INBOX.Lists', 'INBOX.Lists.Deep'];
const perFolder = 120;

function hashes(snapshot: MailboxSnapshot, folder: string): string[] {
  return (snapshot[folder]?.messages ?? []).map((m) => m.sha256).sort();
}

describe('copy survives dropped connections', () => {
  let before: MailboxSnapshot;
  const oldEndpoint = () => endpointOf(stack().endpoints, 'old', `faults-${id}@old.test`, password);
  const newEndpoint = () => endpointOf(stack().endpoints, 'new', `faults-${id}@new.test`, password);

  beforeAll(async () => {
    await stack().createUser('old', `faults-${id}`, 'old.test', password);
    await stack().createUser('new', `faults-${id}`, 'new.test', password);
    for (const folder of folders) {
      const messages = Array.from({ length: perFolder }, (_, i) => ({
        raw: makeMessage({
          seed: `${folder}-${i % 100}-${id}`,
          bodyBytes: 500 + ((i * 7919) % 40_000),
        }),
        flags: i % 3 === 0 ? ['\\Seen'] : [],
        internalDate: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000),
      }));
      // i % 100 makes 20 genuine duplicates per folder: they must stay duplicates.
      await stack().seedMessages('old', `faults-${id}@old.test`, folder, messages);
    }
    before = await snapshotMailbox(oldEndpoint(), caOf(stack().endpoints));
  }, 120_000);

  afterAll(async () => {
    const after = await snapshotMailbox(oldEndpoint(), caOf(stack().endpoints));
    expect(before).toBeDefined();
    expect(after).toEqual(before);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('cuts every connection at ≥ 10 random points, then finds exactly the source set', async () => {
    const endpoints = stack().endpoints;
    const proxies = await Promise.all(
      (['old', 'new'] as const).map((p) =>
        TcpProxy.start({
          listenHost: endpoints.providers[p].host,
          targetHost: endpoints.providers[p].host,
          targetPort: endpoints.providers[p].imaps,
          rttMs: 20,
        }),
      ),
    );
    const via = (e: CopyEndpoint, proxy: TcpProxy): CopyEndpoint => ({
      password: e.password,
      settings: { ...e.settings, port: proxy.port },
    });
    const [oldProxy, newProxy] = proxies as [TcpProxy, TcpProxy];
    const options = {
      source: via(oldEndpoint(), oldProxy),
      target: via(newEndpoint(), newProxy),
      ca: caOf(endpoints),
      dataDir,
      // One slow lane each way, small batches: many moments to cut while messages move.
      sourceConnections: 1,
      targetConnections: 1,
      batchMessages: 5,
      batchBytes: 128 * 1024,
      maxRetriesWithoutProgress: 20,
      progressIntervalMs: 20,
    };
    const cutPoints: number[] = [];
    const reports: CopyReport[] = [];
    const deadline = Date.now() + 60_000;
    try {
      // Copies run (and are re-run) while a cutter drops all connections at random moments.
      while (cutPoints.length < 10 && Date.now() < deadline) {
        const job = startCopy(options);
        let finished = false;
        const done = job.done
          .then(
            (r) => {
              reports.push(r);
              return r;
            },
            (e: unknown) => {
              reports.push({ status: 'incomplete', summary: String(e) } as CopyReport);
              return undefined;
            },
          )
          .finally(() => {
            finished = true;
          });
        let progress = 0;
        job.on((e) => {
          if (e.type === 'progress') progress = e.messagesDone;
        });
        while (!finished && cutPoints.length < 10 && Date.now() < deadline) {
          // Cut while messages are moving: wait until some arrived since the last cut, then
          // pick a random moment.
          const mark = progress;
          while (!finished && progress === mark && Date.now() < deadline) {
            await new Promise((r) => setTimeout(r, 5));
          }
          await new Promise((r) => setTimeout(r, Math.random() * 40));
          const proxy = Math.random() < 0.5 ? oldProxy : newProxy;
          // Any moment of the work counts: indexing and verifying run on the same connections.
          const working = ['indexing', 'copying', 'verifying'].includes(job.state);
          if (!finished && working && proxy.cutAll() > 0) cutPoints.push(progress);
        }
        const report = await done;
        if (report?.status === 'complete' && report.copied === 0) break;
      }
    } finally {
      await Promise.all(proxies.map((p) => p.close()));
    }
    expect(cutPoints.length).toBeGreaterThanOrEqual(10);

    // A clean re-run finishes the job and verifies.
    const final = await startCopy({ ...options, source: oldEndpoint(), target: newEndpoint() })
      .done;
    expect(final.status, final.summary).toBe('complete');
    const after = await snapshotMailbox(newEndpoint(), caOf(endpoints));
    const map: Record<string, string> = {
      INBOX: 'INBOX',
      'INBOX.Lists': 'Lists',
      'INBOX.Lists.Deep': 'Lists/Deep',
    };
    for (const folder of folders) {
      expect(hashes(after, map[folder] ?? folder), folder).toEqual(hashes(before, folder));
    }
    const copiedTotal = reports.reduce((n, r) => n + (r.copied ?? 0), 0) + final.copied;
    console.log(
      `fault test: ${cutPoints.length} cuts at messages ${cutPoints.join(',')}; ` +
        `${reports.length} interrupted runs, ${reports.reduce((n, r) => n + (r.retries ?? 0), 0)} reconnects; ` +
        `${copiedTotal} appends acknowledged, ${folders.length * perFolder - copiedTotal} landed ` +
        `with their answer cut off (found by the re-index, not appended twice); ` +
        `final run copied ${final.copied}`,
    );
    expect(copiedTotal).toBeLessThanOrEqual(folders.length * perFolder);
  }, 120_000);
});
