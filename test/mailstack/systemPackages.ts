// The Debian programs the stack runs. Installed on demand only where that is safe to do
// unattended (root on Debian); everywhere else the error says exactly what to install.

import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { run } from './processes';

const requirements: readonly { binary: string; debianPackage: string }[] = [
  { binary: '/usr/sbin/dovecot', debianPackage: 'dovecot-imapd' },
  { binary: '/usr/bin/doveadm', debianPackage: 'dovecot-imapd' },
  { binary: '/usr/lib/dovecot/imap', debianPackage: 'dovecot-imapd' },
  { binary: '/usr/lib/dovecot/lmtp', debianPackage: 'dovecot-lmtpd' },
  { binary: '/usr/sbin/postfix', debianPackage: 'postfix' },
  { binary: '/usr/sbin/dnsmasq', debianPackage: 'dnsmasq' },
  { binary: '/usr/bin/gnome-keyring-daemon', debianPackage: 'gnome-keyring' },
  { binary: '/usr/bin/dbus-daemon', debianPackage: 'dbus' },
  { binary: '/usr/bin/dbus-send', debianPackage: 'dbus' },
  { binary: '/usr/bin/dbus-launch', debianPackage: 'dbus-x11' },
  { binary: '/usr/bin/secret-tool', debianPackage: 'libsecret-tools' },
  { binary: '/usr/bin/openssl', debianPackage: 'openssl' },
  { binary: '/usr/bin/chromium', debianPackage: 'chromium' },
  { binary: '/usr/bin/mbsync', debianPackage: 'isync' },
  { binary: '/usr/bin/script', debianPackage: 'bsdutils' },
  // A second stack in its own network namespace (mailstackAnywhere.test.ts).
  { binary: '/usr/bin/unshare', debianPackage: 'util-linux' },
  { binary: '/bin/ip', debianPackage: 'iproute2' },
];

const policyRcD = '/usr/sbin/policy-rc.d';

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function missingPackages(): string[] {
  const missing = requirements.filter((r) => !isExecutable(r.binary)).map((r) => r.debianPackage);
  return [...new Set(missing)];
}

async function aptInstall(packages: readonly string[]): Promise<void> {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Postfix asks what kind of mail server this is; the stack writes its own configs.
  await run('debconf-set-selections', [], {
    input: 'postfix postfix/main_mailer_type select No configuration\n',
  });
  // Exit code 101 tells the packages' maintainer scripts not to start their system daemons.
  const createdPolicy = !fs.existsSync(policyRcD);
  if (createdPolicy) await fsp.writeFile(policyRcD, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    await run('apt-get', ['update'], { env, timeoutMs: 600_000 });
    await run('apt-get', ['install', '-y', '--no-install-recommends', ...packages], {
      env,
      timeoutMs: 1_800_000,
    });
  } finally {
    if (createdPolicy) await fsp.rm(policyRcD, { force: true });
  }
}

export async function ensureSystemPackages(): Promise<void> {
  const missing = missingPackages();
  if (missing.length === 0) return;
  const command = `apt-get install -y ${missing.join(' ')}`;
  const canInstall = process.getuid?.() === 0 && isExecutable('/usr/bin/apt-get');
  if (!canInstall) {
    throw new Error(`mailstack: missing system packages; install them with: sudo ${command}`);
  }
  await aptInstall(missing);
  const still = missingPackages();
  if (still.length > 0) {
    throw new Error(
      `mailstack: still missing after install: apt-get install -y ${still.join(' ')}`,
    );
  }
}
