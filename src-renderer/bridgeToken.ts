import { tokenParameter } from '../src-main/contract';

const storageKey = 'switchover.bridgeToken';

/**
 * The bridge serves the page at /#token=…; the fragment never reaches the server in HTTP requests.
 * The token is moved to sessionStorage and wiped from the address bar, so it is not shown, copied
 * or bookmarked, while a reload of the same tab still works.
 */
export function takeBridgeToken(): string | undefined {
  const fragment = new URLSearchParams(window.location.hash.slice(1));
  const fromFragment = fragment.get(tokenParameter);
  if (fromFragment) {
    sessionStorage.setItem(storageKey, fromFragment);
    fragment.delete(tokenParameter);
    const rest = fragment.toString();
    const url = `${window.location.pathname}${window.location.search}${rest ? `#${rest}` : ''}`;
    window.history.replaceState(window.history.state, '', url);
    return fromFragment;
  }
  return sessionStorage.getItem(storageKey) ?? undefined;
}
