// Vitest global setup (integration and e2e projects): one stack for the whole run. A stack that is
// already running (`npm run mailstack -- start`, or the other project's setup) is reused and left
// running; one started here is stopped at the end.

import { ensureSystemPackages, isMailStackRunning, startMailStack, stopMailStack } from './index';

export default async function setup(): Promise<() => Promise<void>> {
  // Installs Dovecot, Postfix, dnsmasq, gnome-keyring and Chromium when root on Debian; otherwise
  // fails with the one apt-get line to run.
  await ensureSystemPackages();
  if (await isMailStackRunning()) return async () => undefined;
  await startMailStack();
  return async () => {
    await stopMailStack();
  };
}
