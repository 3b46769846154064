import {
  serverSettingsSchema,
  type DetectedSettings,
  type ServerSettings,
  type SettingsSource,
} from '../contract';
import { fillPlaceholders, type AutoconfigDocument, type ServerTemplate } from './autoconfigXml';
import { isLoopbackHost } from '../net';

export function usableServer(template: ServerTemplate, email: string): ServerSettings | undefined {
  const host = fillPlaceholders(template.host, email).toLowerCase();
  if (template.security === 'plain' && !isLoopbackHost(host)) return undefined;
  const parsed = serverSettingsSchema.safeParse({
    host,
    port: template.port,
    security: template.security,
    username: fillPlaceholders(template.username, email),
  });
  return parsed.success ? parsed.data : undefined;
}

/** Settings as a source found them; the issuer hint is turned into `oauth` by the detector. */
export type FoundSettings = Omit<DetectedSettings, 'card' | 'oauth'> & { oauth2Issuer?: string };

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
    ...(document.oauth2Issuer ? { oauth2Issuer: document.oauth2Issuer } : {}),
    imap,
    ...(smtp ? { smtp } : {}),
    instructions: document.instructions,
  };
}
