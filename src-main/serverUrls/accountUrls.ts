import { SwitchoverError } from '../errors';
import type { ServerSettings } from '../contract';
import { parseImapUrl, parseSmtpUrl } from './serverUrl';

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
  const imap = parseImapUrl(imapUrls[0] ?? '', 'SWITCHOVER_PASSWORD');
  const address = email ?? (smtp.username.includes('@') ? smtp.username : imap.username);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) {
    throw new SwitchoverError(
      'settings.not-found',
      'The account’s email address is not known: give it with --email.',
    );
  }
  return { email: address, smtp, imap };
}
