import { SwitchoverError } from '../contract';
import type { ServerSettings } from '../contract';
import { isLoopbackHost } from '../imap';

/**
 * `imap://USER@HOST[:PORT][?tls=implicit|starttls|none]` → ServerSettings. USER is
 * percent-encoded (alice%40old.test). tls=none is refused unless HOST is a loopback address.
 */
export function parseImapUrl(text: string): ServerSettings {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new SwitchoverError('settings.not-found', `Not an imap:// address: ${text}`);
  }
  if (url.protocol !== 'imap:' && url.protocol !== 'imaps:') {
    throw new SwitchoverError('settings.not-found', `Not an imap:// address: ${text}`);
  }
  if (url.password) {
    throw new SwitchoverError(
      'settings.not-found',
      'Put the password in SWITCHOVER_FROM_PASSWORD / SWITCHOVER_TO_PASSWORD, not in the address.',
    );
  }
  const username = decodeURIComponent(url.username);
  if (!username) throw new SwitchoverError('settings.not-found', `No user name in ${text}`);
  const tls = url.searchParams.get('tls') ?? (url.protocol === 'imaps:' ? 'implicit' : 'implicit');
  const security =
    tls === 'implicit'
      ? 'tls'
      : tls === 'starttls'
        ? 'starttls'
        : tls === 'none'
          ? 'plain'
          : undefined;
  if (!security)
    throw new SwitchoverError(
      'settings.not-found',
      `Unknown tls=${tls} (implicit, starttls or none)`,
    );
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (security === 'plain' && !isLoopbackHost(host)) {
    throw new SwitchoverError(
      'tls.required',
      'tls=none is only allowed for this computer itself (loopback).',
    );
  }
  const port = url.port ? Number(url.port) : security === 'tls' ? 993 : 143;
  return { host, port, security, username };
}
