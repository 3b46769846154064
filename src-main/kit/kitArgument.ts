import fs from 'node:fs';
import path from 'node:path';
import { kitLinkPrefix } from './parseKit';

/**
 * Finds a kit among command-line arguments (a second launch, a file association, a
 * switchover:// link handed over by the OS): the link itself, or a .switchover file's text.
 */
export function findKitArgument(argv: readonly string[]): string | undefined {
  for (const arg of argv) {
    if (arg.toLowerCase().startsWith(kitLinkPrefix)) return arg;
    if (arg.toLowerCase().endsWith('.switchover') && path.isAbsolute(arg)) {
      try {
        const stat = fs.statSync(arg);
        if (stat.isFile() && stat.size <= 65_536) return fs.readFileSync(arg, 'utf8');
      } catch {
        // Not readable: ignore it like any other argument.
      }
    }
  }
  return undefined;
}
