// Public face of the test mail stack: two IMAP/SMTP providers, a Gmail-like IMAP provider, DNS, autoconfig and a keyring on
// loopback. See test/mailstack/README.md for the world it builds.

export { ensureSystemPackages } from './systemPackages';
export {
  connectMailStack,
  isMailStackRunning,
  readEndpoints,
  startMailStack,
  stopMailStack,
} from './stack';
export type { MailStackHandle, StartOptions } from './stack';
export type { Endpoints, ProviderEndpoints, GmailLikeEndpoints, CertificatePaths } from './state';
export { createGmailUser, seedGmailLike } from './gmail/gmailUsers';
export type { GmailSeedMessage } from './gmail/gmailUsers';
export { gmailLikeCorpus, gmailLikeUserLabels } from './gmail/corpus';
export type { GmailLikeCorpus, GmailLikeMessage } from './gmail/corpus';
export type { ProviderName } from './testWorld';
export type { SeedMessage, SeedOptions } from './users';
export { keyringPassword } from './keyring';
