import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, session } from 'electron';
import { createBackend } from '../handlers';
import { appOrigin } from '../security';
import { openElectronSettings } from './electronSettings';
import { bindIpc, forwardEvents } from './ipc';
import { lockNavigation } from './navigationLock';
import { registerRendererScheme, serveRenderer } from './rendererProtocol';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.resolve(here, '../renderer');

let mainWindow: BrowserWindow | null = null;

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1100,
    height: 800,
    minWidth: 640,
    minHeight: 560,
    title: 'Switchover',
    show: false,
    webPreferences: {
      preload: path.join(here, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${appOrigin}/index.html`);
  return window;
}

function start(): void {
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
