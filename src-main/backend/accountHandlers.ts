import type { Handlers } from '../contract';
import type { AccountService } from '../accounts';
import type { KitSession } from '../kit';

export function createAccountHandlers(
  accounts: AccountService,
): Pick<
  Handlers,
  | 'accounts.detect'
  | 'accounts.signIn'
  | 'accounts.signInWithProvider'
  | 'accounts.cancelSignIn'
  | 'accounts.openSignInPage'
  | 'accounts.list'
  | 'accounts.remove'
> {
  return {
    'accounts.detect': ({ role, email }) => accounts.detect(role, email),
    'accounts.signIn': (input) => accounts.signIn(input),
    'accounts.signInWithProvider': (input) => accounts.signInWithProvider(input),
    'accounts.cancelSignIn': async ({ role }) => ({ cancelled: accounts.cancelSignIn(role) }),
    'accounts.openSignInPage': async ({ role }) => ({
      opened: await accounts.openSignInPage(role),
    }),
    'accounts.list': () => accounts.list(),
    'accounts.remove': async ({ role }) => ({ removed: await accounts.remove(role) }),
  };
}

export function createKitHandlers(
  kits: KitSession,
): Pick<Handlers, 'kit.open' | 'kit.current' | 'kit.offer' | 'kit.accept' | 'kit.decline'> {
  return {
    'kit.open': async ({ text }) => ({ kit: kits.open(text) }),
    'kit.current': async () => ({ kit: kits.current() }),
    'kit.offer': async () => ({ offer: kits.pendingOffer() }),
    'kit.accept': async () => ({ kit: kits.accept() }),
    'kit.decline': async () => {
      kits.decline();
      return {};
    },
  };
}
