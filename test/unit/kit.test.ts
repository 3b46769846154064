import { describe, expect, it } from 'vitest';
import type { Kit } from '../../src-main/contract';
import { kitFromArgs } from '../../src-main/kit/createKitCommand';
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
});
