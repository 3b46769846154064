export { calls, isCallName } from './calls';
export type { CallName, CallInput, CallOutput } from './calls';
export { events, isEventName } from './events';
export type { EventName, EventPayload } from './events';
export { errorCodes, errorCodeSchema, wireErrorSchema, SwitchoverError } from './errors';
export type { ErrorCode, WireError } from './errors';
export { resultEnvelopeSchema } from './envelope';
export type { ResultEnvelope, SwitchoverTransport } from './envelope';
export { createDispatcher } from './dispatcher';
export type { Dispatcher, Handlers } from './dispatcher';
export { EventHub } from './eventHub';
export type { EventListener } from './eventHub';
export { supportedLanguages, languageSchema, languageFromLocale } from './languages';
export type { Language } from './languages';
export {
  bridgePath,
  tokenParameter,
  clientMessageSchema,
  serverMessageSchema,
  unauthorizedCloseCode,
} from './bridgeProtocol';
export type { ClientMessage, ServerMessage } from './bridgeProtocol';
export * from './accounts';
export { kitSchema, kitVersion, kitOfferSchema } from './kit';
export type { Kit, KitOffer } from './kit';
export * from './sendTest';
export * from './copyJobs';
export * from './switchCheck';
export * from './done';
