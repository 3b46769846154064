import type { SettingsSource } from '../contract';
import { isWithinDomain } from '../net';
import type { FoundSettings } from './settingsFromDocument';

/**
 * Sources whose answer is about the address's own domain and came over an authenticated
 * channel: the kit, the provider's own file over HTTPS, ISPDB (or the built-in table) for that
 * very domain. Settings fetched over plain HTTP arrive here already marked untrusted.
 */
const authenticatedSources: ReadonlySet<SettingsSource> = new Set(['kit', 'provider', 'ispdb']);

/**
 * May these settings be used without asking? DNS answers are not authenticated: whoever runs
 * the Wi-Fi can answer MX or SRV with a host of their own that has a valid certificate for its
 * own name, and the password would then go to them over perfectly good TLS. So settings found
 * through MX or SRV (or fetched for the domain an MX answer named) are trusted only when every
 * server lies inside the address's own domain — a name nobody else can get a certificate for.
 */
export function isTrustedSettings(found: FoundSettings, domain: string): boolean {
  const hosts = [found.imap.host, ...(found.smtp ? [found.smtp.host] : [])];
  if (hosts.every((host) => isWithinDomain(host, domain))) return true;
  return authenticatedSources.has(found.source) && found.trusted;
}
