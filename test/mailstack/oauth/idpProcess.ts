// Launches idpMain.ts as a detached child (it outlives the CLI that started the stack) and waits
// for both of its ports. oidc-provider needs Node ≥ 22: when this process runs on an older one
// (plain `node` here is 20; npm scripts and npx get 24 from the `node` devDependency), the IdP
// runs on the checkout's own node_modules/.bin/node.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CertificatePair } from '../certificates';
import { repoRoot } from '../layout';
import type { OAuthLayout } from '../layout';
import { waitForTcpPort } from '../ports';
import { spawnDetached, tailOfFile } from '../processes';
import type { OAuthEndpoints } from '../state';
import type { IdpProcessOptions } from './idpMain';

/** What the stack looks for in the pid's command line before signalling it. */
export const idpProgram = 'idpMain';

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), `${idpProgram}.ts`);

export function nodeForIdp(): string {
  const major = Number(process.versions.node.split('.')[0]);
  if (major >= 22) return process.execPath;
  const local = path.join(repoRoot, 'node_modules', '.bin', 'node');
  if (fs.existsSync(local)) return local;
  throw new Error(
    `mailstack: the OAuth2 identity provider (oidc-provider) needs Node ≥ 22; this is ${process.version} and ${local} is missing (npm ci)`,
  );
}

export async function startIdentityProvider(
  layout: OAuthLayout,
  oauth: OAuthEndpoints,
  cert: CertificatePair,
  onPid: (pid: number) => void,
): Promise<void> {
  const options: IdpProcessOptions = {
    issuer: oauth.issuer,
    host: oauth.host,
    httpsPort: oauth.httpsPort,
    internalHttpPort: oauth.internalHttpPort,
    certPath: cert.certPath,
    keyPath: cert.keyPath,
    introspectionSecret: oauth.introspectionClientSecret,
    accessTokenTtl: oauth.defaultAccessTokenTtl,
  };
  await fs.promises.mkdir(layout.root, { recursive: true, mode: 0o755 });
  const pid = await spawnDetached(
    nodeForIdp(),
    ['--import', 'tsx', script, JSON.stringify(options)],
    layout.log,
    { cwd: repoRoot },
  );
  onPid(pid);
  const describe = () => tailOfFile(layout.log);
  await Promise.all([
    waitForTcpPort(oauth.host, oauth.httpsPort, describe, 20_000),
    waitForTcpPort(oauth.host, oauth.internalHttpPort, describe, 20_000),
  ]);
}
