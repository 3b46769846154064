import type { Network } from './network';

export interface FetchOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  maxBytes?: number;
}

/** GETs a small text document; only 200 counts, redirects are not followed. */
export type FetchText = (url: string, options?: FetchOptions) => Promise<string>;

/**
 * Fetches through the configured DNS and trust: the host is resolved by `network` and the request
 * goes to that address with the real name as Host and TLS server name, so certificates are
 * verified against the name, never the address.
 */
export function createFetchText(network: Network): FetchText {
  return async (raw, options = {}) => {
    const url = new URL(raw);
    const secure = url.protocol === 'https:';
    if (!secure && url.protocol !== 'http:') throw new Error(`unsupported URL ${url.protocol}`);
    const timeoutMs = options.timeoutMs ?? 5000;
    // `timeout` below only notices a silent socket; a server that drips bytes is cut off here.
    const signal = AbortSignal.any([
      AbortSignal.timeout(timeoutMs),
      ...(options.signal ? [options.signal] : []),
    ]);
    const address = await network.lookup(url.hostname);
    signal.throwIfAborted();
    const port = network.port(Number(url.port || (secure ? 443 : 80)));
    const maxBytes = options.maxBytes ?? 256 * 1024;
    // Loaded on the first fetch: net/ is on every connection's path (the copy's start-up too),
    // HTTP only on sign-in's settings lookup.
    const { request: send } = secure ? await import('node:https') : await import('node:http');
    return new Promise<string>((resolve, reject) => {
      const request = send(
        {
          host: address,
          port,
          path: `${url.pathname}${url.search}`,
          method: 'GET',
          headers: { host: url.host, accept: 'application/xml, text/xml, */*' },
          ...(secure ? { servername: url.hostname, ca: network.ca } : {}),
          signal,
          timeout: timeoutMs,
          agent: false,
        },
        (response) => {
          if (response.statusCode !== 200) {
            response.resume();
            reject(new Error(`HTTP ${response.statusCode ?? '?'} for ${raw}`));
            return;
          }
          const chunks: Buffer[] = [];
          let size = 0;
          response.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > maxBytes) {
              request.destroy(new Error(`${raw} is larger than ${maxBytes} bytes`));
              return;
            }
            chunks.push(chunk);
          });
          response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
          response.on('error', reject);
          // Cut off mid-body (deadline, size limit, cancelled): never leave the caller waiting.
          response.on('close', () => {
            if (!response.complete) reject(new Error(`${raw} was cut off`));
          });
        },
      );
      const timedOut = () =>
        Object.assign(new Error(`timeout fetching ${raw}`), { code: 'ETIMEDOUT' });
      request.on('timeout', () => request.destroy(timedOut()));
      request.on('error', (error) => {
        const reason: unknown = signal.reason;
        reject(
          reason instanceof DOMException && reason.name === 'TimeoutError' ? timedOut() : error,
        );
      });
      request.end();
    });
  };
}
