import { randomUUID } from 'node:crypto';
import type { PhoneServer } from '../contract';
import type { PhoneAccount } from './settingsText';

/** The app's own reverse-DNS name (electron-builder's appId), so identifiers are stable. */
const identifierRoot = 'org.switchover.desktop';

function xmlEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function entry(key: string, value: string | number | boolean): string {
  const shown =
    typeof value === 'boolean'
      ? `<${value}/>`
      : typeof value === 'number'
        ? `<integer>${value}</integer>`
        : `<string>${xmlEscape(value)}</string>`;
  return `<key>${xmlEscape(key)}</key>${shown}`;
}

/**
 * Apple's Mail asks for a port and "use SSL" only. Implicit TLS is UseSSL true; for STARTTLS it is
 * UseSSL false with the port (587, 143): Mail then negotiates STARTTLS itself on that port. "plain"
 * only ever exists for loopback test servers.
 */
function server(direction: 'Incoming' | 'Outgoing', settings: PhoneServer): string[] {
  const prefix = `${direction}MailServer`;
  return [
    entry(`${prefix}Authentication`, 'EmailAuthPassword'),
    entry(`${prefix}HostName`, settings.host),
    entry(`${prefix}PortNumber`, settings.port),
    entry(`${prefix}UseSSL`, settings.security === 'tls'),
    entry(`${prefix}Username`, settings.username),
  ];
}

/** The address as an identifier segment: letters, digits and hyphens only. */
function identifierPart(address: string): string {
  return address.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

export interface ProfileOptions {
  displayName?: string;
  /** For tests; real profiles get fresh ones (Apple wants a new UUID per generated profile). */
  uuid?: () => string;
}

/**
 * An Apple configuration profile (XML plist) with one IMAP account. The password is not in it:
 * the phone asks for it while installing. The identifiers are stable per address, so installing a
 * newer profile replaces the older one instead of adding a second account.
 */
export function mobileconfigXml(account: PhoneAccount, options: ProfileOptions = {}): string {
  const uuid = options.uuid ?? randomUUID;
  const id = identifierPart(account.address);
  const mail = [
    entry('EmailAccountDescription', account.address),
    ...(options.displayName ? [entry('EmailAccountName', options.displayName)] : []),
    entry('EmailAccountType', 'EmailTypeIMAP'),
    entry('EmailAddress', account.address),
    ...server('Incoming', account.incoming),
    ...server('Outgoing', account.outgoing),
    entry('OutgoingPasswordSameAsIncomingPassword', true),
    entry('PayloadDescription', `Sets up the email account ${account.address}.`),
    entry('PayloadDisplayName', account.address),
    entry('PayloadIdentifier', `${identifierRoot}.mail.${id}`),
    entry('PayloadType', 'com.apple.mail.managed'),
    entry('PayloadUUID', uuid().toUpperCase()),
    entry('PayloadVersion', 1),
  ];
  const profile = [
    entry('PayloadDescription', `Sets up ${account.address} in Mail. Made by Switchover.`),
    entry('PayloadDisplayName', `Email: ${account.address}`),
    entry('PayloadIdentifier', `${identifierRoot}.profile.${id}`),
    entry('PayloadOrganization', 'Switchover'),
    entry('PayloadRemovalDisallowed', false),
    entry('PayloadType', 'Configuration'),
    entry('PayloadUUID', uuid().toUpperCase()),
    entry('PayloadVersion', 1),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    '<dict>',
    '  <key>PayloadContent</key>',
    '  <array>',
    '    <dict>',
    ...mail.map((line) => `      ${line}`),
    '    </dict>',
    '  </array>',
    ...profile.map((line) => `  ${line}`),
    '</dict>',
    '</plist>',
    '',
  ].join('\n');
}

/** "<address> on iPhone.mobileconfig", with characters no file system likes replaced. */
export function profileFileName(address: string): string {
  const safe = address.replace(/[\\/:*?"<>|\p{Cc}]/gu, '-').slice(0, 200);
  return `${safe} on iPhone.mobileconfig`;
}
