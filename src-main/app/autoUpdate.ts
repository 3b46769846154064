import { app } from 'electron';
import { isUpdateCheckEnabled } from './updatePolicy';

/**
 * electron-updater against the GitHub releases electron-builder publishes to (the feed is written
 * into the packaged app as app-update.yml). Loaded only when checks are on, so a build without a
 * feed never touches the network for it.
 */
export async function startUpdateChecks(): Promise<void> {
  if (!isUpdateCheckEnabled({ isPackaged: app.isPackaged, env: process.env })) return;
  // electron-updater is CommonJS: its named exports are reached through the default import.
  const { default: electronUpdater } = await import('electron-updater');
  const { autoUpdater } = electronUpdater;
  // Downloads in the background and installs on quit; the person is never asked mid-copy.
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = true;
  autoUpdater.on('error', () => {
    // An unreachable feed must never disturb a move in progress; the next start tries again.
  });
  try {
    await autoUpdater.checkForUpdates();
  } catch {
    // Same as above: offline or no release yet.
  }
}
