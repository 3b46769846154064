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
  /** Accounts whose saved password a later step saw refused, until they sign in again. */
  passwordRejected: Record<AccountRole, boolean>;
  /** A later step was refused with the saved password and sends the person to sign in again. */
  markPasswordRejected: (role: AccountRole) => void;
}

/** The two accounts of the switch, as far as the main side knows them. */
export function useAccounts(): AccountsState {
  const [accounts, setAccounts] = useState<SignedInAccounts>();
  const [passwordRejected, setPasswordRejected] = useState({ old: false, new: false });

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
    setPasswordRejected((known) => ({ ...known, [summary.role]: false }));
  }, []);

  const remove = useCallback(async (role: AccountRole) => {
    try {
      await api.call('accounts.remove', { role });
    } catch (error) {
      throw SwitchoverError.from(error);
    }
    setAccounts((known) => ({ old: null, new: null, ...known, [role]: null }));
    setPasswordRejected((known) => ({ ...known, [role]: false }));
  }, []);

  const markPasswordRejected = useCallback((role: AccountRole) => {
    setPasswordRejected((known) => ({ ...known, [role]: true }));
  }, []);

  return { accounts, signedIn, remove, passwordRejected, markPasswordRejected };
}
