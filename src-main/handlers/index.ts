import {
  createDispatcher,
  EventHub,
  languageFromLocale,
  type Dispatcher,
  type Handlers,
} from '../contract';
import {
  createAccountService,
  createDetector,
  createNetwork,
  type AccountService,
  type Detector,
  type Network,
} from '../accounts';
import { createKitSession, type KitSession } from '../kit';
import { createSendTestService, type SendTestService } from '../smtp';
import { createVault, keychainStore, sessionStore, type SecretStore, type Vault } from '../vault';
import { createAppHandlers, type AppHandlerDeps } from './appHandlers';
import { createAccountHandlers, createKitHandlers } from './accountHandlers';
import { createSendTestHandlers } from './sendTestHandlers';

export interface HandlerDeps extends AppHandlerDeps {
  accounts: AccountService;
  kits: KitSession;
  sendTests: SendTestService;
}

/** Binds every contract call to its service; later capabilities add their handlers here. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...createAppHandlers(deps),
    ...createAccountHandlers(deps.accounts),
    ...createKitHandlers(deps.kits),
    ...createSendTestHandlers(deps.sendTests),
  };
}

export interface Backend {
  dispatcher: Dispatcher;
  hub: EventHub;
  accounts: AccountService;
  kits: KitSession;
  vault: Vault;
  sendTests: SendTestService;
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
  const sendTests = createSendTestService({
    credentials: () => accounts.credentials('new'),
    network,
    language: () => deps.settings.read().language ?? languageFromLocale(deps.systemLocale),
    emit: (name, state) => hub.emit(name, state),
  });
  const dispatcher = createDispatcher(createHandlers({ ...deps, hub, accounts, kits, sendTests }));
  return { hub, dispatcher, accounts, kits, vault, sendTests };
}
