/**
 * One strict policy for every page Switchover serves, in Electron (app://) and in browser mode.
 * No inline scripts or styles, no eval, no plugins, no framing, no form posts; the only
 * connection allowed besides 'self' is the bridge's WebSocket on loopback.
 */
export function contentSecurityPolicy(options: { bridgeOrigin?: string } = {}): string {
  const connect = ["'self'"];
  if (options.bridgeOrigin) connect.push(options.bridgeOrigin.replace(/^http/, 'ws'));
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect.join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers sent with every page and file, beside the CSP. */
export function securityHeaders(options: { bridgeOrigin?: string } = {}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}
