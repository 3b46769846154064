// gnome-keyring on a private D-Bus session bus, so the vault's keychain code runs for real without
// touching anyone's own keyring. The bus has its own config: no service activation, so nothing
// can start a second keyring daemon behind our back.

import fsp from 'node:fs/promises';
import path from 'node:path';
import type { StackLayout } from './layout';
import {
  isRunning,
  run,
  runDaemonizer,
  spawnDetached,
  tailOfFile,
  waitForPidFile,
} from './processes';

export const keyringPassword = 'mailstack-keyring';

function busConfig(layout: StackLayout): string {
  return `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=${layout.dbusSocket}</listen>
  <pidfile>${layout.dbusPid}</pidfile>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`;
}

export function busAddress(layout: StackLayout): string {
  return `unix:path=${layout.dbusSocket}`;
}

function keyringEnv(layout: StackLayout): NodeJS.ProcessEnv {
  const home = layout.keyringHome;
  return {
    PATH: process.env.PATH,
    HOME: home,
    XDG_RUNTIME_DIR: path.join(home, 'run'),
    XDG_DATA_HOME: path.join(home, 'data'),
    XDG_CONFIG_HOME: path.join(home, 'config'),
    XDG_CACHE_HOME: path.join(home, 'cache'),
    DBUS_SESSION_BUS_ADDRESS: busAddress(layout),
  };
}

async function secretsServiceOnBus(layout: StackLayout): Promise<boolean> {
  const { stdout } = await run('dbus-send', [
    `--bus=${busAddress(layout)}`, '--print-reply', '--dest=org.freedesktop.DBus',
    '/org/freedesktop/DBus', 'org.freedesktop.DBus.NameHasOwner', 'string:org.freedesktop.secrets',
  ]); // prettier-ignore
  return stdout.includes('boolean true');
}

export async function startKeyring(
  layout: StackLayout,
  onPids: (pids: { dbus?: number; keyring?: number }) => void,
): Promise<void> {
  const env = keyringEnv(layout);
  for (const dir of [
    'HOME',
    'XDG_RUNTIME_DIR',
    'XDG_DATA_HOME',
    'XDG_CONFIG_HOME',
    'XDG_CACHE_HOME',
  ]) {
    await fsp.mkdir(env[dir] ?? layout.keyringHome, { recursive: true, mode: 0o700 });
  }
  await fsp.writeFile(layout.dbusConf, busConfig(layout));
  const describeBus = () => tailOfFile(layout.dbusLog);
  try {
    await runDaemonizer(
      'dbus-daemon',
      [`--config-file=${layout.dbusConf}`, '--fork'],
      layout.dbusLog,
    );
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${await describeBus()}`, { cause: error });
  }
  onPids({ dbus: await waitForPidFile(layout.dbusPid, describeBus) });

  // --unlock reads the login keyring's password from stdin and creates that keyring if needed.
  const keyring = await spawnDetached(
    'gnome-keyring-daemon',
    ['--foreground', '--unlock', '--components=secrets'],
    layout.keyringLog,
    { env, input: keyringPassword },
  );
  onPids({ keyring });
  const deadline = Date.now() + 10_000;
  while (!(await secretsServiceOnBus(layout).catch(() => false))) {
    if (!isRunning(keyring) || Date.now() > deadline) {
      throw new Error(
        `mailstack: gnome-keyring-daemon did not register org.freedesktop.secrets\n${await tailOfFile(layout.keyringLog)}`,
      );
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
