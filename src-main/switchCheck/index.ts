// "Is the switch complete?" (screen 6): where the domain's mail goes now, probes through both
// providers, stragglers copied across, when the switch is complete, and DNS health.

export { createSwitchCheckService, newProviderOf } from './switchCheckService';
export type { SwitchCheckService, SwitchCheckServiceDeps } from './switchCheckService';
export { checkMx, mxView, stateOf } from './mxCheck';
export type { MxCheckOptions, NewProvider } from './mxCheck';
export { startProbeRun, probeOutcome, defaultProbeTimeoutMs } from './probeRun';
export type { ProbeAccount, ProbeRunJob, ProbeRunOptions } from './probeRun';
export { findLateArrivals, copyStragglers } from './stragglers';
export type { LateMessage, StragglerCopy } from './stragglers';
export { watchOldInbox } from './oldInboxWatcher';
export type { InboxWatcher } from './oldInboxWatcher';
export { sendersSince } from './oldSenders';
export { completion, defaultQuietPeriodMs, keepOldAccountDays } from './completion';
export {
  checkDnsHealth,
  spfCheck,
  dmarcCheck,
  dkimCheck,
  ptrChecks,
  commonDkimSelectors,
} from './dnsHealth';
export type { HealthOptions } from './dnsHealth';
export { readMemory, writeMemory, memoryPath } from './switchCheckMemory';
export type { SwitchCheckMemory } from './switchCheckMemory';
