// The network layer every provider connection goes through: names resolved by the app's DNS,
// the socket and TLS rules (verified by host name, plain text only to loopback), HTTP(S) fetches,
// how a failed connection is named, and redaction of what a server says back.

export { createNetwork, dnsServersFromEnv } from './network';
export type { Network, NetworkOptions } from './network';
export { createFetchText } from './fetchText';
export type { FetchText, FetchOptions } from './fetchText';
export { createHttpRequest } from './httpRequest';
export type { HttpRequest, HttpRequestOptions, HttpResponse } from './httpRequest';
export { socketLookup, providerTlsOptions, socketTarget, caOf } from './providerSocket';
export type { CaOption, ConnectVia, NetworkPath, ProviderTarget } from './providerSocket';
export { resolveProvider } from './providerAddress';
export { classifyFailure } from './classifyFailure';
export type { FailureContext } from './classifyFailure';
export { redact } from './redact';
export { baseDomain, nextSubdomain, isWithinDomain } from './baseDomain';
export { isLoopbackHost, isLoopbackAddress, canonicalAddress } from './loopbackHost';
export { mailDomain } from './mailDomain';
