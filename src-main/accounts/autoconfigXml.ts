import type { Security } from '../contract';
import { childrenNamed, childText, parseXml, type XmlElement } from './xmlTree';

/** One server from a config-v1.1.xml, placeholders still in (they depend on the address). */
export interface ServerTemplate {
  host: string;
  port: number;
  security: Security;
  username: string;
}

export interface AutoconfigDocument {
  displayName?: string;
  domains: string[];
  /** In the file's order, which is the provider's preference. */
  imap: ServerTemplate[];
  smtp: ServerTemplate[];
  /** <enable> texts (e.g. "turn on IMAP first") and <documentation> pages. */
  instructions: { text: string; url?: string }[];
  /** <oAuth2><issuer>: whose sign-in page serves these accounts (e.g. accounts.google.com). */
  oauth2Issuer?: string;
}

const socketTypes: Record<string, Security> = {
  SSL: 'tls',
  TLS: 'tls',
  STARTTLS: 'starttls',
  plain: 'plain',
};

const passwordMethods = new Set([
  'password-cleartext',
  'password-encrypted',
  'plain',
  'secure',
  'NTLM',
]);

function serverOf(element: XmlElement): ServerTemplate | undefined {
  const host = childText(element, 'hostname');
  const port = Number(childText(element, 'port'));
  const security = socketTypes[childText(element, 'socketType') ?? ''];
  if (!host || !Number.isInteger(port) || port < 1 || port > 65535 || !security) return undefined;
  // A server that only takes OAuth2 (or client certificates) cannot be used with a password.
  const methods = childrenNamed(element, 'authentication').map((m) => m.text.trim());
  if (methods.length > 0 && !methods.some((m) => passwordMethods.has(m))) return undefined;
  return { host, port, security, username: childText(element, 'username') ?? '%EMAILADDRESS%' };
}

/** Prefers English (or unmarked) text among <instruction lang="…"> / <descr lang="…">. */
function pickText(elements: XmlElement[]): string | undefined {
  const english = elements.find((e) => (e.attributes.lang ?? 'en').startsWith('en'));
  return (english ?? elements[0])?.text.trim() || undefined;
}

/** Reads a Thunderbird autoconfig document (clientConfig version 1.1); throws when unusable. */
export function parseAutoconfig(xml: string): AutoconfigDocument {
  const root = parseXml(xml);
  if (root.name !== 'clientConfig') throw new Error(`not a clientConfig but <${root.name}>`);
  const provider = childrenNamed(root, 'emailProvider')[0];
  if (!provider) throw new Error('no <emailProvider>');
  const servers = (kind: string, type: string) =>
    childrenNamed(provider, kind)
      .filter((s) => s.attributes.type === type)
      .map(serverOf)
      .filter((s) => s !== undefined);
  const instructions: AutoconfigDocument['instructions'] = [];
  for (const enable of childrenNamed(provider, 'enable')) {
    const text = pickText(childrenNamed(enable, 'instruction'));
    const url = enable.attributes.visiturl;
    if (text) instructions.push(url ? { text, url } : { text });
  }
  for (const documentation of childrenNamed(provider, 'documentation')) {
    const text = pickText(childrenNamed(documentation, 'descr'));
    const url = documentation.attributes.url;
    if (text) instructions.push(url ? { text, url } : { text });
  }
  const displayName = childText(provider, 'displayName');
  // <oAuth2> sits beside <emailProvider> in the ISPDB's files.
  const oauth2 = childrenNamed(root, 'oAuth2')[0] ?? childrenNamed(provider, 'oAuth2')[0];
  const issuer = oauth2 ? childText(oauth2, 'issuer') : undefined;
  return {
    ...(displayName ? { displayName } : {}),
    ...(issuer ? { oauth2Issuer: issuer.toLowerCase() } : {}),
    domains: childrenNamed(provider, 'domain').map((d) => d.text.trim().toLowerCase()),
    imap: servers('incomingServer', 'imap'),
    smtp: servers('outgoingServer', 'smtp'),
    instructions,
  };
}

/** Fills %EMAILADDRESS%, %EMAILLOCALPART% and %EMAILDOMAIN% for one address. */
export function fillPlaceholders(template: string, email: string): string {
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  return template
    .replaceAll('%EMAILADDRESS%', email)
    .replaceAll('%EMAILLOCALPART%', local)
    .replaceAll('%EMAILDOMAIN%', domain);
}
