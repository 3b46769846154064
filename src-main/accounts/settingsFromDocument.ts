import net from 'node:net';
import {
  serverSettingsSchema,
  type DetectedSettings,
  type ServerSettings,
  type SettingsSource,
} from '../contract';
import { fillPlaceholders, type AutoconfigDocument, type ServerTemplate } from './autoconfigXml';

/** Plain-text connections are only ever accepted to the local machine (tests, local bridges). */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1');
  return bare === 'localhost' || bare === '::1' || (net.isIPv4(bare) && bare.startsWith('127.'));
}

export function usableServer(template: ServerTemplate, email: string): ServerSettings | undefined {
  if (template.security === 'plain' && !isLoopbackHost(template.host)) return undefined;
  const parsed = serverSettingsSchema.safeParse({
    host: fillPlaceholders(template.host, email).toLowerCase(),
    port: template.port,
    security: template.security,
    username: fillPlaceholders(template.username, email),
  });
  return parsed.success ? parsed.data : undefined;
}

export type FoundSettings = Omit<DetectedSettings, 'card'>;

/** The provider's first usable IMAP and SMTP servers for this address, or undefined. */
export function settingsFromDocument(
  document: AutoconfigDocument,
  email: string,
  source: SettingsSource,
  trusted = true,
): FoundSettings | undefined {
  const imap = document.imap.map((s) => usableServer(s, email)).find((s) => s !== undefined);
  if (!imap) return undefined;
  const smtp = document.smtp.map((s) => usableServer(s, email)).find((s) => s !== undefined);
  return {
    email,
    source,
    trusted,
    ...(document.displayName ? { displayName: document.displayName } : {}),
    imap,
    ...(smtp ? { smtp } : {}),
    instructions: document.instructions,
  };
}
