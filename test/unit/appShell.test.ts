import { describe, expect, it } from 'vitest';
import { bindIpc, invokeChannel } from '../../src-main/app/ipc';
import { lockPermissions } from '../../src-main/app/permissionLock';
import { createBackend } from '../../src-main/backend/index';
import { createSettingsStore } from '../../src-main/store';
import type { ResultEnvelope } from '../../src-main/contract';

// Electron's types are reached through bindIpc's own signature: tests never import electron.
type StandInIpcMain = Parameters<typeof bindIpc>[0];
type IpcMainInvokeEvent = Parameters<Parameters<StandInIpcMain['handle']>[1]>[0];
type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

/** A stand-in for ipcMain: ipc.ts never imports Electron at run time, so this is all it needs. */
function standInIpcMain() {
  const handlers = new Map<string, Handler>();
  const ipcMain = {
    handle: (channel: string, handler: Handler) => void handlers.set(channel, handler),
    removeHandler: (channel: string) => void handlers.delete(channel),
  } as unknown as StandInIpcMain;
  return { ipcMain, handlers };
}

function senderEvent(url: string, options: { subframe?: boolean } = {}): IpcMainInvokeEvent {
  const frame = { url, parent: options.subframe ? {} : null, isDestroyed: () => false };
  return { senderFrame: frame } as unknown as IpcMainInvokeEvent;
}

function bound() {
  const { ipcMain, handlers } = standInIpcMain();
  const { dispatcher } = createBackend({
    name: 'Switchover',
    version: '0.0.1',
    platform: 'darwin',
    runtime: 'electron',
    systemLocale: 'es-MX',
    settings: createSettingsStore({ store: {} }),
  });
  const unbind = bindIpc(ipcMain, dispatcher);
  const handler = handlers.get(invokeChannel);
  if (!handler) throw new Error('bindIpc registered nothing');
  const invoke = (event: IpcMainInvokeEvent, name: unknown, input: unknown) =>
    handler(event, name, input) as Promise<ResultEnvelope>;
  return { invoke, unbind, handlers };
}

describe('Electron IPC binding', () => {
  it('answers our own page through the contract', async () => {
    const { invoke } = bound();
    const result = await invoke(senderEvent('app://switchover/index.html'), 'app.info', {});
    expect(result.ok && result.value).toMatchObject({ runtime: 'electron', language: 'es' });
  });

  it.each([
    ['another origin', 'https://evil.example/', false],
    ['a file page', 'file:///tmp/x.html', false],
    ['an iframe of our page', 'app://switchover/index.html', true],
  ])('refuses %s', async (_label, url, subframe) => {
    const { invoke } = bound();
    const result = await invoke(senderEvent(url, { subframe }), 'app.info', {});
    expect(result.ok ? 'ok' : result.error.code).toBe('ipc.forbidden-sender');
  });

  it('refuses a destroyed sender frame', async () => {
    const { invoke } = bound();
    const event = { senderFrame: null } as unknown as IpcMainInvokeEvent;
    const result = await invoke(event, 'app.info', {});
    expect(result.ok ? 'ok' : result.error.code).toBe('ipc.forbidden-sender');
  });

  it('validates input with the contract schema', async () => {
    const { invoke } = bound();
    const result = await invoke(senderEvent('app://switchover/'), 'app.setLanguage', {
      language: 7,
    });
    expect(result.ok ? 'ok' : result.error.code).toBe('ipc.invalid-input');
  });

  it('removes its handler when unbound', () => {
    const { unbind, handlers } = bound();
    unbind();
    expect(handlers.size).toBe(0);
  });
});

describe('window options', () => {
  it('give the renderer no Node, an isolated world and the sandbox', async () => {
    const { secureWebPreferences, mainWindowOptions } =
      await import('../../src-main/app/windowOptions');
    expect(secureWebPreferences('/p/preload.cjs')).toMatchObject({
      preload: '/p/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(mainWindowOptions('/p/preload.cjs').webPreferences?.sandbox).toBe(true);
  });
});

describe('permissions', () => {
  it('refuses every permission request and answers every permission check with no', () => {
    type Lockable = Parameters<typeof lockPermissions>[0];
    type RequestHandler = Parameters<Lockable['setPermissionRequestHandler']>[0];
    type CheckHandler = Parameters<Lockable['setPermissionCheckHandler']>[0];
    let request: RequestHandler = null;
    let check: CheckHandler = null;
    lockPermissions({
      setPermissionRequestHandler: (handler) => void (request = handler),
      setPermissionCheckHandler: (handler) => void (check = handler),
    });
    const granted: boolean[] = [];
    // Electron's handlers take Electron objects; the lock never looks at them.
    const asRequest = request as unknown as (...args: unknown[]) => void;
    asRequest({}, 'media', (ok: boolean) => granted.push(ok), {});
    expect(granted).toEqual([false]);
    expect(check).not.toBeNull();
    for (const permission of ['clipboard-read', 'media', 'notifications', 'hid', 'serial']) {
      expect(
        (check as unknown as (...a: unknown[]) => boolean)({}, permission, 'app://switchover', {}),
      ).toBe(false);
    }
  });
});
