import os from 'node:os';
import path from 'node:path';

/**
 * The folder Electron uses as userData for "Switchover", so browser mode and the CLI share one
 * settings file with the desktop app.
 */
export function defaultDataDirectory(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home = os.homedir(),
): string {
  if (env.SWITCHOVER_DATA_DIR) return env.SWITCHOVER_DATA_DIR;
  if (platform === 'win32') {
    return path.win32.join(
      env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'),
      'Switchover',
    );
  }
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Switchover');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Switchover');
}
