import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { SwitchoverError, type Dispatcher, type EventHub, type ResultEnvelope } from '../contract';
import { isTrustedRendererUrl } from '../security';

export const invokeChannel = 'switchover:invoke';
export const eventChannel = 'switchover:event';

/** Only our own top-level page may call: not an iframe, not a page that navigated elsewhere. */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return (
    frame !== null &&
    frame.parent === null &&
    isTrustedRendererUrl(frame.url) &&
    !frame.isDestroyed()
  );
}

/**
 * Binds the whole contract to one IPC channel. `ipcMain` is a parameter so the binding can be
 * exercised with a stand-in outside Electron.
 */
export function bindIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  dispatcher: Dispatcher,
): () => void {
  ipcMain.handle(invokeChannel, async (event, name: unknown, input: unknown) => {
    if (!isTrustedSender(event)) {
      const error = new SwitchoverError('ipc.forbidden-sender', 'This window may not do that.');
      return { ok: false, error: error.toWire() } satisfies ResultEnvelope;
    }
    return dispatcher.dispatch(name, input);
  });
  return () => ipcMain.removeHandler(invokeChannel);
}

/** Forwards contract events to a window for as long as it lives. */
export function forwardEvents(hub: EventHub, contents: WebContents): void {
  const unsubscribe = hub.subscribe((name, payload) => {
    if (!contents.isDestroyed()) contents.send(eventChannel, name, payload);
  });
  contents.once('destroyed', unsubscribe);
}
