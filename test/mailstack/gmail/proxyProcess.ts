// Launches imapProxyMain.ts as a detached child (it outlives the CLI that started the stack) and
// waits for its port. Under tsx, so the proxy's own modules import one another as everywhere else.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CertificatePair } from '../certificates';
import { repoRoot } from '../layout';
import type { GmailLayout } from '../layout';
import type { GmailPorts } from '../ports';
import { waitForTcpPort } from '../ports';
import { spawnDetached, tailOfFile } from '../processes';
import { gmailLike } from '../testWorld';
import type { ImapProxyOptions } from './imapProxy';

/** What the stack looks for in the pid's command line before signalling it. */
export const proxyProgram = 'imapProxyMain';

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), `${proxyProgram}.ts`);

export async function startGmailProxy(
  layout: GmailLayout,
  ports: GmailPorts,
  cert: CertificatePair,
  onPid: (pid: number) => void,
): Promise<void> {
  const options: ImapProxyOptions = {
    host: gmailLike.host,
    port: ports.imaps,
    certPath: cert.certPath,
    keyPath: cert.keyPath,
    upstreamPort: ports.internalImap,
    labelsFile: layout.labelsFile,
  };
  const pid = await spawnDetached(
    process.execPath,
    ['--import', 'tsx', script, JSON.stringify(options)],
    layout.proxyLog,
    { cwd: repoRoot },
  );
  onPid(pid);
  await waitForTcpPort(gmailLike.host, ports.imaps, () => tailOfFile(layout.proxyLog));
}
