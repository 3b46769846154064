/// <reference types="vite/client" />
import type { SwitchoverTransport } from '../src-main/contract';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode, where the WebSocket bridge is used. */
    switchover?: SwitchoverTransport;
  }
}
