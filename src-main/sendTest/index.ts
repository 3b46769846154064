// The send test (screen 5): a tagged message out through the new account's SMTP, watched until it
// arrives in the new inbox (or Junk), every failure a stable code with the server's words.

export { startSendTest, defaultSendTestTimeoutMs } from './sendTestJob';
export type { SendTestJob, SendTestRequest } from './sendTestJob';
export { createSendTestService } from './sendTestService';
export type { SendTestService, SendTestServiceDeps } from './sendTestService';
export { sendProbe } from './sendProbe';
export type { SentProbe, SendProbeOptions } from './sendProbe';
export { watchForProbe, junkFolderOf } from './probeWatcher';
export type { ProbeWatch, Sighting, WatchOptions } from './probeWatcher';
export { probeMessage, probeHeader, probeSubject } from './probeMessage';
export type { ProbeMessage } from './probeMessage';
