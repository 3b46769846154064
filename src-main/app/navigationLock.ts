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
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}
