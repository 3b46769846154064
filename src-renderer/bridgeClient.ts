import {
  bridgePath,
  serverMessageSchema,
  tokenParameter,
  unauthorizedCloseCode,
  type ClientMessage,
  type ResultEnvelope,
  type SwitchoverTransport,
  type WireError,
} from '../src-main/contract';

type Listener = (payload: unknown) => void;

const firstRetryDelayMs = 250;
const maxRetryDelayMs = 10_000;

const disconnected: WireError = {
  code: 'bridge.disconnected',
  message: 'The connection to Switchover was lost.',
};
const unauthorized: WireError = {
  code: 'bridge.unauthorized',
  message: 'This page is not allowed to talk to Switchover.',
};

export function bridgeUrl(token: string): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}${bridgePath}?${tokenParameter}=${encodeURIComponent(token)}`;
}

/**
 * The WebSocket side of the contract for browser mode and end-to-end tests. It imitates the
 * Electron preload: calls resolve to result envelopes (never reject), events fan out to listeners.
 * A dropped socket fails the calls in flight with 'bridge.disconnected' (their outcome is unknown,
 * so they are not silently resent) and reconnects with growing delays; a refused token (close code
 * 4401) stops for good.
 */
export class BridgeClient implements SwitchoverTransport {
  private socket: WebSocket | undefined;
  private nextId = 1;
  private retryDelayMs = firstRetryDelayMs;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private refused = false;
  /** Calls waiting for an answer, whether already sent or queued until the socket opens. */
  private readonly pending = new Map<number, (envelope: ResultEnvelope) => void>();
  private readonly unsent: ClientMessage[] = [];
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(private readonly url: string | undefined) {
    if (url === undefined) this.refused = true;
  }

  invoke(name: string, input: unknown): Promise<ResultEnvelope> {
    if (this.refused) return Promise.resolve({ ok: false, error: unauthorized });
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      const message: ClientMessage = { id, call: name, input };
      if (this.socket?.readyState === WebSocket.OPEN) {
        this.socket.send(JSON.stringify(message));
      } else {
        this.unsent.push(message);
        // Someone is waiting: don't make them sit out the backoff delay.
        this.connectNow();
      }
    });
  }

  on(event: string, listener: Listener): () => void {
    let forEvent = this.listeners.get(event);
    if (!forEvent) {
      forEvent = new Set();
      this.listeners.set(event, forEvent);
    }
    forEvent.add(listener);
    // Events only flow over an open socket.
    if (!this.refused) this.connectNow();
    return () => {
      forEvent.delete(listener);
    };
  }

  private connectNow(): void {
    if (this.socket || this.refused || this.url === undefined) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;

    const socket = new WebSocket(this.url);
    this.socket = socket;
    socket.addEventListener('open', () => {
      this.retryDelayMs = firstRetryDelayMs;
      for (const message of this.unsent.splice(0)) socket.send(JSON.stringify(message));
    });
    socket.addEventListener('message', (event) => this.receive(event.data));
    socket.addEventListener('close', (event) => this.handleClose(event.code));
  }

  private receive(data: unknown): void {
    if (typeof data !== 'string') return;
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      return;
    }
    const parsed = serverMessageSchema.safeParse(json);
    if (!parsed.success) return;
    const message = parsed.data;
    if ('event' in message) {
      for (const listener of this.listeners.get(message.event) ?? []) listener(message.payload);
      return;
    }
    // An error with no id answers a message the server could not read at all: nobody to tell.
    if (message.id === null) return;
    const settle = this.pending.get(message.id);
    if (!settle) return;
    this.pending.delete(message.id);
    settle(message.ok ? { ok: true, value: message.value } : { ok: false, error: message.error });
  }

  private handleClose(code: number): void {
    this.socket = undefined;
    this.refused = code === unauthorizedCloseCode;
    const error = this.refused ? unauthorized : disconnected;
    this.unsent.length = 0;
    for (const settle of this.pending.values()) settle({ ok: false, error });
    this.pending.clear();
    if (!this.refused) this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    // Jitter keeps several tabs from hammering the bridge in lockstep.
    const delay = this.retryDelayMs * (0.75 + Math.random() * 0.5);
    this.retryDelayMs = Math.min(this.retryDelayMs * 2, maxRetryDelayMs);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.connectNow();
    }, delay);
  }
}
