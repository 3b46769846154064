// The Switchover side of the bench: the copy engine alone in its own process, so its wall time
// and peak RSS are its own. Bundled by run.ts; settings come as JSON in argv[2], passwords in
// the environment (never on the command line).

import fs from 'node:fs';
import v8 from 'node:v8';
import { keepHeapSmall, startCopy } from '../../src-main/copy';
import type { CopyOptions } from '../../src-main/copy';
import type { ServerSettings } from '../../src-main/contract';

interface ChildArgs {
  source: ServerSettings;
  target: ServerSettings;
  caPath: string;
  dataDir: string;
  tuning?: Partial<CopyOptions>;
}

// As every host of the engine does when it starts (the CLI's copy, the app).
keepHeapSmall();
const args = JSON.parse(process.argv[2] ?? '{}') as ChildArgs;
// Peaks of the process's memory by kind (MB), sampled: what makes up the peak RSS.
const peaks = { rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 };
const sample = () => {
  const u = process.memoryUsage();
  for (const k of Object.keys(peaks) as (keyof typeof peaks)[])
    peaks[k] = Math.max(peaks[k], Math.round(u[k] / 1048576));
};
// BENCH_MEMORY_TIMELINE=<file>: a line every 200 ms and at each state, to find when the peak
// comes (the peak RSS alone does not say which phase made it).
const timeline = process.env.BENCH_MEMORY_TIMELINE;
const mb = (bytes: number) => Math.round(bytes / 1048576);
function timelineLine(label: string): void {
  if (!timeline) return;
  const u = process.memoryUsage();
  const space = (name: string) =>
    mb(v8.getHeapSpaceStatistics().find((x) => x.space_name === name)?.physical_space_size ?? 0);
  const hwmKb = /VmHWM:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1];
  const fields = [
    label,
    `hwm ${Math.round(Number(hwmKb) / 1024)}`,
    `rss ${mb(u.rss)}`,
    `heap ${mb(u.heapUsed)}/${mb(u.heapTotal)}`,
    `old ${space('old_space')} large ${space('large_object_space')} new ${space('new_space')}`,
    `external ${mb(u.external)} arrayBuffers ${mb(u.arrayBuffers)}`,
  ];
  fs.appendFileSync(timeline, `${fields.join(' ')}\n`);
}
const started = Date.now();
let ticks = 0;
const sampler = setInterval(() => {
  sample();
  if (++ticks % 8 === 0) timelineLine(`${((Date.now() - started) / 1000).toFixed(1)} s`);
}, 25);
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
  if (event.type === 'state') timelineLine(`state ${event.state}`);
});
const report = await job.done;
clearInterval(sampler);
sample();
timelineLine('done');
// Where the resident memory is at the end (usually the peak): the malloc heap, other anonymous
// mappings (V8's heap pages, other malloc arenas, big buffers) and files (the binary, code).
const smaps = { mallocHeap: 0, anonymous: 0, files: 0, stack: 0 };
let kind: keyof typeof smaps = 'anonymous';
for (const line of fs.readFileSync('/proc/self/smaps', 'utf8').split('\n')) {
  const header = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \d+\s*(.*)$/.exec(line);
  if (header) {
    const name = header[1] ?? '';
    kind =
      name === '[heap]'
        ? 'mallocHeap'
        : name.startsWith('[stack')
          ? 'stack'
          : name.startsWith('/')
            ? 'files'
            : 'anonymous';
    continue;
  }
  const rss = /^Rss:\s+(\d+) kB/.exec(line);
  if (rss) smaps[kind] += Number(rss[1]) / 1024;
}
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
    heapSpacesAtEndMb: Object.fromEntries(
      v8
        .getHeapSpaceStatistics()
        .map((s) => [
          s.space_name,
          `${Math.round(s.space_used_size / 1048576)}/${Math.round(s.physical_space_size / 1048576)}`,
        ]),
    ),
    rssAtEndMb: Object.fromEntries(Object.entries(smaps).map(([k, v]) => [k, Math.round(v)])),
  })}\n`,
);
process.exitCode = report.verified ? 0 : 1;
