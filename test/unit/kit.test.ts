import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Kit } from '../../src-main/contract';
import { kitCommand, kitFromArgs } from '../../src-main/cli/commands/kit';
import { kitLink, parseKit } from '../../src-main/kit';

const kit: Kit = {
  kind: 'switchover-kit',
  version: 1,
  helper: { name: 'Sam', contact: '+49 123' },
  newAccount: {
    emailPattern: '{localpart}@family.example',
    imap: { host: 'imap.family.example', port: 993, security: 'tls' },
    smtp: { host: 'smtp.family.example', port: 587, security: 'starttls' },
  },
  expectedMx: ['mx1.family.example'],
};

describe('switchover kit', () => {
  it('round-trips through a switchover://kit/ link and JSON text', () => {
    const link = kitLink(kit);
    expect(link).toMatch(/^switchover:\/\/kit\/[A-Za-z0-9_-]+$/);
    expect(parseKit(link)).toEqual(kit);
    expect(parseKit(`  ${JSON.stringify(kit)}\n`)).toEqual(kit);
  });

  it('refuses passwords anywhere, unknown fields, damaged links and non-kits', () => {
    const deep = {
      ...kit,
      newAccount: { ...kit.newAccount, smtp: { ...kit.newAccount.smtp, pass: 'x' } },
    };
    expect(() => parseKit(JSON.stringify(deep))).toThrow(
      expect.objectContaining({ code: 'kit.invalid' }),
    );
    expect(() => parseKit(JSON.stringify({ ...kit, extras: [{ Password: 'x' }] }))).toThrow(
      expect.objectContaining({ code: 'kit.invalid', details: { field: 'extras.0.Password' } }),
    );
    expect(() => parseKit(JSON.stringify({ ...kit, surprise: 1 }))).toThrow(
      expect.objectContaining({ code: 'kit.invalid' }),
    );
    expect(() => parseKit('switchover://kit/%%%')).toThrow(
      expect.objectContaining({ code: 'kit.invalid' }),
    );
    expect(() => parseKit('hello')).toThrow(expect.objectContaining({ code: 'kit.invalid' }));
  });

  it('is built by `switchover kit create` options', () => {
    const built = kitFromArgs([
      '--helper', 'Sam', '--contact', '+49 123', '--email-pattern', '{localpart}@family.example',
      '--imap', 'imap.family.example:993:tls', '--smtp', 'smtp.family.example:587:starttls',
      '--mx', 'mx1.family.example',
    ]); // prettier-ignore
    expect(built).toEqual(kit);
    expect(() =>
      kitFromArgs([
        '--helper',
        'Sam',
        '--imap',
        'x:1:plain',
        '--smtp',
        'y:2:tls',
        '--email',
        'a@b.c',
      ]),
    ).toThrow(/host:port/);
  });

  it('refuses plain-text servers unless they are on this machine', () => {
    const plain = (host: string) =>
      JSON.stringify({
        ...kit,
        newAccount: { ...kit.newAccount, imap: { host, port: 143, security: 'plain' } },
      });
    expect(() => parseKit(plain('imap.family.example'))).toThrow(
      expect.objectContaining({
        code: 'kit.invalid',
        details: { field: 'newAccount.imap.security' },
      }),
    );
    expect(parseKit(plain('127.0.0.1')).newAccount.imap.security).toBe('plain');
  });

  it('refuses hostile input as kit.invalid: deep nesting, huge text, a password after the link', () => {
    const invalid = expect.objectContaining({ code: 'kit.invalid' });
    expect(() => parseKit('['.repeat(30_000) + ']'.repeat(30_000))).toThrow(invalid);
    expect(() => parseKit(`{"a":${'{"a":'.repeat(5000)}1${'}'.repeat(5001)}`)).toThrow(invalid);
    expect(() => parseKit(' '.repeat(10) + 'x'.repeat(70_000))).toThrow(invalid);
    expect(() => parseKit(`${kitLink(kit)}?password=hunter2`)).toThrow(
      expect.objectContaining({ code: 'kit.invalid', details: { field: 'link' } }),
    );
    expect(() => parseKit(`${kitLink(kit)}#p%61ssword=hunter2`)).toThrow(invalid);
    // Harmless things a mail program appends are still fine.
    expect(parseKit(`${kitLink(kit)}?utm_source=mail`)).toEqual(kit);
  });

  it('writes the kit to the file `--out=FILE` names', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kit-'));
    const file = path.join(dir, 'sam.switchover');
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      const code = await kitCommand.run([
        'create', '--helper', 'Sam', '--email', 'zoe@family.example',
        '--imap', 'imap.family.example:993:tls', '--smtp', 'smtp.family.example:587:starttls',
        `--out=${file}`,
      ]); // prettier-ignore
      expect(code).toBe(0);
      expect(parseKit(fs.readFileSync(file, 'utf8')).helper.name).toBe('Sam');
    } finally {
      log.mockRestore();
      write.mockRestore();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
