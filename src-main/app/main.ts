import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, session, shell } from 'electron';
import { createBackend, type Backend } from '../backend';
import { keepHeapSmall } from '../copy';
import { findKitArgument } from '../kit';
import { encryptedBlobFile, keychainStore, safeStorageStore } from '../vault';
import { appOrigin } from '../security';
import { startUpdateChecks } from './autoUpdate';
import { closeJobs } from './closeJobs';
import { openElectronSettings } from './electronSettings';
import { electronSafeStorage } from './safeStorageAdapter';
import { bindIpc, forwardEvents } from './ipc';
import { lockNavigation } from './navigationLock';
import { lockPermissions } from './permissionLock';
import { registerRendererScheme, serveRenderer } from './rendererProtocol';
import { mainWindowOptions } from './windowOptions';

// Before the window and the backend allocate anything (why: copy/smallHeap.ts).
keepHeapSmall();

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.resolve(here, '../renderer');

let mainWindow: BrowserWindow | null = null;
let backend: Backend | null = null;
/** A kit handed over before the window existed (launch argument, macOS open-file/open-url). */
let pendingKit: string | undefined;

/** Offers a kit that came from outside the window (asked in the window); a bad one is ignored. */
function openKitFromOutside(text: string): void {
  if (!backend) {
    pendingKit = text;
    return;
  }
  try {
    backend.kits.offer(text);
  } catch {
    // The window's "Open kit…" shows the reason when the person tries again.
  }
}

function createWindow(): BrowserWindow {
  // Security review (Electronegativity): the options come from mainWindowOptions() in
  // windowOptions.ts (contextIsolation and sandbox on, no Node), which the tool cannot follow;
  // test/unit/appShell.test.ts and the Electron e2e assert them. A middle-click (auxclick) can
  // only ask for a new window, and lockNavigation's window-open handler denies every one.
  const options = mainWindowOptions(path.join(here, 'preload.cjs'));
  const window = new BrowserWindow(options); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${appOrigin}/index.html`);
  return window;
}

function start(): void {
  // Tests and helpers may point the app at a throwaway data folder.
  if (process.env.SWITCHOVER_DATA_DIR) app.setPath('userData', process.env.SWITCHOVER_DATA_DIR);
  registerRendererScheme();
  // A second launch (e.g. opening a kit file) focuses the running window instead.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // switchover://kit/… links; macOS delivers them and kit files as events, other systems as argv.
  // Security review: a switchover:// link only ever carries kit text, which kit.open validates
  // against the kit schema; opening a kit fills in forms and never signs in or sends anything.
  if (!process.defaultApp) app.setAsDefaultProtocolClient('switchover'); // eng-disable PROTOCOL_HANDLER_JS_CHECK
  pendingKit = findKitArgument(process.argv.slice(1));
  app.on('open-url', (event, url) => {
    event.preventDefault();
    openKitFromOutside(url);
  });
  app.on('open-file', (event, file) => {
    event.preventDefault();
    const text = findKitArgument([file]);
    if (text !== undefined) openKitFromOutside(text);
  });
  app.on('second-instance', (_event, argv) => {
    const kit = findKitArgument(argv.slice(1));
    if (kit !== undefined) openKitFromOutside(kit);
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => lockNavigation(contents));
  app.on('window-all-closed', () => app.quit());
  // A running copy stops cleanly with its state saved ("Continue where it stopped" next time),
  // and a running backup stops with it (bounded: a stalled server must not keep Switchover open).
  let jobsClosed = false;
  app.on('before-quit', (event) => {
    if (jobsClosed || !backend) return;
    event.preventDefault();
    jobsClosed = true;
    void closeJobs([backend.copyJobs.close(), backend.backups.close()]).finally(() => app.quit());
  });

  void app.whenReady().then(() => {
    lockPermissions(session.defaultSession);
    serveRenderer(rendererDir);
    const created = createBackend({
      name: 'Switchover',
      version: app.getVersion(),
      platform: process.platform,
      runtime: 'electron',
      systemLocale: app.getLocale(),
      settings: openElectronSettings(),
      // The copy job's state lives beside the settings, so the next start can continue it.
      dataDir: app.getPath('userData'),
      documentsDir: app.getPath('documents'),
      // "Show in folder" on the Done screen: only paths Switchover itself saved reach this.
      reveal: async (file) => {
        shell.showItemInFolder(file);
        return true;
      },
      // A provider's sign-in page, in the person's own browser (RFC 8252: never a web view here);
      // the address comes from the provider's discovery document, never from the renderer.
      openExternal: (url) => shell.openExternal(url), // eng-disable OPEN_EXTERNAL_JS_CHECK
      // Keychain first; safeStorage (with a real backend) where no keychain works.
      secretStores: [
        keychainStore(),
        safeStorageStore(
          electronSafeStorage(),
          encryptedBlobFile(path.join(app.getPath('userData'), 'passwords.enc.json')),
        ),
      ],
    });
    backend = created;
    bindIpc(ipcMain, created.dispatcher);
    mainWindow = createWindow();
    forwardEvents(created.hub, mainWindow.webContents);
    if (pendingKit !== undefined) {
      const text = pendingKit;
      pendingKit = undefined;
      // After the page loads, so the kit.offered event reaches it (it also asks on load).
      mainWindow.webContents.once('did-finish-load', () => openKitFromOutside(text));
    }
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
    void startUpdateChecks();
  });
}

start();
