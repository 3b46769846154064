/**
 * Hosts whose help pages Switchover may open in the system browser (provider instructions).
 * Everything else is refused: a link in a message or a compromised page must not open anything.
 */
export const externalLinkHosts: readonly string[] = [
  'support.google.com',
  'myaccount.google.com',
  'support.microsoft.com',
  'account.microsoft.com',
  'help.yahoo.com',
  'login.yahoo.com',
  'help.aol.com',
  'support.apple.com',
  'account.apple.com',
  'appleid.apple.com',
  'hilfe.gmx.net',
  'hilfe.web.de',
  'www.fastmail.help',
  'app.fastmail.com',
];

export function isAllowedExternalUrl(
  raw: string,
  hosts: readonly string[] = externalLinkHosts,
): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  // https only, no credentials in the URL, no non-default port: exactly the pages we name.
  return (
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    hosts.includes(url.hostname)
  );
}
