// The Switchover side of the bench: the copy engine alone in its own process, so its wall time
// and peak RSS are its own. Bundled by run.ts; settings come as JSON in argv[2], passwords in
// the environment (never on the command line).

import fs from 'node:fs';
import { startCopy } from '../../src-main/copy';
import type { CopyOptions } from '../../src-main/copy';
import type { ServerSettings } from '../../src-main/contract';

interface ChildArgs {
  source: ServerSettings;
  target: ServerSettings;
  caPath: string;
  dataDir: string;
  tuning?: Partial<CopyOptions>;
}

const args = JSON.parse(process.argv[2] ?? '{}') as ChildArgs;
const job = startCopy({
  ...args.tuning,
  source: { settings: args.source, password: process.env.BENCH_FROM_PASSWORD ?? '' },
  target: { settings: args.target, password: process.env.BENCH_TO_PASSWORD ?? '' },
  ca: fs.readFileSync(args.caPath),
  dataDir: args.dataDir,
});
const report = await job.done;
process.stdout.write(
  `${JSON.stringify({
    status: report.status,
    verified: report.verified,
    copied: report.copied,
    alreadyThere: report.alreadyThere,
    skipped: report.skipped,
    failed: report.failed,
    retries: report.retries,
    peakBudgetBytes: report.peakBudgetBytes,
    seconds: report.seconds,
    timings: report.timings,
  })}\n`,
);
process.exitCode = report.verified ? 0 : 1;
