// `npm run dist`: packages the built app for this OS with electron-builder. The release feed's
// repository comes from the environment (the release workflow sets it); local builds get
// placeholders, since they never publish.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const env = {
  ...process.env,
  SWITCHOVER_RELEASE_OWNER: process.env.SWITCHOVER_RELEASE_OWNER ?? 'switchover',
  SWITCHOVER_RELEASE_REPO: process.env.SWITCHOVER_RELEASE_REPO ?? 'switchover',
};
const cli = createRequire(import.meta.url).resolve('electron-builder/cli.js');
const args = process.argv.slice(2);
const result = spawnSync(
  process.execPath,
  [cli, ...(args.length > 0 ? args : ['--publish', 'never'])],
  {
    stdio: 'inherit',
    env,
  },
);
process.exit(result.status ?? 1);
