// The bench's rows: one workload, tool, link and run each, the median of repeated runs, and the
// table.

/** 'baseline' is the switchover command built from --baseline REF. */
export type Tool = 'switchover' | 'baseline' | 'mbsync' | 'dsync';

export interface Row {
  workload: string;
  tool: Tool;
  rttMs: number;
  /** 'unlimited', or 'UP/DOWN' in Mbit/s (the shared rate of each direction). */
  link: string;
  upMbit: number | null;
  downMbit: number | null;
  minimalCaps: boolean;
  run: 'first' | 're-run';
  /** Median over this many runs (re-runs are repeated); 0 when skipped. */
  runs: number;
  seconds: number;
  ratioToMbsync: number | null;
  /** What the link's rate alone needs for the corpus bytes (first runs on a capped link). */
  linkLimitSeconds: number | null;
  ratioToLinkLimit: number | null;
  peakRssMb: number;
  roundTripsPerMessage: number;
  connections: number;
  /** Bytes through the proxies per run, TLS included: up to the new provider, down from the old. */
  wireBytesUp: number;
  wireBytesDown: number;
  /** Messages found on the destination afterwards (all folders). */
  destinationMessages: number;
  ok: boolean;
  /** Not run: its projected time was beyond --max-minutes (the note says how long). */
  skipped?: boolean;
  note?: string;
}

/** The median wall time, the highest peak RSS, and the first failure if any. */
export function medianRun(
  tries: { ok: boolean; seconds: number; rssMb: number; note?: string }[],
): {
  ok: boolean;
  seconds: number;
  rssMb: number;
  note?: string;
} {
  const seconds = tries.map((t) => t.seconds).sort((a, b) => a - b);
  const failed = tries.find((t) => !t.ok);
  return {
    ok: failed === undefined,
    seconds: seconds[Math.floor(seconds.length / 2)] ?? 0,
    rssMb: Math.max(...tries.map((t) => t.rssMb)),
    ...(failed?.note ? { note: failed.note } : {}),
  };
}

export function table(rows: Row[], baselineRef: string | undefined): string {
  const header = [
    'workload',
    'tool',
    'RTT ms',
    'link up/down Mbit/s',
    'run',
    'wall s (median of n)',
    '× mbsync',
    '× link limit',
    'peak RSS MB',
    'RT/msg',
    'conns',
    'ok',
  ];
  const lines = rows.map((r) => [
    r.workload,
    `${r.tool === 'baseline' ? `switchover@${baselineRef ?? '?'}` : r.tool}${r.minimalCaps ? ' (min caps)' : ''}`,
    String(r.rttMs),
    r.link,
    r.run,
    r.skipped ? '—' : `${r.seconds.toFixed(2)} (${r.runs})`,
    r.ratioToMbsync === null ? '—' : r.ratioToMbsync.toFixed(2),
    r.ratioToLinkLimit === null ? '—' : r.ratioToLinkLimit.toFixed(2),
    r.skipped ? '—' : r.peakRssMb.toFixed(1),
    r.skipped ? '—' : r.roundTripsPerMessage.toFixed(2),
    r.skipped ? '—' : String(r.connections),
    r.skipped ? `skipped (${r.note ?? ''})` : r.ok ? 'yes' : `NO${r.note ? ` (${r.note})` : ''}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    fmt(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...lines.map(fmt),
  ].join('\n');
}
