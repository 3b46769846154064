// Who delivers which domain. Real Postfix would follow MX records; ours cannot see the test DNS
// (it only uses the system resolver), so the MX table is mirrored into each Postfix's maps.

import { mailDomains, providerNames, providers } from './testWorld';
import type { ProviderName } from './testWorld';

export interface RoutingState {
  /** Which provider each domain's MX points to. */
  mx: Record<string, ProviderName>;
  /** Domains the old provider keeps delivering internally whatever the MX says (the trap). */
  oldHostsDomains: string[];
}

export function knownDomains(routing: RoutingState): string[] {
  return [...new Set([...mailDomains, ...Object.keys(routing.mx)])].sort();
}

/** Domains this provider's Postfix hands to its own Dovecot over LMTP. */
export function locallyDelivered(routing: RoutingState, provider: ProviderName): string[] {
  return knownDomains(routing).filter(
    (domain) =>
      routing.mx[domain] === provider ||
      (provider === 'old' && routing.oldHostsDomains.includes(domain)),
  );
}

/** transport_maps entries: every other domain goes to whichever provider its MX names. */
export function relayTargets(
  routing: RoutingState,
  provider: ProviderName,
  smtpPort: number,
): { domain: string; nexthop: string }[] {
  const local = new Set(locallyDelivered(routing, provider));
  return knownDomains(routing)
    .filter((domain) => !local.has(domain))
    .flatMap((domain) => {
      const target = routing.mx[domain];
      return target === undefined
        ? []
        : [{ domain, nexthop: `smtp:[${providers[target].host}]:${smtpPort}` }];
    });
}

export function assertProvider(value: string): ProviderName {
  const found = providerNames.find((name) => name === value);
  if (found === undefined) throw new Error(`mailstack: unknown provider "${value}"`);
  return found;
}
