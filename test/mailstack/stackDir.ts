// The stack's directory: made fresh on every start where the servers' own users can reach it, and
// pointed at from the checkout. See stackDirFor in layout.ts for why it is not in the checkout.

import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { checkoutPointer, stackLayout } from './layout';
import type { StackLayout } from './layout';

/**
 * The first directory on the way to `dir` that others may not enter (no o+x): Dovecot and
 * Postfix, working as dovecot, dovenull and postfix, could not reach anything below it. Parts
 * that do not exist yet are not asked about: prepareDir makes them 0755.
 */
export function closedAncestor(dir: string): { dir: string; mode: number } | undefined {
  let existing = path.dirname(path.resolve(dir));
  while (!fs.existsSync(existing)) existing = path.dirname(existing);
  const chain: string[] = [];
  for (let p = fs.realpathSync(existing); ; p = path.dirname(p)) {
    chain.unshift(p);
    if (p === path.dirname(p)) break;
  }
  for (const p of chain) {
    const mode = fs.statSync(p).mode & 0o7777;
    if ((mode & 0o001) === 0) return { dir: p, mode };
  }
  return undefined;
}

/**
 * The servers' users must also read the files the stack writes (their configs, passwd-file,
 * routing maps): a umask that hides new files from others (027, 077) breaks them. Says so first.
 */
export function checkUmask(): void {
  const mask = process.umask();
  if ((mask & 0o005) !== 0) {
    throw new Error(
      `mailstack: umask 0${mask.toString(8).padStart(3, '0')} would hide the stack's files from Dovecot's and Postfix's own users: run it under umask 022`,
    );
  }
}

/** Empties the directory (refusing one the stack did not create) and makes it 0755 all the way. */
export async function prepareDir(layout: StackLayout): Promise<void> {
  const closed = closedAncestor(layout.dir);
  if (closed !== undefined) {
    throw new Error(
      `mailstack: Dovecot and Postfix, running as their own users, cannot enter ${closed.dir} (mode 0${closed.mode.toString(8)}), so they cannot use ${layout.dir}: give --dir or MAILSTACK_DIR a directory they can reach (a new one directly in /tmp) or run chmod o+x ${closed.dir}`,
    );
  }
  const existing = await fsp.lstat(layout.dir).catch(() => undefined);
  if (existing !== undefined) {
    if (!existing.isDirectory() || existing.uid !== process.getuid?.()) {
      throw new Error(`mailstack: ${layout.dir} is a symlink or not ours; not using it`);
    }
    const entries = await fsp.readdir(layout.dir);
    if (entries.length > 0 && !fs.existsSync(layout.marker)) {
      throw new Error(
        `mailstack: ${layout.dir} is not empty and not a mailstack dir; not wiping it`,
      );
    }
    await fsp.rm(layout.dir, { recursive: true, force: true });
  }
  const first = await fsp.mkdir(layout.dir, { recursive: true, mode: 0o755 });
  // mkdir's mode passes through the umask (077 would make 0700): set it on each directory made.
  for (let d = layout.dir; first !== undefined; d = path.dirname(d)) {
    await fsp.chmod(d, 0o755);
    if (d === first || d === path.dirname(d)) break;
  }
  await fsp.writeFile(layout.marker, 'Created by test/mailstack; wiped on every start.\n');
}

/**
 * The checkout's own .mailstack directory when it still holds a whole stack, as it did before the
 * stack moved to /tmp: that stack must be stopped, and pointFromCheckout then wipes the directory.
 */
export function stackInCheckout(): string | undefined {
  const dir = path.dirname(checkoutPointer);
  if (!fs.existsSync(stackLayout(dir).marker)) return undefined;
  const pointerOnly = [path.basename(stackLayout(dir).marker), path.basename(checkoutPointer)];
  return fs.readdirSync(dir).some((entry) => !pointerOnly.includes(entry)) ? dir : undefined;
}

/**
 * Makes <checkout>/.mailstack/stack a symlink to `dir`. The marker stays beside it, so an older
 * version of this code, which kept the whole stack there, still wipes the directory and starts.
 * Only a convenience: never fails.
 */
export async function pointFromCheckout(dir: string): Promise<void> {
  const home = path.dirname(checkoutPointer);
  try {
    if (stackInCheckout() !== undefined) await fsp.rm(home, { recursive: true, force: true });
    await fsp.mkdir(home, { recursive: true });
    await fsp.writeFile(
      stackLayout(home).marker,
      'Created by test/mailstack. The stack lives where `stack` points (wiped on every start).\n',
    );
    await fsp.rm(checkoutPointer, { force: true });
    await fsp.symlink(dir, checkoutPointer);
  } catch {
    // A read-only checkout does without the pointer; `npm run mailstack -- status` names the dir.
  }
}
