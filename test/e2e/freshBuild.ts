import { execFileSync } from 'node:child_process';
import { isBuildFresh } from '../../scripts/buildFreshness';

/** `npm test` builds first; a lone `vitest run` still tests what the sources say. */
export function ensureFreshBuild(): void {
  if (!isBuildFresh()) {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { stdio: 'inherit' });
  }
}
