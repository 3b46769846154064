import { events, type EventName, type EventPayload } from './events';

export type EventListener = (name: EventName, payload: unknown) => void;

/** Fans main-process events out to every transport; payloads are checked before they leave. */
export class EventHub {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<N extends EventName>(name: N, payload: EventPayload<N>): void {
    const checked = events[name].parse(payload);
    for (const listener of this.listeners) listener(name, checked);
  }
}
