import { protocol } from 'electron';
import { appScheme } from '../security';
import { rendererResponse } from './rendererResponse';

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
  protocol.handle(appScheme, (request) => rendererResponse(rendererDir, request.url));
}
