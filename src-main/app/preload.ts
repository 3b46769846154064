import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ResultEnvelope, SwitchoverTransport } from '../contract';

// Kept in step with ipc.ts by hand: a sandboxed preload is one self-contained CommonJS file.
const invokeChannel = 'switchover:invoke';
const eventChannel = 'switchover:event';

/**
 * Exactly one object on window: two functions over two fixed channels. The renderer never sees
 * ipcRenderer, so it can reach nothing but the contract.
 */
const transport: SwitchoverTransport = {
  invoke: (name, input) =>
    ipcRenderer.invoke(invokeChannel, String(name), input) as Promise<ResultEnvelope>,
  on(event, listener) {
    const wanted = String(event);
    const forward = (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === wanted) listener(payload);
    };
    ipcRenderer.on(eventChannel, forward);
    return () => {
      ipcRenderer.removeListener(eventChannel, forward);
    };
  },
};

contextBridge.exposeInMainWorld('switchover', transport);
