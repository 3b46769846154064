import { SwitchoverError, type ServerSettings } from '../contract';
import { parseImapUrl } from '../copy';
import { isLoopbackHost } from '../imap';

/**
 * `smtp://USER@HOST[:PORT][?tls=implicit|starttls|none]` → ServerSettings. USER is
 * percent-encoded. Without tls=, port 465 means implicit TLS and anything else STARTTLS (587 by
 * default); tls=none is refused unless HOST is a loopback address.
 */
export function parseSmtpUrl(text: string): ServerSettings {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new SwitchoverError('settings.not-found', `Not an smtp:// address: ${text}`);
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new SwitchoverError('settings.not-found', `Not an smtp:// address: ${text}`);
  }
  if (url.password) {
    throw new SwitchoverError(
      'settings.not-found',
      'Put the password in SWITCHOVER_PASSWORD, not in the address.',
    );
  }
  const username = decodeURIComponent(url.username);
  if (!username) throw new SwitchoverError('settings.not-found', `No user name in ${text}`);
  const given = url.port ? Number(url.port) : undefined;
  const tls =
    url.searchParams.get('tls') ??
    (url.protocol === 'smtps:' || given === 465 ? 'implicit' : 'starttls');
  const security =
    tls === 'implicit'
      ? 'tls'
      : tls === 'starttls'
        ? 'starttls'
        : tls === 'none'
          ? 'plain'
          : undefined;
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
  return { host, port: given ?? (security === 'tls' ? 465 : 587), security, username };
}

/**
 * The new account as a helper types it: an smtp:// and an imap:// address, in one argument
 * (separated by white space) or several. The address is the SMTP user name unless given.
 */
export function parseAccountUrls(
  values: readonly string[],
  email?: string,
): { email: string; smtp: ServerSettings; imap: ServerSettings } {
  const parts = values.flatMap((v) => v.split(/\s+/)).filter((p) => p !== '');
  const smtpUrls = parts.filter((p) => /^smtps?:/i.test(p));
  const imapUrls = parts.filter((p) => /^imaps?:/i.test(p));
  if (smtpUrls.length !== 1 || imapUrls.length !== 1 || parts.length !== 2) {
    throw new SwitchoverError(
      'settings.not-found',
      '--account needs one smtp:// and one imap:// address.',
    );
  }
  const smtp = parseSmtpUrl(smtpUrls[0] ?? '');
  const imap = parseImapUrl(imapUrls[0] ?? '');
  const address = email ?? (smtp.username.includes('@') ? smtp.username : imap.username);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) {
    throw new SwitchoverError(
      'settings.not-found',
      'The account’s email address is not known: give it with --email.',
    );
  }
  return { email: address, smtp, imap };
}
