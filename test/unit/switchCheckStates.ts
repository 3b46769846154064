import type { SwitchCheckState } from '../../src-main/contract';

/** Screen 6's state with nothing going on (no MX answer, no probes, not watching), then `patch`. */
export function switchCheckState(patch: Partial<SwitchCheckState> = {}): SwitchCheckState {
  return {
    mode: 'same-address',
    address: 'ida@family.test',
    newAddress: 'ida@family.test',
    mx: null,
    probes: null,
    stragglers: {
      watching: false,
      since: null,
      lastCheckAt: null,
      copied: [],
      lastArrivalAt: null,
    },
    completion: { complete: false, waitingFor: [], quietUntil: null, keepOldAccountUntil: null },
    watch: { active: false, intervalSeconds: 300 },
    oldProviderLinks: [],
    ...patch,
  };
}
