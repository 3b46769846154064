// Public face of the test mail stack: two IMAP/SMTP providers, a Gmail-like IMAP provider, an
// OAuth2 identity provider, DNS, autoconfig and a keyring on loopback. See test/mailstack/README.md
// for the world it builds.

export { ensureSystemPackages } from './systemPackages';
export {
  connectMailStack,
  isMailStackRunning,
  readEndpoints,
  startMailStack,
  stopMailStack,
} from './stack';
export type { MailStackHandle, StartOptions } from './stack';
export type {
  Endpoints,
  ProviderEndpoints,
  GmailLikeEndpoints,
  OAuthEndpoints,
  CertificatePaths,
} from './state';
export { createGmailUser, seedGmailLike } from './gmail/gmailUsers';
export type { GmailSeedMessage } from './gmail/gmailUsers';
export { gmailLikeCorpus, gmailLikeUserLabels } from './gmail/corpus';
export type { GmailLikeCorpus, GmailLikeMessage } from './gmail/corpus';
export type { ProviderName } from './testWorld';
export type { SeedMessage, SeedOptions } from './users';
export { keyringPassword } from './keyring';
export { completeSignIn, driveSignIn } from './oauth/signIn';
export type { DeliveredSignIn, SignInOptions, SignInResult } from './oauth/signIn';
export { authorizeUrl, issueTokens, pkcePair, refreshTokens, tokenRequest } from './oauth/tokens';
export type { AuthorizeParams, IssuedTokens, Pkce, TokenResponse } from './oauth/tokens';
export { revokeGrants, setAccessTokenTtl } from './oauth/admin';
export { issuerRequest } from './oauth/idpHttp';
