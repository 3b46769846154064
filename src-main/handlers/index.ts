import { createDispatcher, EventHub, type Dispatcher, type Handlers } from '../contract';
import {
  createAccountService,
  createDetector,
  createNetwork,
  type AccountService,
  type Detector,
  type Network,
} from '../accounts';
import { createKitSession, type KitSession } from '../kit';
import { createVault, keychainStore, sessionStore, type SecretStore, type Vault } from '../vault';
import { createAppHandlers, type AppHandlerDeps } from './appHandlers';
import { createAccountHandlers, createKitHandlers } from './accountHandlers';

export interface HandlerDeps extends AppHandlerDeps {
  accounts: AccountService;
  kits: KitSession;
}

/** Binds every contract call to its service; later capabilities add their handlers here. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...createAppHandlers(deps),
    ...createAccountHandlers(deps.accounts),
    ...createKitHandlers(deps.kits),
  };
}

export interface Backend {
  dispatcher: Dispatcher;
  hub: EventHub;
  accounts: AccountService;
  kits: KitSession;
  vault: Vault;
}

/** What a caller may supply; everything missing gets its production default. */
export interface BackendDeps extends Omit<AppHandlerDeps, 'hub'> {
  /** Secret stores tried before the in-memory one (default: the OS keychain). */
  secretStores?: readonly SecretStore[];
  network?: Network;
  detector?: Detector;
  liveTestTimeoutMs?: number;
}

/** The one composition both transports (Electron IPC and the bridge) serve. */
export function createBackend(deps: BackendDeps): Backend {
  const hub = new EventHub();
  const network = deps.network ?? createNetwork();
  const vault = createVault([...(deps.secretStores ?? [keychainStore()]), sessionStore()]);
  const kits = createKitSession(deps.settings, hub);
  const accounts = createAccountService({
    settings: deps.settings,
    vault,
    network,
    detector: deps.detector ?? createDetector({ network }),
    currentKit: () => kits.current(),
    ...(deps.liveTestTimeoutMs ? { liveTestTimeoutMs: deps.liveTestTimeoutMs } : {}),
  });
  const dispatcher = createDispatcher(createHandlers({ ...deps, hub, accounts, kits }));
  return { hub, dispatcher, accounts, kits, vault };
}
