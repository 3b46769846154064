// Where everything of one stack lives inside its directory. One function, so every module (and a
// second process connecting to a running stack) agrees on the same paths.

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProviderName } from './testWorld';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Where the stack of the checkout at `root` lives: /tmp/switchover-mailstack-<name>-<hash of its
 * path>. Not inside the checkout: Dovecot and Postfix work as their own users (dovecot, dovenull,
 * postfix), who cannot enter a checkout below a 0700 or 0750 directory (a home, a `mktemp -d`).
 * /tmp itself rather than $TMPDIR, so every process (Vitest workers, `npm run mailstack`) finds the
 * same directory; one per checkout, so two checkouts never share or wipe each other's stack.
 */
export function stackDirFor(root: string): string {
  let real = path.resolve(root);
  try {
    real = fs.realpathSync(real);
  } catch {
    // Not there (yet): its path as given still names it.
  }
  const hash = crypto.createHash('sha256').update(real).digest('hex').slice(0, 12);
  const name = path
    .basename(real)
    .replace(/[^A-Za-z0-9._-]/g, '_')
    .slice(0, 24);
  return path.join('/tmp', `switchover-mailstack-${name}-${hash}`);
}

export const defaultStackDir = stackDirFor(repoRoot);

/** In the checkout, for people looking for the logs: a symlink to the default stack directory. */
export const checkoutPointer = path.join(repoRoot, '.mailstack', 'stack');

/** One Dovecot instance's files. */
export interface DovecotLayout {
  root: string;
  dovecotConf: string;
  dovecotBase: string;
  dovecotState: string;
  dovecotLog: string;
  usersFile: string;
  mailRoot: string;
}

export interface ProviderLayout extends DovecotLayout {
  postfixConfDir: string;
  postfixQueue: string;
  postfixData: string;
  postfixLog: string;
  localDomainsMap: string;
  transportMap: string;
}

export interface StackLayout {
  dir: string;
  marker: string;
  stateFile: string;
  certs: string;
  dnsmasqConf: string;
  dnsmasqPid: string;
  dnsmasqLog: string;
  autoconfigWebroot: string;
  autoconfigLog: string;
  /** One line per request the autoconfig server answered: lets tests see what the app tried. */
  autoconfigRequestLog: string;
  dbusConf: string;
  dbusSocket: string;
  dbusPid: string;
  dbusLog: string;
  keyringHome: string;
  keyringLog: string;
  providers: Record<ProviderName, ProviderLayout>;
  gmail: GmailLayout;
  oauth: OAuthLayout;
}

/** The Gmail-like provider: its Dovecot, the X-GM-EXT-1 proxy in front and the label table. */
export interface GmailLayout extends DovecotLayout {
  /** keyword → label name for every label any user was seeded with (the proxy reads it). */
  labelsFile: string;
  proxyLog: string;
}

/** The OAuth2 identity provider process (oauth/). */
export interface OAuthLayout {
  root: string;
  log: string;
}

function dovecotLayout(root: string): DovecotLayout {
  return {
    root,
    dovecotConf: path.join(root, 'dovecot.conf'),
    dovecotBase: path.join(root, 'dovecot-run'),
    dovecotState: path.join(root, 'dovecot-state'),
    dovecotLog: path.join(root, 'dovecot.log'),
    usersFile: path.join(root, 'users.passwd'),
    mailRoot: path.join(root, 'mail'),
  };
}

function providerLayout(dir: string, name: ProviderName): ProviderLayout {
  const root = path.join(dir, name);
  const postfixConfDir = path.join(root, 'postfix');
  return {
    ...dovecotLayout(root),
    postfixConfDir,
    // Outside the config dir: `postfix check` wants everything below it owned by root.
    postfixQueue: path.join(root, 'postfix-queue'),
    postfixData: path.join(root, 'postfix-data'),
    postfixLog: path.join(root, 'postfix.log'),
    localDomainsMap: path.join(postfixConfDir, 'local_domains'),
    transportMap: path.join(postfixConfDir, 'transport'),
  };
}

export function stackLayout(dir: string): StackLayout {
  const abs = path.resolve(dir);
  return {
    dir: abs,
    marker: path.join(abs, '.mailstack-dir'),
    stateFile: path.join(abs, 'state.json'),
    certs: path.join(abs, 'certs'),
    dnsmasqConf: path.join(abs, 'dnsmasq.conf'),
    dnsmasqPid: path.join(abs, 'dnsmasq.pid'),
    dnsmasqLog: path.join(abs, 'dnsmasq.log'),
    autoconfigWebroot: path.join(abs, 'autoconfig-www'),
    autoconfigLog: path.join(abs, 'autoconfig.log'),
    autoconfigRequestLog: path.join(abs, 'autoconfig-requests.log'),
    dbusConf: path.join(abs, 'dbus-session.conf'),
    dbusSocket: path.join(abs, 'dbus.sock'),
    dbusPid: path.join(abs, 'dbus.pid'),
    dbusLog: path.join(abs, 'dbus.log'),
    keyringHome: path.join(abs, 'keyring-home'),
    keyringLog: path.join(abs, 'keyring.log'),
    providers: { old: providerLayout(abs, 'old'), new: providerLayout(abs, 'new') },
    gmail: {
      ...dovecotLayout(path.join(abs, 'gmail')),
      labelsFile: path.join(abs, 'gmail', 'labels.json'),
      proxyLog: path.join(abs, 'gmail', 'proxy.log'),
    },
    oauth: { root: path.join(abs, 'oauth'), log: path.join(abs, 'oauth', 'idp.log') },
  };
}
