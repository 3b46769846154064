// `switchover copy` as a child process with no password in its environment: it finds the ones the
// desktop app saved in the keychain (gnome-keyring on the mail stack's private D-Bus), under the
// same user@host names; a login with nothing saved and no terminal fails at once with
// auth.password-missing instead of waiting for a prompt nobody sees.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keychainStore, vaultAccount } from '../../src-main/vault';
import { useMailStack } from '../mailstack/forTests';
import { runSwitchover } from './cliChild';
import { makeMessage, run } from './copyFixtures';

const stack = useMailStack();
const password = `keychain cli ${Math.random().toString(36).slice(2)}`;
const id = run();
const oldUser = `kc-${id}@old.test`;
const newUser = `kc-${id}@new.test`;
const unsavedUser = `kc-none-${id}@new.test`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-kc-'));
const keychain = keychainStore();
const saved: string[] = [];

async function cli(
  command: 'copy' | 'verify',
  to: string,
): Promise<{ code: number | null; lines: Record<string, unknown>[]; ms: number }> {
  const e = stack().endpoints;
  // No password variable reaches the child: only the keychain can supply them.
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^SWITCHOVER_.*PASSWORD$/.test(name)),
  );
  Object.assign(env, {
    NODE_EXTRA_CA_CERTS: e.caCertPath,
    DBUS_SESSION_BUS_ADDRESS: e.env.DBUS_SESSION_BUS_ADDRESS,
    SWITCHOVER_DATA_DIR: dataDir,
  });
  // stdin is not a terminal: no prompt may be shown.
  const { code, lines, ms } = await runSwitchover(
    [
      command,
      '--from',
      `imap://${encodeURIComponent(oldUser)}@${e.providers.old.host}:${e.providers.old.imaps}`,
      '--to',
      `imap://${encodeURIComponent(to)}@${e.providers.new.host}:${e.providers.new.imaps}`,
      '--json',
    ],
    env,
    { timeoutMs: 60_000 },
  );
  return { code, lines, ms };
}

describe('CLI passwords from the keychain', () => {
  beforeAll(async () => {
    // The in-process keychain (for saving, as the app does) talks to the same private bus.
    process.env.DBUS_SESSION_BUS_ADDRESS = stack().endpoints.env.DBUS_SESSION_BUS_ADDRESS;
    await stack().createUser('old', `kc-${id}`, 'old.test', password);
    await stack().createUser('new', `kc-${id}`, 'new.test', password);
    await stack().createUser('new', `kc-none-${id}`, 'new.test', password);
    await stack().seedMessages('old', oldUser, 'INBOX', [
      { raw: makeMessage({ seed: `kc-${id}` }), flags: ['\\Seen'], internalDate: new Date() },
    ]);
    const e = stack().endpoints;
    for (const [user, host] of [
      [oldUser, e.providers.old.host],
      [newUser, e.providers.new.host],
    ] as const) {
      const name = vaultAccount(user, host);
      await keychain.store(name, password);
      saved.push(name);
    }
  }, 60_000);

  afterAll(async () => {
    for (const name of saved) await keychain.remove(name).catch(() => false);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('copy with no password variables finds both passwords in the keychain', async () => {
    const { code, lines } = await cli('copy', newUser);
    expect(lines.find((l) => l.type === 'error')).toBeUndefined();
    expect(lines.at(-1)).toMatchObject({ type: 'summary', verified: true, copied: 1, failed: 0 });
    expect(code).toBe(0);
  }, 90_000);

  it('nothing saved for the login and no terminal: auth.password-missing, at once', async () => {
    const { code, lines, ms } = await cli('verify', unsavedUser);
    expect(code).toBe(1);
    expect(lines.at(-1)).toMatchObject({
      type: 'error',
      error: { code: 'auth.password-missing' },
    });
    expect(JSON.stringify(lines.at(-1))).toContain('SWITCHOVER_TO_PASSWORD');
    expect(JSON.stringify(lines)).not.toContain(password);
    expect(ms).toBeLessThan(30_000);
  }, 60_000);
});
