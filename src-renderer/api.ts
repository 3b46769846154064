import {
  calls,
  events,
  resultEnvelopeSchema,
  SwitchoverError,
  type CallInput,
  type CallName,
  type CallOutput,
  type EventName,
  type EventPayload,
  type SwitchoverTransport,
} from '../src-main/contract';
import { BridgeClient, bridgeUrl } from './bridgeClient';
import { takeBridgeToken } from './bridgeToken';

/** The Electron preload when running in the app, otherwise the WebSocket bridge. */
function pickTransport(): SwitchoverTransport {
  if (window.switchover) return window.switchover;
  const token = takeBridgeToken();
  return new BridgeClient(token === undefined ? undefined : bridgeUrl(token));
}

let transport: SwitchoverTransport | undefined;

function currentTransport(): SwitchoverTransport {
  transport ??= pickTransport();
  return transport;
}

/** Reads the token out of the address bar right away, before anything else can copy the URL. */
export function connectToSwitchover(): void {
  currentTransport();
}

export const api = {
  /** Calls the main side; resolves with its checked answer or throws a SwitchoverError. */
  async call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> {
    let raw: unknown;
    try {
      raw = await currentTransport().invoke(name, input);
    } catch (error) {
      throw SwitchoverError.from(error);
    }
    const envelope = resultEnvelopeSchema.safeParse(raw);
    if (!envelope.success) {
      throw new SwitchoverError('ipc.invalid-output', `The answer to "${name}" was malformed.`);
    }
    if (!envelope.data.ok) throw SwitchoverError.fromWire(envelope.data.error);
    // The main side checks too, but the renderer trusts only what it has checked itself.
    const output = calls[name].output.safeParse(envelope.data.value);
    if (!output.success) {
      throw new SwitchoverError('ipc.invalid-output', `The answer to "${name}" was malformed.`);
    }
    return output.data as CallOutput<N>;
  },

  /** Listens to a main-side event; payloads that don't match the contract are dropped. */
  on<N extends EventName>(name: N, listener: (payload: EventPayload<N>) => void): () => void {
    return currentTransport().on(name, (payload) => {
      const parsed = events[name].safeParse(payload);
      if (parsed.success) listener(parsed.data as EventPayload<N>);
    });
  },
};

/**
 * In the app the main side opens a provider's sign-in page in the system browser itself; in
 * browser mode nothing does, so the page that asked opens it in a new tab.
 */
export function opensSignInPageItself(): boolean {
  // No window at all: rendered outside a page (the render tests), where nothing opens anything.
  return typeof window !== 'undefined' && window.switchover !== undefined;
}
