// Spool files a killed copy left behind are swept when the next copy starts: only Switchover's
// own names, only those no running copy holds (this process's while a copy runs here, another
// process's while it lives), never a link or anything else in the folder.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spoolDir, spoolFileName, sweepSpool } from '../../src-main/copy/spoolSweep';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const uuid = (n: number) => `0000000${n}-aaaa-4bbb-8ccc-dddddddddddd`;

/** A data directory whose spool holds `names` (files, written `ageMs` ago). */
function dataDirWith(names: string[], ageMs = 0): string {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-sweep-'));
  dirs.push(dataDir);
  fs.mkdirSync(spoolDir(dataDir));
  const when = new Date(Date.now() - ageMs);
  for (const name of names) {
    const file = path.join(spoolDir(dataDir), name);
    fs.writeFileSync(file, 'spooled message');
    fs.utimesSync(file, when, when);
  }
  return dataDir;
}

/** A process id that is surely not running: above the kernel's pid_max default. */
const deadPid = 4_194_999;

describe('sweepSpool', () => {
  it('removes leftovers of dead processes and of this one, keeps live ones and strangers', async () => {
    const live = `${process.ppid}-${uuid(3)}.eml`;
    const dataDir = dataDirWith([
      `${deadPid}-${uuid(1)}.eml`,
      spoolFileName(uuid(2)),
      live,
      'notes.txt',
      `${deadPid}-not-a-uuid.eml`,
    ]);
    fs.symlinkSync('/etc/hostname', path.join(spoolDir(dataDir), `${deadPid}-${uuid(4)}.eml`));
    const { removed, done } = await sweepSpool(dataDir);
    done();
    expect(removed.sort()).toEqual([`${deadPid}-${uuid(1)}.eml`, spoolFileName(uuid(2))].sort());
    expect(fs.readdirSync(spoolDir(dataDir)).sort()).toEqual(
      [live, 'notes.txt', `${deadPid}-not-a-uuid.eml`, `${deadPid}-${uuid(4)}.eml`].sort(),
    );
  });

  it('keeps this process’s files while a copy runs here', async () => {
    const dataDir = dataDirWith([]);
    const first = await sweepSpool(dataDir);
    fs.writeFileSync(path.join(spoolDir(dataDir), spoolFileName(uuid(5))), 'in use');
    const second = await sweepSpool(dataDir);
    expect(second.removed).toEqual([]);
    second.done();
    first.done();
    expect((await sweepSpool(dataDir)).removed).toEqual([spoolFileName(uuid(5))]);
  });

  it('removes old-style names once older than this process, and any file a day old', async () => {
    const dataDir = dataDirWith(
      [`${uuid(6)}.eml`, `${process.ppid}-${uuid(7)}.eml`],
      25 * 3600_000,
    );
    const { removed, done } = await sweepSpool(dataDir);
    done();
    expect(removed.sort()).toEqual([`${uuid(6)}.eml`, `${process.ppid}-${uuid(7)}.eml`].sort());
  });

  it('keeps an old-style name written since this process started', async () => {
    const dataDir = dataDirWith([`${uuid(8)}.eml`]);
    const { removed, done } = await sweepSpool(dataDir);
    done();
    expect(removed).toEqual([]);
  });

  it('is quiet when there is no spool folder yet', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-sweep-'));
    dirs.push(dataDir);
    const { removed, done } = await sweepSpool(dataDir);
    done();
    expect(removed).toEqual([]);
  });
});
