import fs from 'node:fs/promises';
import { protocol } from 'electron';
import { resolveRendererFile } from '../rendererFiles';
import { appHost, appScheme, securityHeaders } from '../security';

/** Must run before the app is ready: app:// behaves like https (secure, standard origin). */
export function registerRendererScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
    },
  ]);
}

/** Serves the built renderer on app://switchover/ with the strict CSP on every response. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    const file = url.host === appHost ? resolveRendererFile(rendererDir, url.pathname) : null;
    const headers = securityHeaders();
    if (!file) return new Response('Not found', { status: 404, headers });
    const body = await fs.readFile(file.filePath);
    return new Response(body, { headers: { ...headers, 'Content-Type': file.contentType } });
  });
}
