/** The Electron shell serves the renderer from this privileged custom scheme. */
export const appScheme = 'app';
export const appHost = 'switchover';
export const appOrigin = `${appScheme}://${appHost}`;

/** Only frames showing our own bundled pages may call the contract. */
export function isTrustedRendererUrl(raw: string | undefined): boolean {
  if (!raw) return false;
  try {
    const url = new URL(raw);
    return url.protocol === `${appScheme}:` && url.host === appHost;
  } catch {
    return false;
  }
}
