import type { Kit, ServerSettings } from '../contract';
import type { FoundSettings } from './settingsFromDocument';
import { fillPlaceholders } from './autoconfigXml';

/** Kit user names may use Thunderbird's placeholders or the kit's {email}/{localpart}/{domain}. */
function username(template: string | undefined, email: string): string {
  if (!template) return email;
  const at = email.lastIndexOf('@');
  return fillPlaceholders(template, email)
    .replaceAll('{email}', email)
    .replaceAll('{localpart}', email.slice(0, at))
    .replaceAll('{domain}', email.slice(at + 1));
}

/** The new account's settings as the helper prepared them. */
export function settingsFromKit(kit: Kit, email: string): FoundSettings {
  const { imap, smtp } = kit.newAccount;
  const server = (s: typeof imap): ServerSettings => ({
    host: s.host,
    port: s.port,
    security: s.security,
    username: username(s.username, email),
  });
  return {
    email,
    source: 'kit',
    trusted: true,
    displayName: kit.helper.name,
    imap: server(imap),
    smtp: server(smtp),
    instructions: [],
  };
}
