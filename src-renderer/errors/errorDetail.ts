import type { SwitchoverError } from '../../src-main/contract';

/** One named field of error.details, which the main side fills freely (so it is unknown here). */
export function errorDetail(error: SwitchoverError, name: string): unknown {
  const details: unknown = error.details;
  return details && typeof details === 'object' && name in details
    ? (details as Record<string, unknown>)[name]
    : undefined;
}
