import {
  SwitchoverError,
  type AccountRole,
  type AccountSummary,
  type CallInput,
  type DetectedSettings,
  type Kit,
  type ServerSettings,
} from '../contract';
import type { SettingsStore } from '../store';
import { vaultAccount, type Vault } from '../vault';
import type { Detector } from './detectSettings';
import { testImap, testSmtp } from './liveTest';
import type { Network } from '../net';
import { cardForDomain, cardForHost } from './providerCards';

export interface AccountServiceDeps {
  settings: SettingsStore;
  vault: Vault;
  network: Network;
  detector: Detector;
  /** The opened kit, if any: it pre-fills the new account. */
  currentKit(): Kit | null;
  liveTestTimeoutMs?: number;
}

export type SignInInput = CallInput<'accounts.signIn'>;

export interface AccountService {
  detect(role: AccountRole, email: string): Promise<DetectedSettings>;
  signIn(input: SignInInput): Promise<AccountSummary>;
  list(): Promise<{ old: AccountSummary | null; new: AccountSummary | null }>;
  remove(role: AccountRole): Promise<boolean>;
  /** For the services that connect later (copy, send test): settings and password. */
  credentials(role: AccountRole): Promise<{ account: AccountSummary; password: string }>;
}

function vaultAccounts(imap: ServerSettings, smtp: ServerSettings | undefined): string[] {
  const names = [vaultAccount(imap.username, imap.host)];
  if (smtp) names.push(vaultAccount(smtp.username, smtp.host));
  return [...new Set(names)];
}

export function createAccountService(deps: AccountServiceDeps): AccountService {
  const stored = () => deps.settings.read().accounts ?? {};

  const forget = async (account: AccountSummary | undefined) => {
    if (!account) return false;
    const removed = await Promise.all(
      vaultAccounts(account.imap, account.smtp).map((name) => deps.vault.remove(name)),
    );
    return removed.some(Boolean);
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

    async list() {
      const accounts = stored();
      // A password kept only for the last session is gone now: that account must sign in again.
      const live = async (account: AccountSummary | undefined) => {
        if (!account) return null;
        if (account.passwordStorage !== 'session') return account;
        const name = vaultAccount(account.imap.username, account.imap.host);
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
