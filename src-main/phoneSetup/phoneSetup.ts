import type { AccountSummary, PhoneServer, PhoneSetup } from '../contract';
import { SwitchoverError } from '../contract';
import { qrRows } from './qrRows';
import { phoneSettingsText, type PhoneAccount } from './settingsText';

function phoneServer(settings: AccountSummary['imap']): PhoneServer {
  return {
    host: settings.host,
    port: settings.port,
    security: settings.security,
    username: settings.username,
  };
}

/** The signed-in new account as a phone's mail app asks for it. */
export function phoneAccount(account: AccountSummary): PhoneAccount {
  if (!account.smtp) {
    throw new SwitchoverError('settings.not-found', 'The new account has no outgoing server.');
  }
  return {
    address: account.email,
    incoming: phoneServer(account.imap),
    outgoing: phoneServer(account.smtp),
  };
}

/** The settings, and a QR code of them as text. */
export function phoneSetupFor(account: AccountSummary): PhoneSetup {
  const phone = phoneAccount(account);
  return { ...phone, qr: qrRows(phoneSettingsText(phone)) };
}
