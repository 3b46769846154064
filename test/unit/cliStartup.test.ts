import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/cliBuild';

// `switchover copy` must start fast: its chunks (and the chunks they import statically) must not
// load the contract's zod schemas, nodemailer or the settings store. A value import of the
// contract from the network layer once pulled zod into the copy command's start-up.

let outdir: string;
let cli: string;
beforeAll(async () => {
  outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-cli-'));
  cli = await buildCli(outdir);
}, 60_000);
afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

/** Every package a chunk loads at start-up: its static imports, followed through local chunks. */
function packagesLoadedBy(file: string, seen = new Set<string>()): Set<string> {
  const packages = new Set<string>();
  if (seen.has(file)) return packages;
  seen.add(file);
  const text = fs.readFileSync(file, 'utf8');
  for (const [, spec] of text.matchAll(/^import\s[^;]*?from\s*["']([^"']+)["']/gm)) {
    if (spec === undefined) continue;
    if (spec.startsWith('.')) {
      for (const p of packagesLoadedBy(path.resolve(path.dirname(file), spec), seen))
        packages.add(p);
    } else packages.add(spec);
  }
  return packages;
}

function commandChunk(name: string): string {
  const text = fs.readFileSync(cli, 'utf8');
  const found = [...text.matchAll(/import\(["'](\.\/cli-chunks\/([a-zA-Z]+)-[A-Z0-9]+\.js)["']\)/g)]
    .filter((m) => m[2] === name)
    .map((m) => m[1]);
  expect(found.length, `a chunk for ${name}`).toBeGreaterThan(0);
  return path.join(outdir, found[0] ?? '');
}

describe('the command line starts only what a command needs', () => {
  it('copy: no zod, nodemailer, conf or electron-store, nor the HTTP and DNS modules', () => {
    const loaded = packagesLoadedBy(commandChunk('copy'));
    // net/ (on every connection's path) loads node:http, https and dns/promises only when it
    // first fetches or resolves: loaded with it, they cost a re-run with nothing new 6 MB of peak
    // RSS and 20 ms (measured).
    const heavy = ['zod', 'nodemailer', 'conf', 'electron-store', 'node:http', 'node:https'];
    for (const module of [...heavy, 'node:dns/promises']) {
      expect(loaded.has(module), module).toBe(false);
    }
  });

  it('backup: no zod, nodemailer or conf', () => {
    const loaded = packagesLoadedBy(commandChunk('backup'));
    for (const heavy of ['zod', 'nodemailer', 'conf']) expect(loaded.has(heavy), heavy).toBe(false);
  });

  it('detect does load the contract (the check finds zod where it is)', () => {
    expect(packagesLoadedBy(commandChunk('detect')).has('zod')).toBe(true);
  });
});
