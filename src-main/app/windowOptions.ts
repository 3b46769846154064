import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** The renderer gets no Node, its own JavaScript world, and Chromium's OS sandbox. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  };
}

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1100,
    height: 800,
    minWidth: 640,
    minHeight: 560,
    title: 'Switchover',
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  };
}
