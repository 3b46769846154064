import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, session } from 'electron';
import { createBackend } from '../handlers';
import { appOrigin } from '../security';
import { openElectronSettings } from './electronSettings';
import { bindIpc, forwardEvents } from './ipc';
import { lockNavigation } from './navigationLock';
import { registerRendererScheme, serveRenderer } from './rendererProtocol';
import { mainWindowOptions } from './windowOptions';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.resolve(here, '../renderer');

let mainWindow: BrowserWindow | null = null;

function createWindow(): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(path.join(here, 'preload.cjs')));
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
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => lockNavigation(contents));
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, grant) =>
      grant(false),
    );
    serveRenderer(rendererDir);
    const backend = createBackend({
      name: 'Switchover',
      version: app.getVersion(),
      platform: process.platform,
      runtime: 'electron',
      systemLocale: app.getLocale(),
      settings: openElectronSettings(),
    });
    bindIpc(ipcMain, backend.dispatcher);
    mainWindow = createWindow();
    forwardEvents(backend.hub, mainWindow.webContents);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });
}

start();
