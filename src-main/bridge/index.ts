export { startBridge } from './bridgeServer';
export type { BridgeServer, BridgeOptions } from './bridgeServer';
export { openInBrowser, writeLaunchFile } from './openBrowser';
export type { OpenBrowserOptions } from './openBrowser';
