import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The one visible folder Switchover saves into (backups, phone profiles, reports), created when
 * missing: SWITCHOVER_SAVE_DIR if set, else "Switchover" in the person's Documents. The desktop
 * app may pass the Documents folder it knows (Electron's, which follows a redirected one on
 * Windows); otherwise it is XDG_DOCUMENTS_DIR on Linux, or Documents in the home folder.
 */
export function defaultSaveDirectory(
  options: {
    platform?: NodeJS.Platform;
    env?: NodeJS.ProcessEnv;
    home?: string;
    documents?: string;
    create?: boolean;
  } = {},
): string {
  const platform = options.platform ?? process.platform;
  const env = options.env ?? process.env;
  const home = options.home ?? os.homedir();
  const paths = platform === 'win32' ? path.win32 : path.posix;
  let dir: string;
  if (env.SWITCHOVER_SAVE_DIR) dir = env.SWITCHOVER_SAVE_DIR;
  else {
    const documents =
      options.documents ??
      (platform === 'win32'
        ? paths.join(env.USERPROFILE ?? home, 'Documents')
        : platform === 'linux' && env.XDG_DOCUMENTS_DIR
          ? env.XDG_DOCUMENTS_DIR
          : paths.join(home, 'Documents'));
    dir = paths.join(documents, 'Switchover');
  }
  if (options.create ?? true) fs.mkdirSync(dir, { recursive: true });
  return dir;
}
