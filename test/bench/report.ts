// The bench's rows: one tool, link and run each, the median of repeated runs, and the table.

/** 'baseline' is the switchover command built from --baseline REF. */
export type Tool = 'switchover' | 'baseline' | 'mbsync' | 'dsync';

export interface Row {
  tool: Tool;
  rttMs: number;
  run: 'first' | 're-run';
  /** Median over this many runs (re-runs are repeated). */
  runs: number;
  seconds: number;
  ratioToMbsync: number | null;
  peakRssMb: number;
  roundTripsPerMessage: number;
  connections: number;
  /** Messages found on the destination afterwards (all folders). */
  destinationMessages: number;
  ok: boolean;
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
    'tool',
    'RTT ms',
    'run',
    'wall s (median of n)',
    '× mbsync',
    'peak RSS MB',
    'RT/msg',
    'conns',
    'ok',
  ];
  const lines = rows.map((r) => [
    r.tool === 'baseline' ? `switchover@${baselineRef ?? '?'}` : r.tool,
    String(r.rttMs),
    r.run,
    `${r.seconds.toFixed(2)} (${r.runs})`,
    r.ratioToMbsync === null ? '—' : r.ratioToMbsync.toFixed(2),
    r.peakRssMb.toFixed(1),
    r.roundTripsPerMessage.toFixed(2),
    String(r.connections),
    r.ok ? 'yes' : `NO${r.note ? ` (${r.note})` : ''}`,
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
