import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { layers } from '../../eslint.layers.js';

// The layers are enforced by the repository's own ESLint configuration (eslint.layers.js):
// these tests lint small pieces of code as if they sat in src-main, with the real config.

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('import direction', () => {
  it('rejects an import from a layer above (an adapter importing a capability)', async () => {
    const ids = await ruleIds(
      'src-main/imap/upwardImport.ts',
      "import { startCopy } from '../copy';\nexport const go = startCopy;\n",
    );
    expect(ids).toContain('import-x/no-restricted-paths');
  });

  it('rejects a capability importing a CLI command, and the platform importing the network', async () => {
    expect(
      await ruleIds(
        'src-main/copy/upwardImport.ts',
        "import { copyCommand } from '../cli/commands/copy';\nexport const c = copyCommand;\n",
      ),
    ).toContain('import-x/no-restricted-paths');
    expect(
      await ruleIds(
        'src-main/vault/upwardImport.ts',
        "import { redact } from '../net';\nexport const r = redact;\n",
      ),
    ).toContain('import-x/no-restricted-paths');
  });

  it('rejects the renderer importing anything of src-main but the contract', async () => {
    expect(
      await ruleIds(
        'src-renderer/upwardImport.ts',
        "import { redact } from '../src-main/net';\nexport const r = redact;\n",
      ),
    ).toContain('import-x/no-restricted-paths');
    expect(
      await ruleIds(
        'src-renderer/contractImport.ts',
        "import { supportedLanguages } from '../src-main/contract';\nexport const l = supportedLanguages;\n",
      ),
    ).toEqual([]);
  });

  it('accepts imports downward and within a layer', async () => {
    expect(
      await ruleIds(
        'src-main/copy/downwardImport.ts',
        "import { redact } from '../net';\nimport { SwitchoverError } from '../errors';\nexport const x = [redact, SwitchoverError];\n",
      ),
    ).toEqual([]);
  });

  it('rejects an import cycle between two folders of one layer', async () => {
    // copyJobs/ (the app's copy jobs) imports copy/ (the engine); the engine importing the
    // jobs back closes a cycle.
    const ids = await ruleIds(
      'src-main/copy/index.ts',
      "import { createCopyJobService } from '../copyJobs';\nexport const s = createCopyJobService;\n",
    );
    expect(ids).toContain('import-x/no-cycle');
    expect(ids).not.toContain('import-x/no-restricted-paths');
  });
});

describe('the layer table', () => {
  const folders = fs
    .readdirSync(path.join(root, 'src-main'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);

  it('places every folder of src-main in exactly one layer, and only folders that exist', () => {
    const listed = layers.flatMap((l) => l.folders);
    expect([...listed].sort()).toEqual([...folders].sort());
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('gives every folder an index.ts as its public face', () => {
    const without = folders.filter(
      (f) => !fs.existsSync(path.join(root, 'src-main', f, 'index.ts')),
    );
    // Entry points, not libraries: Electron loads app/main.ts and app/preload.ts, the terminal
    // runs cli/main.ts.
    expect(without.sort()).toEqual(['app', 'cli']);
  });

  it('is described in docs/ARCHITECTURE.md: every layer and every folder', () => {
    const doc = fs.readFileSync(path.join(root, 'docs', 'ARCHITECTURE.md'), 'utf8');
    for (const layer of layers) expect(doc).toContain(layer.name);
    for (const folder of folders) expect(doc).toContain(`${folder}/`);
  });
});
