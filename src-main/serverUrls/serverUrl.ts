import { SwitchoverError } from '../errors';
import type { ServerSettings } from '../contract';
import { isLoopbackHost } from '../net';

interface UrlKind {
  /** imap or smtp: the plain scheme; its "s" form means implicit TLS. */
  scheme: 'imap' | 'smtp';
  /** tls= when the address doesn't say. */
  defaultTls(implicitScheme: boolean, port: number | undefined): 'implicit' | 'starttls';
  defaultPort(security: ServerSettings['security']): number;
}

const kinds: Record<'imap' | 'smtp', UrlKind> = {
  imap: {
    scheme: 'imap',
    defaultTls: () => 'implicit',
    defaultPort: (security) => (security === 'tls' ? 993 : 143),
  },
  smtp: {
    scheme: 'smtp',
    defaultTls: (implicitScheme, port) =>
      implicitScheme || port === 465 ? 'implicit' : 'starttls',
    defaultPort: (security) => (security === 'tls' ? 465 : 587),
  },
};

const securityByTls: Record<string, ServerSettings['security']> = {
  implicit: 'tls',
  starttls: 'starttls',
  none: 'plain',
};

/**
 * `SCHEME://USER@HOST[:PORT][?tls=implicit|starttls|none][&auth=oauth2]` → ServerSettings, as
 * helpers type them on the command line. USER is percent-encoded (alice%40old.test); a password
 * in the address is refused (it would land in shell history); tls=none only for this computer
 * itself; auth=oauth2 signs in with the token `switchover login` stored.
 */
export function parseServerUrl(
  text: string,
  kindName: 'imap' | 'smtp',
  passwordVariables: string,
): ServerSettings {
  const kind = kinds[kindName];
  const notOurs = () =>
    new SwitchoverError('settings.not-found', `Not an ${kind.scheme}:// address: ${text}`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw notOurs();
  }
  if (url.protocol !== `${kind.scheme}:` && url.protocol !== `${kind.scheme}s:`) throw notOurs();
  if (url.password) {
    throw new SwitchoverError(
      'settings.not-found',
      `Put the password in ${passwordVariables}, not in the address.`,
    );
  }
  const username = decodeURIComponent(url.username);
  if (!username) throw new SwitchoverError('settings.not-found', `No user name in ${text}`);
  const port = url.port ? Number(url.port) : undefined;
  const tls =
    url.searchParams.get('tls') ?? kind.defaultTls(url.protocol === `${kind.scheme}s:`, port);
  const security = Object.hasOwn(securityByTls, tls) ? securityByTls[tls] : undefined;
  if (!security) {
    throw new SwitchoverError(
      'settings.not-found',
      `Unknown tls=${tls} (implicit, starttls or none)`,
    );
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (security === 'plain' && !isLoopbackHost(host)) {
    throw new SwitchoverError(
      'tls.required',
      'tls=none is only allowed for this computer itself (loopback).',
    );
  }
  const auth = url.searchParams.get('auth') ?? 'password';
  if (auth !== 'password' && auth !== 'oauth2') {
    throw new SwitchoverError('settings.not-found', `Unknown auth=${auth} (password or oauth2)`);
  }
  const settings: ServerSettings = {
    host,
    port: port ?? kind.defaultPort(security),
    security,
    username,
  };
  if (auth === 'oauth2') settings.auth = 'oauth2';
  return settings;
}

export function parseImapUrl(
  text: string,
  passwordVariables = 'SWITCHOVER_FROM_PASSWORD / SWITCHOVER_TO_PASSWORD',
): ServerSettings {
  return parseServerUrl(text, 'imap', passwordVariables);
}

export function parseSmtpUrl(
  text: string,
  passwordVariables = 'SWITCHOVER_PASSWORD',
): ServerSettings {
  return parseServerUrl(text, 'smtp', passwordVariables);
}
