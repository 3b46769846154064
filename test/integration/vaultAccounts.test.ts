import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDetector } from '../../src-main/accounts';
import type { ResultEnvelope } from '../../src-main/contract';
import { createBackend, type Backend } from '../../src-main/backend/index';
import { kitLink } from '../../src-main/kit';
import { openFileSettings } from '../../src-main/store';
import { createVault, keychainService, keychainStore, sessionStore } from '../../src-main/vault';
import { useMailStack } from '../mailstack/forTests';
import { caOf } from './mailClients';
import { createNetwork } from '../../src-main/net';

const stack = useMailStack();
const run = Date.now().toString(36);
const password = `vault-${run}-Pw!`;
const oldUser = `ola-${run}@old.test`;
const newUser = `nia-${run}@new.test`;
let dataDir: string;
let backend: Backend;

async function call(name: string, input: unknown): Promise<unknown> {
  const result: ResultEnvelope = await backend.dispatcher.dispatch(name, input);
  if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
  return result.value;
}

async function keychainPassword(account: string): Promise<string | null> {
  const { AsyncEntry } = await import('@napi-rs/keyring');
  return new AsyncEntry(keychainService, account, {
    linux: { store: 'secret-service' },
  }).getPassword();
}

beforeAll(async () => {
  const e = stack().endpoints;
  // libsecret connects lazily: the private bus must be set before the first keychain use.
  process.env.DBUS_SESSION_BUS_ADDRESS = e.env.DBUS_SESSION_BUS_ADDRESS;
  await stack().createUser('old', `ola-${run}`, 'old.test', password);
  await stack().createUser('new', `nia-${run}`, 'new.test', password);
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchover-accounts-'));
  const network = createNetwork({ dnsServers: [`${e.dns.host}:${e.dns.port}`], ca: caOf(e) });
  backend = createBackend({
    name: 'Switchover',
    version: '0.0.0-test',
    platform: process.platform,
    runtime: 'browser',
    systemLocale: 'en',
    settings: openFileSettings(dataDir),
    network,
    detector: createDetector({ network, ispdbUrl: `https://autoconfig.family.test/none-${run}/` }),
  });
});

afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('vault in gnome-keyring', () => {
  it('stores, reads back and removes a password under service "Switchover"', async () => {
    const vault = createVault([keychainStore(), sessionStore()]);
    const account = `round-${run}@imap.old.test`;
    expect(await vault.save(account, 'secret in the keyring')).toBe('keychain');
    expect(await keychainPassword(account)).toBe('secret in the keyring');
    expect(await vault.read(account)).toBe('secret in the keyring');
    expect(await vault.remove(account)).toBe(true);
    expect(await keychainPassword(account)).toBeNull();
  });
});

describe('kit open → pre-filled new account → sign in both → remove', () => {
  it('opens a kit link, pre-fills detection for the new account and emits kit.opened from outside', async () => {
    const kit = {
      kind: 'switchover-kit' as const,
      version: 1 as const,
      helper: { name: 'Sam', contact: 'sam@family.test' },
      language: 'de' as const,
      newAccount: {
        email: newUser,
        imap: { host: 'imap.new.test', port: 993, security: 'tls' as const },
        smtp: { host: 'smtp.new.test', port: 587, security: 'starttls' as const },
      },
      expectedMx: ['mail.new.test'],
    };
    const opened = (await call('kit.open', { text: kitLink(kit) })) as { kit: unknown };
    expect(opened.kit).toEqual(kit);
    expect(await call('kit.current', {})).toEqual({ kit });

    const detected = (await call('accounts.detect', { role: 'new', email: newUser })) as {
      source: string;
      displayName: string;
      imap: unknown;
      smtp: unknown;
    };
    expect(detected.source).toBe('kit');
    expect(detected.displayName).toBe('Sam');
    expect(detected.imap).toEqual({
      host: 'imap.new.test',
      port: 993,
      security: 'tls',
      username: newUser,
    });
    // The old account is never filled from the kit.
    const oldDetected = (await call('accounts.detect', { role: 'old', email: oldUser })) as {
      source: string;
    };
    expect(oldDetected.source).not.toBe('kit');

    // From outside (a link any page can fire): offered first, used only once accepted.
    const events: unknown[] = [];
    const unsubscribe = backend.hub.subscribe((name, payload) => events.push({ name, payload }));
    const other = { ...kit, helper: { name: 'Mallory' } };
    backend.kits.offer(JSON.stringify(other));
    const offer = { kit: other, replaces: 'Sam', domain: 'new.test', unrelatedHosts: [] };
    expect(events).toEqual([{ name: 'kit.offered', payload: { offer } }]);
    expect(await call('kit.offer', {})).toEqual({ offer });
    expect(await call('kit.current', {})).toEqual({ kit });
    await call('kit.decline', {});
    expect(await call('kit.offer', {})).toEqual({ offer: null });
    expect(await call('kit.current', {})).toEqual({ kit });
    backend.kits.offer(JSON.stringify(kit));
    expect(await call('kit.accept', {})).toEqual({ kit });
    unsubscribe();
    expect(events.at(-1)).toEqual({ name: 'kit.opened', payload: { kit } });
  });

  it('refuses a kit that carries a password (kit.invalid)', async () => {
    const withPassword = JSON.stringify({
      kind: 'switchover-kit',
      version: 1,
      helper: { name: 'Sam' },
      newAccount: {
        imap: { host: 'imap.new.test', port: 993, security: 'tls', password: 'x' },
        smtp: { host: 'smtp.new.test', port: 465, security: 'tls' },
      },
    });
    await expect(call('kit.open', { text: withPassword })).rejects.toMatchObject({
      code: 'kit.invalid',
      details: { field: 'newAccount.imap.password' },
    });
  });

  it('signs in both accounts after live tests; passwords only in the keychain', async () => {
    const oldAccount = await call('accounts.signIn', {
      role: 'old',
      email: oldUser,
      password,
      imap: { host: 'imap.old.test', port: 993, security: 'tls', username: oldUser },
      source: 'guess',
    });
    expect(oldAccount).toMatchObject({ role: 'old', passwordStorage: 'keychain' });
    const newAccount = await call('accounts.signIn', {
      role: 'new',
      email: newUser,
      password,
      imap: { host: 'imap.new.test', port: 993, security: 'tls', username: newUser },
      smtp: { host: 'smtp.new.test', port: 587, security: 'starttls', username: newUser },
      source: 'kit',
    });
    expect(newAccount).toMatchObject({
      role: 'new',
      passwordStorage: 'keychain',
      smtp: { port: 587 },
    });
    expect(await keychainPassword(`${oldUser}@imap.old.test`)).toBe(password);
    expect(await keychainPassword(`${newUser}@smtp.new.test`)).toBe(password);
    const list = (await call('accounts.list', {})) as Record<string, unknown>;
    expect(list).toEqual({ old: oldAccount, new: newAccount });
    const onDisk = fs.readFileSync(path.join(dataDir, 'settings.json'), 'utf8');
    expect(onDisk).toContain(oldUser);
    expect(onDisk).not.toContain(password);
    await expect(backend.accounts.credentials('old')).resolves.toMatchObject({ password });
  });

  it('a wrong password saves nothing', async () => {
    await expect(
      call('accounts.signIn', {
        role: 'old',
        email: `other-${run}@old.test`,
        password: 'not-it-at-all',
        imap: {
          host: 'imap.old.test',
          port: 993,
          security: 'tls',
          username: `other-${run}@old.test`,
        },
        source: 'manual',
      }),
    ).rejects.toMatchObject({ code: 'auth.failed' });
    expect(((await call('accounts.list', {})) as { old: { email: string } }).old.email).toBe(
      oldUser,
    );
    expect(await keychainPassword(`other-${run}@old.test@imap.old.test`)).toBeNull();
  });

  it('an Outlook.com address is refused with auth.oauth-only before any connection', async () => {
    await expect(
      call('accounts.signIn', {
        role: 'old',
        email: 'someone@outlook.com',
        password: 'whatever',
        imap: {
          host: 'outlook.office365.com',
          port: 993,
          security: 'tls',
          username: 'someone@outlook.com',
        },
        source: 'ispdb',
      }),
    ).rejects.toMatchObject({ code: 'auth.oauth-only' });
  });

  it('removing an account removes its keychain entries and settings', async () => {
    expect(await call('accounts.remove', { role: 'new' })).toEqual({ removed: true });
    expect(await keychainPassword(`${newUser}@imap.new.test`)).toBeNull();
    expect(await keychainPassword(`${newUser}@smtp.new.test`)).toBeNull();
    expect(await call('accounts.list', {})).toMatchObject({ new: null });
    expect(await call('accounts.remove', { role: 'old' })).toEqual({ removed: true });
    expect(await keychainPassword(`${oldUser}@imap.old.test`)).toBeNull();
    expect(await call('accounts.remove', { role: 'old' })).toEqual({ removed: false });
  });
});
