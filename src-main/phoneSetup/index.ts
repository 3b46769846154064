export { phoneSetupFor, phoneAccount } from './phoneSetup';
export { phoneSettingsText } from './settingsText';
export type { PhoneAccount } from './settingsText';
export { qrRows } from './qrRows';
export type { QrRows } from './qrRows';
export { mobileconfigXml, profileFileName } from './mobileconfig';
export type { ProfileOptions } from './mobileconfig';
