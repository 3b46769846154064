export { startBridge } from './bridgeServer';
export type { BridgeServer, BridgeOptions } from './bridgeServer';
