import {
  SwitchoverError,
  type AccountRole,
  type AccountSummary,
  type CallInput,
  type DetectedSettings,
  type Kit,
  type Language,
  type ServerSettings,
} from '../contract';
import type { SettingsStore } from '../store';
import { createHttpRequest } from '../net';
import type { HttpRequest, Network } from '../net';
import {
  OAuthAccess,
  findProvider,
  knownProviders,
  refreshTokenKey,
  signInWithProvider,
} from '../oauth';
import type { OAuthProvider, Secret } from '../oauth';
import { vaultAccount, type PasswordStorage, type Vault } from '../vault';
import type { Detector } from './detectSettings';
import { testImap, testSmtp } from './liveTest';
import { cardForDomain, cardForHost } from './providerCards';

export interface AccountServiceDeps {
  settings: SettingsStore;
  vault: Vault;
  network: Network;
  detector: Detector;
  /** The opened kit, if any: it pre-fills the new account. */
  currentKit(): Kit | null;
  liveTestTimeoutMs?: number;
  /** Signing in with the provider's own page (OAuth2). */
  oauth?: OAuthSignInDeps;
}

export interface OAuthSignInDeps {
  /**
   * Opens the provider's page: the system browser in the app, a new tab in browser mode (from
   * the event it is told about). False when it could not open one itself.
   */
  open(
    url: string,
    sign: { role: AccountRole; provider: string; deadline: number; again: boolean },
  ): boolean | Promise<boolean>;
  /** The page is done; the new sign-in is being tried on the servers. */
  checking?(role: AccountRole): void;
  language(): Language;
  /** Default: the built-in providers with this build's client IDs, plus the environment's. */
  providers?: () => readonly OAuthProvider[];
  request?: HttpRequest;
  /** How long the person has to finish the provider's page (default 10 minutes). */
  timeoutMs?: number;
}

export type SignInInput = CallInput<'accounts.signIn'>;
export type ProviderSignInInput = CallInput<'accounts.signInWithProvider'>;

export interface AccountService {
  detect(role: AccountRole, email: string): Promise<DetectedSettings>;
  signIn(input: SignInInput): Promise<AccountSummary>;
  /** The provider's own page in the browser, then the same live test and keeping. */
  signInWithProvider(input: ProviderSignInInput): Promise<AccountSummary>;
  /** Stops a sign-in waiting for the provider's page (oauth.cancelled). */
  cancelSignIn(role: AccountRole): boolean;
  /** Opens the waiting sign-in's page again; false when none waits or none can be opened. */
  openSignInPage(role: AccountRole): Promise<boolean>;
  list(): Promise<{ old: AccountSummary | null; new: AccountSummary | null }>;
  remove(role: AccountRole): Promise<boolean>;
  /**
   * For the services that connect later (copy, send test): settings and the password, or the
   * account's tokens (one source for all its connections, so one refresh at a time).
   */
  credentials(role: AccountRole): Promise<{ account: AccountSummary; password: Secret }>;
}

function vaultAccounts(imap: ServerSettings, smtp: ServerSettings | undefined): string[] {
  const names = [vaultAccount(imap.username, imap.host)];
  if (smtp) names.push(vaultAccount(smtp.username, smtp.host));
  return [...new Set(names)];
}

/** Every vault entry of an account: its passwords, or its refresh token. */
function vaultEntries(account: AccountSummary): string[] {
  return account.oauth
    ? [refreshTokenKey(account.oauth.provider, account.email)]
    : vaultAccounts(account.imap, account.smtp);
}

/** The weakest place any of an account's entries landed in. */
function weakest(storages: readonly PasswordStorage[]): PasswordStorage {
  return storages.includes('session')
    ? 'session'
    : storages.includes('safe-storage')
      ? 'safe-storage'
      : 'keychain';
}

export function createAccountService(deps: AccountServiceDeps): AccountService {
  const stored = () => deps.settings.read().accounts ?? {};
  const providers = () => deps.oauth?.providers?.() ?? knownProviders();
  const request = deps.oauth?.request ?? createHttpRequest(deps.network);
  /** One token source per signed-in account, shared by all its connections. */
  const accesses = new Map<string, OAuthAccess>();
  const signingIn = new Map<AccountRole, AbortController>();
  /** The page of each waiting sign-in, to open again (never one the renderer names). */
  const pages = new Map<AccountRole, { url: string; provider: string; deadline: number }>();

  const forget = async (account: AccountSummary | undefined) => {
    if (!account) return false;
    if (account.oauth) accesses.delete(refreshTokenKey(account.oauth.provider, account.email));
    const removed = await Promise.all(vaultEntries(account).map((name) => deps.vault.remove(name)));
    return removed.some(Boolean);
  };

  /** Keeps a signed-in account, and forgets what the role's previous one left in the vault. */
  const keep = async (summary: AccountSummary) => {
    const previous = stored()[summary.role];
    if (previous) {
      const now = new Set(vaultEntries(summary));
      await Promise.all(
        vaultEntries(previous)
          .filter((name) => !now.has(name))
          .map((name) => deps.vault.remove(name)),
      );
    }
    deps.settings.update({ accounts: { ...stored(), [summary.role]: summary } });
    return summary;
  };

  const accessFor = (account: AccountSummary & { oauth: { provider: string } }) => {
    const key = refreshTokenKey(account.oauth.provider, account.email);
    const known = accesses.get(key);
    if (known) return known;
    const provider = providers().find((p) => p.id === account.oauth.provider);
    if (!provider?.clientId)
      throw new SwitchoverError(
        'oauth.no-client-id',
        `This build of Switchover cannot sign in with ${account.oauth.provider}.`,
        { provider: account.oauth.provider },
      );
    const access = new OAuthAccess(account.imap.username, provider, deps.vault, request);
    accesses.set(key, access);
    return access;
  };

  return {
    async detect(role, email) {
      const kit = role === 'new' ? deps.currentKit() : null;
      return (await deps.detector.detect({ email, kit })).settings;
    },

    async signIn(input) {
      const domain = input.email.slice(input.email.lastIndexOf('@') + 1);
      const card = cardForDomain(domain) ?? cardForHost(input.imap.host);
      if (card?.passwordSignInPossible === false) {
        throw new SwitchoverError(
          'auth.oauth-only',
          'This provider does not allow signing in with a password.',
          { card: card.id },
        );
      }
      if (input.role === 'new' && !input.smtp) {
        throw new SwitchoverError(
          'settings.not-found',
          'The outgoing mail server of the new account is missing.',
        );
      }
      const options = {
        network: deps.network,
        password: input.password,
        timeoutMs: deps.liveTestTimeoutMs,
        ...(card ? { card } : {}),
      };
      // Nothing is saved unless every live test passes.
      await testImap(input.imap, options);
      const smtpResult = input.smtp ? await testSmtp(input.smtp, options) : undefined;
      const smtp = smtpResult?.server;

      const names = vaultAccounts(input.imap, smtp);
      const storages = [];
      for (const name of names) storages.push(await deps.vault.save(name, input.password));
      const previous = stored()[input.role];
      if (previous) {
        const keep = new Set(names);
        await Promise.all(
          vaultAccounts(previous.imap, previous.smtp)
            .filter((name) => !keep.has(name))
            .map((name) => deps.vault.remove(name)),
        );
      }
      const summary: AccountSummary = {
        role: input.role,
        email: input.email,
        imap: input.imap,
        ...(smtp ? { smtp } : {}),
        // The weakest place any of its entries landed in.
        passwordStorage: storages.includes('session')
          ? 'session'
          : storages.includes('safe-storage')
            ? 'safe-storage'
            : 'keychain',
        source: input.source,
        ...(smtpResult?.portBlocked
          ? {
              notices: [
                {
                  code: 'smtp.port-blocked' as const,
                  message: `Port ${smtpResult.portBlocked.tried} seems blocked on this network; Switchover uses port ${smtpResult.portBlocked.used} instead.`,
                },
              ],
            }
          : {}),
      };
      deps.settings.update({ accounts: { ...stored(), [input.role]: summary } });
      return summary;
    },

    async signInWithProvider(input) {
      const oauth = deps.oauth;
      const provider = findProvider({ email: input.email, imapHost: input.imap.host }, providers());
      if (!oauth || !provider)
        throw new SwitchoverError(
          'oauth.failed',
          `Switchover knows no sign-in page for ${input.email}.`,
        );
      if (input.role === 'new' && !input.smtp) {
        throw new SwitchoverError(
          'settings.not-found',
          'The outgoing mail server of the new account is missing.',
        );
      }
      signingIn.get(input.role)?.abort();
      const cancel = new AbortController();
      signingIn.set(input.role, cancel);
      const timeoutMs = oauth.timeoutMs ?? 10 * 60_000;
      const deadline = Date.now() + timeoutMs;
      try {
        const signed = await signInWithProvider({
          provider,
          email: input.email,
          request,
          open: async (url) => {
            pages.set(input.role, { url, provider: provider.id, deadline });
            await oauth.open(url, {
              role: input.role,
              provider: provider.id,
              deadline,
              again: false,
            });
          },
          language: oauth.language(),
          signal: cancel.signal,
          timeoutMs,
        });
        pages.delete(input.role);
        oauth.checking?.(input.role);
        const imap: ServerSettings = { ...input.imap, auth: 'oauth2' };
        const options = {
          network: deps.network,
          accessToken: signed.accessToken,
          timeoutMs: deps.liveTestTimeoutMs,
        };
        // Nothing is kept unless every live test passes with the new token.
        await testImap(imap, options);
        const smtpResult = input.smtp
          ? await testSmtp({ ...input.smtp, auth: 'oauth2' }, options)
          : undefined;
        const key = refreshTokenKey(provider.id, input.email);
        const storage = await deps.vault.save(key, signed.refreshToken);
        accesses.set(key, new OAuthAccess(imap.username, provider, deps.vault, request, signed));
        const summary: AccountSummary = {
          role: input.role,
          email: input.email,
          imap,
          ...(smtpResult ? { smtp: smtpResult.server } : {}),
          passwordStorage: weakest([storage]),
          source: input.source,
          oauth: { provider: provider.id, name: provider.name },
        };
        return await keep(summary);
      } finally {
        if (signingIn.get(input.role) === cancel) {
          signingIn.delete(input.role);
          pages.delete(input.role);
        }
      }
    },

    async openSignInPage(role) {
      const page = pages.get(role);
      if (!page || !deps.oauth) return false;
      return deps.oauth.open(page.url, { role, ...page, again: true });
    },

    cancelSignIn(role) {
      const pending = signingIn.get(role);
      pending?.abort();
      return pending !== undefined;
    },

    async list() {
      const accounts = stored();
      // A secret kept only for the last session is gone now: that account must sign in again.
      const live = async (account: AccountSummary | undefined) => {
        if (!account) return null;
        if (account.passwordStorage !== 'session') return account;
        const name = vaultEntries(account)[0] ?? '';
        return (await deps.vault.read(name)) === null ? null : account;
      };
      return { old: await live(accounts.old), new: await live(accounts.new) };
    },

    async remove(role) {
      const accounts = stored();
      const account = accounts[role];
      if (!account) return false;
      await forget(account);
      deps.settings.update({ accounts: { ...accounts, [role]: undefined } });
      return true;
    },

    async credentials(role) {
      const account = stored()[role];
      if (!account) {
        throw new SwitchoverError('account.missing', `The ${role} account is not signed in.`);
      }
      if (account.oauth)
        return { account, password: accessFor({ ...account, oauth: account.oauth }) };
      const password = await deps.vault.read(
        vaultAccount(account.imap.username, account.imap.host),
      );
      if (password === null) {
        throw new SwitchoverError(
          'account.missing',
          `The password of the ${role} account is no longer available.`,
        );
      }
      return { account, password };
    },
  };
}
