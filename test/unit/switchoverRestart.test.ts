import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  completion,
  keepOldAccountDays,
  readMemory,
  writeMemory,
} from '../../src-main/switchCheck/index';

// Completion after a restart comes from what was remembered on disk, with the clock of the day
// Switchover is opened again (the e2e moves the file's times back the same way).

const hour = 3600_000;
let dir: string | undefined;
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('completion from the remembered state', () => {
  it('is complete once two quiet days have passed since the probes and the last late message', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-restart-'));
    const now = new Date('2026-11-25T10:00:00Z');
    const probesPassedAt = new Date(now.getTime() - 49 * hour).toISOString();
    const lastStragglerAt = new Date(now.getTime() - 49.5 * hour).toISOString();
    await writeMemory(dir, { stragglers: [], listedKeys: [], probesPassedAt, lastStragglerAt });

    const m = await readMemory(dir);
    const from = (mxState: 'switched' | 'not-switched', at: Date) =>
      completion({
        mxState,
        probeOutcome: m.lastProbes?.outcome ?? 'done',
        probesPassedAt: m.probesPassedAt ? new Date(m.probesPassedAt) : undefined,
        lastStragglerAt: m.lastStragglerAt ? new Date(m.lastStragglerAt) : undefined,
        now: at,
      });
    const done = from('switched', now);
    expect(done.complete).toBe(true);
    // The later of the two starts the quiet period: the probes, 48 h after them.
    expect(done.quietUntil).toBe(new Date(now.getTime() - hour).toISOString());
    expect(done.keepOldAccountUntil).toBe(
      new Date(now.getTime() - hour + keepOldAccountDays * 24 * hour).toISOString(),
    );
    // An hour and a half earlier the quiet period was still running.
    expect(from('switched', new Date(now.getTime() - 1.5 * hour)).waitingFor).toEqual([
      'quiet-period',
    ]);
    // And MX going back to the old provider undoes it.
    expect(from('not-switched', now)).toMatchObject({ complete: false, waitingFor: ['mx'] });
  });

  it('reads a missing or damaged file as nothing remembered', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-restart-'));
    expect(await readMemory(dir)).toEqual({ stragglers: [], listedKeys: [] });
    fs.writeFileSync(path.join(dir, 'switchover.json'), '{ not json');
    expect(await readMemory(dir)).toEqual({ stragglers: [], listedKeys: [] });
    // Valid JSON of the wrong shape was once cast and trusted: a string where the list of late
    // messages belongs broke the switch check on its next start.
    fs.writeFileSync(path.join(dir, 'switchover.json'), '{"stragglers":"x","probesPassedAt":7}');
    expect(await readMemory(dir)).toEqual({ stragglers: [], listedKeys: [] });
  });

  it('keeps what it knows and drops fields it does not', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-restart-'));
    fs.writeFileSync(
      path.join(dir, 'switchover.json'),
      JSON.stringify({ since: '2026-11-25T10:00:00.000Z', stragglers: [], extra: true }),
    );
    expect(await readMemory(dir)).toEqual({
      since: '2026-11-25T10:00:00.000Z',
      stragglers: [],
      listedKeys: [],
    });
  });
});
