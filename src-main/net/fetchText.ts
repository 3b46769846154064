import { createHttpRequest } from './httpRequest';
import type { Network } from './network';

export interface FetchOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  maxBytes?: number;
}

/** GETs a small text document; only 200 counts, redirects are not followed. */
export type FetchText = (url: string, options?: FetchOptions) => Promise<string>;

/** A GET through the configured DNS and trust (createHttpRequest) where only 200 counts. */
export function createFetchText(network: Network): FetchText {
  const request = createHttpRequest(network);
  return async (raw, options = {}) => {
    const response = await request(raw, { ...options, accept: 'application/xml, text/xml, */*' });
    if (response.status !== 200) throw new Error(`HTTP ${response.status} for ${raw}`);
    return response.body;
  };
}
