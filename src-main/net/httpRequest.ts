import type { Network } from './network';

export interface HttpRequestOptions {
  method?: 'GET' | 'POST';
  /** Sent as application/x-www-form-urlencoded (an OAuth2 token request). */
  form?: Record<string, string>;
  accept?: string;
  /** Extra request headers (an OAuth2 bearer token for userinfo). */
  headers?: Record<string, string>;
  signal?: AbortSignal;
  timeoutMs?: number;
  maxBytes?: number;
}

export interface HttpResponse {
  status: number;
  body: string;
  contentType: string;
}

/** One small HTTP(S) exchange; redirects are not followed, any status is returned. */
export type HttpRequest = (url: string, options?: HttpRequestOptions) => Promise<HttpResponse>;

/**
 * Requests through the configured DNS and trust: the host is resolved by `network` and the request
 * goes to that address with the real name as Host and TLS server name, so certificates are
 * verified against the name, never the address. Plain http only where the caller allows it.
 */
export function createHttpRequest(network: Network): HttpRequest {
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
    const body = options.form ? new URLSearchParams(options.form).toString() : undefined;
    // Loaded on the first request: net/ is on every connection's path (the copy's start-up too),
    // HTTP only on sign-in.
    const { request: send } = secure ? await import('node:https') : await import('node:http');
    return new Promise<HttpResponse>((resolve, reject) => {
      const request = send(
        {
          host: address,
          port,
          path: `${url.pathname}${url.search}`,
          method: options.method ?? (body === undefined ? 'GET' : 'POST'),
          headers: {
            ...options.headers,
            host: url.host,
            accept: options.accept ?? '*/*',
            ...(body === undefined
              ? {}
              : {
                  'content-type': 'application/x-www-form-urlencoded',
                  'content-length': String(Buffer.byteLength(body)),
                }),
          },
          ...(secure ? { servername: url.hostname, ca: network.ca } : {}),
          signal,
          timeout: timeoutMs,
          agent: false,
        },
        (response) => {
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
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              body: Buffer.concat(chunks).toString('utf8'),
              contentType: String(response.headers['content-type'] ?? ''),
            }),
          );
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
      request.end(body);
    });
  };
}
