import { randomUUID } from 'node:crypto';
import { build } from 'plist';
import type { PhoneServer } from '../contract';
import type { PhoneAccount } from './settingsText';

/** The app's own reverse-DNS name (electron-builder's appId), so identifiers are stable. */
const identifierRoot = 'org.switchover.desktop';

/**
 * Apple's Mail asks for a port and "use SSL" only. Implicit TLS is UseSSL true; for STARTTLS it is
 * UseSSL false with the port (587, 143): Mail then negotiates STARTTLS itself on that port. "plain"
 * only ever exists for loopback test servers.
 */
function server(direction: 'Incoming' | 'Outgoing', settings: PhoneServer) {
  const prefix = `${direction}MailServer`;
  return {
    [`${prefix}Authentication`]: 'EmailAuthPassword',
    [`${prefix}HostName`]: settings.host,
    [`${prefix}PortNumber`]: settings.port,
    [`${prefix}UseSSL`]: settings.security === 'tls',
    [`${prefix}Username`]: settings.username,
  };
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
 * An Apple configuration profile (XML plist, written by the plist package) with one IMAP account.
 * The password is not in it: the phone asks for it while installing. The identifiers are stable
 * per address, so installing a newer profile replaces the older one instead of adding a second
 * account.
 */
export function mobileconfigXml(account: PhoneAccount, options: ProfileOptions = {}): string {
  const uuid = options.uuid ?? randomUUID;
  const id = identifierPart(account.address);
  const mail = {
    EmailAccountDescription: account.address,
    ...(options.displayName ? { EmailAccountName: options.displayName } : {}),
    EmailAccountType: 'EmailTypeIMAP',
    EmailAddress: account.address,
    ...server('Incoming', account.incoming),
    ...server('Outgoing', account.outgoing),
    OutgoingPasswordSameAsIncomingPassword: true,
    PayloadDescription: `Sets up the email account ${account.address}.`,
    PayloadDisplayName: account.address,
    PayloadIdentifier: `${identifierRoot}.mail.${id}`,
    PayloadType: 'com.apple.mail.managed',
    PayloadUUID: uuid().toUpperCase(),
    PayloadVersion: 1,
  };
  const profile = {
    PayloadContent: [mail],
    PayloadDescription: `Sets up ${account.address} in Mail. Made by Switchover.`,
    PayloadDisplayName: `Email: ${account.address}`,
    PayloadIdentifier: `${identifierRoot}.profile.${id}`,
    PayloadOrganization: 'Switchover',
    PayloadRemovalDisallowed: false,
    PayloadType: 'Configuration',
    PayloadUUID: uuid().toUpperCase(),
    PayloadVersion: 1,
  };
  return `${build(profile)}\n`;
}

/** "<address> on iPhone.mobileconfig", with characters no file system likes replaced. */
export function profileFileName(address: string): string {
  const safe = address.replace(/[\\/:*?"<>|\p{Cc}]/gu, '-').slice(0, 200);
  return `${safe} on iPhone.mobileconfig`;
}
