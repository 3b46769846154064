// Server addresses as helpers type them on the command line (imap://…, smtp://…).
export { parseServerUrl, parseImapUrl, parseSmtpUrl } from './serverUrl';
export { parseAccountUrls } from './accountUrls';
