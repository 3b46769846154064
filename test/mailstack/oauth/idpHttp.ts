// HTTP to the identity provider from a test process: HTTPS to the issuer's address with the
// stack's CA and the issuer's name for TLS and Host (the test process does not use the test DNS),
// a cookie jar for the login pages, plain HTTP for the internal port and the loopback redirect.

import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { OAuthEndpoints } from '../state';

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

interface Cookie {
  name: string;
  value: string;
  path: string;
}

/** Enough of RFC 6265 for one host: name + path, deletion by an expiry in the past. */
export class CookieJar {
  private cookies: Cookie[] = [];

  store(setCookie: readonly string[] | undefined): void {
    for (const line of setCookie ?? []) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      let path = '/';
      let expired = false;
      for (const attribute of attributes) {
        const [key = '', v = ''] = attribute.split('=');
        if (key.toLowerCase() === 'path') path = v || '/';
        if (key.toLowerCase() === 'expires' && Date.parse(v) <= Date.now()) expired = true;
        if (key.toLowerCase() === 'max-age' && Number(v) <= 0) expired = true;
      }
      this.cookies = this.cookies.filter((c) => !(c.name === name && c.path === path));
      if (!expired) this.cookies.push({ name, value, path });
    }
  }

  headerFor(urlPath: string): string | undefined {
    const matching = this.cookies.filter(
      (c) => c.path === '/' || urlPath === c.path || urlPath.startsWith(`${c.path}/`),
    );
    return matching.length === 0
      ? undefined
      : matching.map((c) => `${c.name}=${c.value}`).join('; ');
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST';
  /** Sent as application/x-www-form-urlencoded. */
  form?: Record<string, string>;
  json?: unknown;
  jar?: CookieJar;
  /** Default text/html (the login pages); oidc-provider renders errors as HTML when asked to. */
  accept?: string;
  /** A different source address (negative tests, away from the auth penalty). */
  localAddress?: string;
}

const timeoutMs = 15_000;

function send(
  transport: typeof http | typeof https,
  url: URL,
  requestOptions: https.RequestOptions,
  options: RequestOptions,
): Promise<HttpAnswer> {
  let payload: string | undefined;
  const headers: http.OutgoingHttpHeaders = {
    ...(requestOptions.headers as http.OutgoingHttpHeaders | undefined),
    accept: options.accept ?? 'text/html',
  };
  if (options.form !== undefined) {
    payload = new URLSearchParams(options.form).toString();
    headers['content-type'] = 'application/x-www-form-urlencoded';
  } else if (options.json !== undefined) {
    payload = JSON.stringify(options.json);
    headers['content-type'] = 'application/json';
  }
  if (payload !== undefined) headers['content-length'] = Buffer.byteLength(payload);
  const cookie = options.jar?.headerFor(url.pathname);
  if (cookie !== undefined) headers.cookie = cookie;
  return new Promise((resolve, reject) => {
    const request = transport.request(
      {
        ...requestOptions,
        method: options.method ?? (payload === undefined ? 'GET' : 'POST'),
        path: `${url.pathname}${url.search}`,
        headers,
        localAddress: options.localAddress,
        timeout: timeoutMs,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          options.jar?.store(response.headers['set-cookie']);
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer from ${url.href}`)));
    request.on('error', reject);
    request.end(payload);
  });
}

/** True for URLs on the issuer (scheme, name and port). */
export function isIssuerUrl(oauth: OAuthEndpoints, url: URL): boolean {
  return url.origin === new URL(oauth.issuer).origin;
}

/** A request to the issuer over HTTPS, trusting the stack's CA only. */
export function issuerRequest(
  oauth: OAuthEndpoints,
  url: string | URL,
  options: RequestOptions = {},
): Promise<HttpAnswer> {
  const target = new URL(url, oauth.issuer);
  if (!isIssuerUrl(oauth, target)) throw new Error(`mailstack: ${target.href} is not the issuer`);
  return send(
    https,
    target,
    {
      host: oauth.host,
      port: oauth.httpsPort,
      servername: oauth.hostname,
      ca: [fs.readFileSync(oauth.caCertPath)],
      headers: { host: target.host },
    },
    options,
  );
}

/** Plain HTTP to a loopback URL: the app's redirect listener, or the IdP's internal port. */
export function loopbackRequest(
  url: string | URL,
  options: RequestOptions = {},
): Promise<HttpAnswer> {
  const target = new URL(url);
  if (
    target.protocol !== 'http:' ||
    !/^127\.\d+\.\d+\.\d+$|^localhost$|^\[::1\]$/.test(target.hostname)
  ) {
    throw new Error(`mailstack: ${target.href} is not a plain-HTTP loopback URL`);
  }
  return send(
    http,
    target,
    { host: target.hostname.replace(/^\[|\]$/g, ''), port: Number(target.port || 80) },
    options,
  );
}
