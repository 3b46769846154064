import type { PhoneServer } from '../contract';

export interface PhoneAccount {
  address: string;
  incoming: PhoneServer;
  outgoing: PhoneServer;
}

const securityWords: Record<PhoneServer['security'], string> = {
  tls: 'SSL/TLS',
  starttls: 'STARTTLS',
  plain: 'none',
};

function serverLine(label: string, server: PhoneServer): string {
  return `${label}: ${server.host}, port ${server.port}, ${securityWords[server.security]}`;
}

/**
 * The settings as short plain text, which is what the QR code holds: a phone's camera shows it as
 * it is, so it reads like the settings table (no password, ever).
 */
export function phoneSettingsText(account: PhoneAccount): string {
  const { incoming, outgoing } = account;
  const lines = [`Email: ${account.address}`, serverLine('Incoming (IMAP)', incoming)];
  lines.push(serverLine('Outgoing (SMTP)', outgoing));
  if (incoming.username === outgoing.username) {
    lines.push(`User name: ${incoming.username}`);
  } else {
    lines.push(`User name (incoming): ${incoming.username}`);
    lines.push(`User name (outgoing): ${outgoing.username}`);
  }
  lines.push('Password: the one of your new email');
  return lines.join('\n');
}
