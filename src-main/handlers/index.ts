import { createDispatcher, EventHub, type Dispatcher, type Handlers } from '../contract';
import { createAppHandlers, type AppHandlerDeps } from './appHandlers';

export type HandlerDeps = AppHandlerDeps;

/** Binds every contract call to its service; later capabilities add their handlers here. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return { ...createAppHandlers(deps) };
}

export interface Backend {
  dispatcher: Dispatcher;
  hub: EventHub;
}

/** The one composition both transports (Electron IPC and the bridge) serve. */
export function createBackend(deps: Omit<HandlerDeps, 'hub'>): Backend {
  const hub = new EventHub();
  return { hub, dispatcher: createDispatcher(createHandlers({ ...deps, hub })) };
}
