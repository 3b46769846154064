import { shell, type WebContents } from 'electron';
import { isAllowedExternalUrl } from '../security';

/**
 * No page may navigate, open windows, attach webviews or ask for permissions. Links to
 * allow-listed help pages open in the system browser instead.
 */
export function lockNavigation(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Security review: only https pages on the fixed help-page allow-list (no credentials, no
    // port) reach the system browser; the Electron e2e checks that nothing else does.
    if (isAllowedExternalUrl(url)) void shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
    return { action: 'deny' };
  });
}
