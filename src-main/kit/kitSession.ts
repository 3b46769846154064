import { isWithinDomain, mailDomain } from '../net';
import type { EventHub, Kit, KitOffer } from '../contract';
import type { SettingsStore } from '../store';
import { parseKit } from './parseKit';

export interface KitSession {
  /** Opens a kit the window handed over ("Open kit…", a dropped file): the person chose it. */
  open(text: string): Kit;
  /**
   * A kit from outside (file association, switchover:// link, launch argument): held until the
   * person accepts it in the window, never used before. Throws kit.invalid for a bad kit.
   */
  offer(text: string): KitOffer;
  pendingOffer(): KitOffer | null;
  accept(): Kit | null;
  decline(): void;
  current(): Kit | null;
}

/** The kit's address domain and the servers outside it (shown as a warning with the offer). */
function relation(kit: Kit): Pick<KitOffer, 'domain' | 'unrelatedHosts'> {
  const address = kit.newAccount.email ?? kit.newAccount.emailPattern;
  const domain = address === undefined ? undefined : mailDomain(address);
  if (domain === undefined) return { domain: null, unrelatedHosts: [] };
  const hosts = [...new Set([kit.newAccount.imap.host, kit.newAccount.smtp.host])];
  return {
    domain,
    unrelatedHosts: hosts.filter((host) => !isWithinDomain(host, domain)),
  };
}

/** The opened kit is kept in the settings (it holds no secrets) so it survives a restart. */
export function createKitSession(settings: SettingsStore, hub: EventHub): KitSession {
  const current = () => settings.read().kit ?? null;
  const save = (kit: Kit) => {
    settings.update({ kit });
    return kit;
  };
  // In memory only: an offer nobody answered is gone after a restart, as it should be.
  let pending: KitOffer | null = null;
  return {
    open: (text) => save(parseKit(text)),
    offer(text) {
      const kit = parseKit(text);
      const replaced = current();
      pending = {
        kit,
        replaces:
          replaced && JSON.stringify(replaced) !== JSON.stringify(kit)
            ? replaced.helper.name
            : null,
        ...relation(kit),
      };
      hub.emit('kit.offered', { offer: pending });
      return pending;
    },
    pendingOffer: () => pending,
    accept() {
      if (!pending) return null;
      const kit = save(pending.kit);
      pending = null;
      hub.emit('kit.opened', { kit });
      return kit;
    },
    decline() {
      pending = null;
    },
    current,
  };
}
