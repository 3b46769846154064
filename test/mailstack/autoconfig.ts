// Launches autoconfigServer.ts as a detached child and waits for both of its ports.

import fsp from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CertificatePair } from './certificates';
import { repoRoot } from './layout';
import type { StackLayout } from './layout';
import type { PortPlan } from './ports';
import { waitForTcpPort } from './ports';
import { spawnDetached, tailOfFile } from './processes';
import { autoconfigHost } from './testWorld';

const serverScript = path.join(path.dirname(fileURLToPath(import.meta.url)), 'autoconfigServer.ts');

/** Node ≥ 22.18 runs .ts files itself (quietly, with the warning off); older ones need tsx. */
function nodeArgs(): string[] {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  const stripsTypes = major > 22 || (major === 22 && minor >= 18);
  return stripsTypes ? ['--disable-warning=ExperimentalWarning'] : ['--import', 'tsx'];
}

export async function startAutoconfigServer(
  layout: StackLayout,
  plan: PortPlan,
  cert: CertificatePair,
  onPid: (pid: number) => void,
): Promise<void> {
  await fsp.mkdir(layout.autoconfigWebroot, { recursive: true });
  const options = {
    host: autoconfigHost,
    httpPort: plan.http,
    httpsPort: plan.https,
    webroot: layout.autoconfigWebroot,
    certPath: cert.certPath,
    keyPath: cert.keyPath,
    logPath: layout.autoconfigRequestLog,
  };
  const pid = await spawnDetached(
    process.execPath,
    [...nodeArgs(), serverScript, JSON.stringify(options)],
    layout.autoconfigLog,
    { cwd: repoRoot },
  );
  onPid(pid);
  const describe = () => tailOfFile(layout.autoconfigLog);
  await Promise.all([
    waitForTcpPort(autoconfigHost, plan.http, describe),
    waitForTcpPort(autoconfigHost, plan.https, describe),
  ]);
}
