import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  readJsonFile,
  readJsonFileSync,
  writeFileAtomic,
  writeFileAtomicSync,
  writeJsonFile,
  writeJsonFileSync,
} from '../../src-main/files';

// The one writer of state and saved files: whole or not at all, private where asked, and JSON
// read back only when it has the expected shape.

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-files-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const shape = z.object({ version: z.literal(1), names: z.array(z.string()) });

describe('files written whole', () => {
  it('replaces the old content and leaves no temporary file behind', async () => {
    const file = path.join(dir, 'state', 'a.json');
    writeFileAtomicSync(file, 'one');
    await writeFileAtomic(file, 'two');
    expect(fs.readFileSync(file, 'utf8')).toBe('two');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['a.json']);
  });

  it('makes private files 0600 in a 0700 folder', async () => {
    const file = path.join(dir, 'private', 'state.json');
    writeJsonFileSync(file, { version: 1, names: [] });
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    await writeJsonFile(path.join(dir, 'private', 'other.json'), {});
    expect(fs.statSync(path.join(dir, 'private', 'other.json')).mode & 0o777).toBe(0o600);
  });

  it('keeps the old file and removes its temporary file when the rename fails', async () => {
    // A folder where the file should be: the rename cannot replace it.
    const file = path.join(dir, 'taken');
    fs.mkdirSync(file);
    expect(() => writeFileAtomicSync(file, 'x')).toThrow();
    await expect(writeFileAtomic(file, 'x')).rejects.toThrow();
    expect(fs.readdirSync(dir)).toEqual(['taken']);
    expect(fs.statSync(file).isDirectory()).toBe(true);
  });

  it('never mixes two writers: each write lands whole', async () => {
    const file = path.join(dir, 'race.json');
    const values = Array.from({ length: 20 }, (_, i) => ({
      version: 1,
      names: [`${i}`.repeat(5000)],
    }));
    await Promise.all(values.map((v) => writeJsonFile(file, v)));
    const read = readJsonFileSync(file, shape);
    expect(read).toBeDefined();
    expect(values.map((v) => v.names[0])).toContain(read?.names[0]);
    expect(fs.readdirSync(dir)).toEqual(['race.json']);
  });
});

describe('JSON read back by shape', () => {
  it('returns the data of the expected shape, undefined for missing, broken or other shapes', async () => {
    const file = path.join(dir, 's.json');
    expect(readJsonFileSync(file, shape)).toBeUndefined();
    fs.writeFileSync(file, '{"version":1,"names":["a"]}');
    expect(readJsonFileSync(file, shape)).toEqual({ version: 1, names: ['a'] });
    expect(await readJsonFile(file, shape)).toEqual({ version: 1, names: ['a'] });
    fs.writeFileSync(file, '{"version":2,"names":["a"]}');
    expect(readJsonFileSync(file, shape)).toBeUndefined();
    fs.writeFileSync(file, '{"version":1,"na');
    expect(await readJsonFile(file, shape)).toBeUndefined();
  });
});
