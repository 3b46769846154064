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
  type AccountService,
  type Detector,
} from '../accounts';
import { createKitSession, type KitSession } from '../kit';
import { createCopyJobService, type CopyJobService } from '../copyJobs';
import { defaultDataDirectory, defaultSaveDirectory } from '../store';
import { createVault, keychainStore, sessionStore, type SecretStore, type Vault } from '../vault';
import { createAppHandlers, type AppHandlerDeps } from './appHandlers';
import { createAccountHandlers, createKitHandlers } from './accountHandlers';
import { createSendTestHandlers } from './sendTestHandlers';
import { createCopyHandlers } from './copyHandlers';
import { createSwitchCheckService, type SwitchCheckService } from '../switchCheck';
import { createDnsClient, type DnsClient } from '../dns';
import { createSwitchCheckHandlers } from './switchCheckHandlers';
import { createBackupService, type BackupService } from '../backup';
import { createBackupHandlers } from './backupHandlers';
import { createDoneHandlers } from './doneHandlers';
import { createHttpRequest, createNetwork, type Network } from '../net';
import { checkIssuerUrl } from '../oauth';
import { createSendTestService, type SendTestService } from '../sendTest';

export interface HandlerDeps extends AppHandlerDeps {
  accounts: AccountService;
  kits: KitSession;
  sendTests: SendTestService;
  copyJobs: CopyJobService;
  switchCheck: SwitchCheckService;
  backups: BackupService;
  /** Where the Done screen saves the phone profile and the report (beside the backups). */
  saveDirectory(): string;
  /** Shows a saved file in the file manager: the desktop app passes Electron's shell. */
  reveal?: (file: string) => Promise<boolean>;
}

/** Binds every contract call to its service; later capabilities add their handlers here. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...createAppHandlers(deps),
    ...createAccountHandlers(deps.accounts),
    ...createKitHandlers(deps.kits),
    ...createSendTestHandlers(deps.sendTests),
    ...createCopyHandlers(deps.copyJobs),
    ...createSwitchCheckHandlers(deps.switchCheck),
    ...createBackupHandlers(deps.backups),
    ...createDoneHandlers(deps),
  };
}

export interface Backend {
  dispatcher: Dispatcher;
  hub: EventHub;
  accounts: AccountService;
  kits: KitSession;
  vault: Vault;
  sendTests: SendTestService;
  copyJobs: CopyJobService;
  switchCheck: SwitchCheckService;
  backups: BackupService;
}

/** What a caller may supply; everything missing gets its production default. */
export interface BackendDeps extends Omit<AppHandlerDeps, 'hub'> {
  /** Secret stores tried before the in-memory one (default: the OS keychain). */
  secretStores?: readonly SecretStore[];
  network?: Network;
  detector?: Detector;
  liveTestTimeoutMs?: number;
  /** Where the copy job keeps its state (default: Switchover's data folder). */
  dataDir?: string;
  /** DNS for the switch checks (default: SWITCHOVER_DNS, else the system's resolvers). */
  dns?: DnsClient;
  /** Where backups are saved (default: SWITCHOVER_SAVE_DIR, else Documents/Switchover). */
  saveDir?: string;
  /**
   * The person's Documents folder as the desktop knows it (Electron's, which follows a Documents
   * folder moved to OneDrive or named "Dokumente"); the save folder goes inside it.
   */
  documentsDir?: string;
  /** "Show in folder" (desktop app only; browser mode answers that it cannot). */
  reveal?: (file: string) => Promise<boolean>;
  /**
   * Opens a provider's sign-in page in the system browser (the desktop app: Electron's shell).
   * Without it (browser mode) the renderer opens it in a new tab from `accounts.authorize`.
   */
  openExternal?: (url: string) => Promise<void>;
  /** How long the person has for the provider's sign-in page (default 10 minutes). */
  oauthTimeoutMs?: number;
}

/** The one composition both transports (Electron IPC and the bridge) serve. */
export function createBackend(deps: BackendDeps): Backend {
  const saveDirectory = () =>
    deps.saveDir ?? defaultSaveDirectory(deps.documentsDir ? { documents: deps.documentsDir } : {});
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
    oauth: {
      open: async (url, { role, provider, deadline, again }) => {
        if (!again)
          hub.emit('accounts.authorize', {
            role,
            url,
            provider,
            deadline: new Date(deadline).toISOString(),
          });
        if (!deps.openExternal) return false;
        // Only a provider's authorization page: built by oauth/ from its discovery document
        // (https, or http on loopback for a test issuer), never an address the renderer sent.
        checkIssuerUrl(url);
        await deps.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
        return true;
      },
      checking: (role) => hub.emit('accounts.signInChecking', { role }),
      language: () => deps.settings.read().language ?? languageFromLocale(deps.systemLocale),
      request: createHttpRequest(network),
      ...(deps.oauthTimeoutMs ? { timeoutMs: deps.oauthTimeoutMs } : {}),
    },
  });
  const sendTests = createSendTestService({
    credentials: () => accounts.credentials('new'),
    network,
    language: () => deps.settings.read().language ?? languageFromLocale(deps.systemLocale),
    emit: (name, state) => hub.emit(name, state),
  });
  const copyJobs = createCopyJobService({
    accounts,
    hub,
    network,
    dataDir: deps.dataDir ?? defaultDataDirectory(),
    language: () => deps.settings.read().language ?? languageFromLocale(deps.systemLocale),
  });
  const switchCheck = createSwitchCheckService({
    credentials: (role) => accounts.credentials(role),
    currentKit: () => kits.current(),
    network,
    dns: deps.dns ?? createDnsClient(),
    dataDir: deps.dataDir ?? defaultDataDirectory(),
    language: () => deps.settings.read().language ?? languageFromLocale(deps.systemLocale),
    emit: (name, payload) => hub.emit(name, payload),
  });
  const backups = createBackupService({
    accounts,
    hub,
    network,
    saveDirectory,
  });
  // A watch that was on when Switchover closed goes on again (stragglers "on the next start").
  void switchCheck.resume().catch(() => undefined);
  const dispatcher = createDispatcher(
    createHandlers({
      ...deps,
      hub,
      accounts,
      kits,
      sendTests,
      copyJobs,
      switchCheck,
      backups,
      saveDirectory,
    }),
  );
  return { hub, dispatcher, accounts, kits, vault, sendTests, copyJobs, switchCheck, backups };
}
