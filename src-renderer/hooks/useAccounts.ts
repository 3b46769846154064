import { useCallback, useEffect, useState } from 'react';
import { SwitchoverError, type AccountRole, type AccountSummary } from '../../src-main/contract';
import { api } from '../api';

export type SignedInAccounts = Record<AccountRole, AccountSummary | null>;

export interface AccountsState {
  /** Undefined until Switchover has said which accounts are already signed in. */
  accounts: SignedInAccounts | undefined;
  signedIn: (summary: AccountSummary) => void;
  /** Forgets an account (and its password); resolves once done, rejects with a SwitchoverError. */
  remove: (role: AccountRole) => Promise<void>;
}

/** The two accounts of the switch, as far as the main side knows them. */
export function useAccounts(): AccountsState {
  const [accounts, setAccounts] = useState<SignedInAccounts>();

  useEffect(() => {
    let stale = false;
    api.call('accounts.list', {}).then(
      (listed) => {
        if (!stale) setAccounts((known) => known ?? listed);
      },
      // Nothing listed: the screens simply ask for the accounts again.
      () => {
        if (!stale) setAccounts((known) => known ?? { old: null, new: null });
      },
    );
    return () => {
      stale = true;
    };
  }, []);

  const signedIn = useCallback((summary: AccountSummary) => {
    setAccounts((known) => ({ old: null, new: null, ...known, [summary.role]: summary }));
  }, []);

  const remove = useCallback(async (role: AccountRole) => {
    try {
      await api.call('accounts.remove', { role });
    } catch (error) {
      throw SwitchoverError.from(error);
    }
    setAccounts((known) => ({ old: null, new: null, ...known, [role]: null }));
  }, []);

  return { accounts, signedIn, remove };
}
