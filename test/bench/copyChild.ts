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
// Peaks of the process's memory by kind (MB), sampled: what makes up the peak RSS.
const peaks = { rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 };
const sample = () => {
  const u = process.memoryUsage();
  for (const k of Object.keys(peaks) as (keyof typeof peaks)[])
    peaks[k] = Math.max(peaks[k], Math.round(u[k] / 1048576));
};
const sampler = setInterval(sample, 25);
const job = startCopy({
  ...args.tuning,
  source: { settings: args.source, password: process.env.BENCH_FROM_PASSWORD ?? '' },
  target: { settings: args.target, password: process.env.BENCH_TO_PASSWORD ?? '' },
  ca: fs.readFileSync(args.caPath),
  dataDir: args.dataDir,
});
// RSS when each state begins: which phase the memory comes with.
const rssAtState: Record<string, number> = {};
job.on((event) => {
  if (event.type === 'state')
    rssAtState[event.state] = Math.round(process.memoryUsage().rss / 1048576);
});
const report = await job.done;
clearInterval(sampler);
sample();
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
    memoryMb: peaks,
    rssAtState,
  })}\n`,
);
process.exitCode = report.verified ? 0 : 1;
