import type { CopyReport } from './copyTypes';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The report in plain words (English; the UI words it from the data in its own language). */
export function summarize(report: CopyReport): string {
  const parts: string[] = [];
  parts.push(`${plural(report.copied, 'message', 'messages')} copied`);
  if (report.alreadyThere > 0) parts.push(`${report.alreadyThere} already there`);
  if (report.skipped > 0) parts.push(`${report.skipped} too big for the new provider`);
  if (report.failed > 0) parts.push(`${report.failed} not copied`);
  if (report.deletedLeftBehind > 0)
    parts.push(`${report.deletedLeftBehind} deleted ones left behind`);
  const head = parts.join(', ') + '.';
  switch (report.status) {
    case 'complete':
      return `${head} Every message is on the new side.`;
    case 'stopped':
      return `${head} The copy stopped (${report.stopReason?.code ?? 'error'}); run it again to continue.`;
    case 'cancelled':
      return `${head} The copy was cancelled; run it again to continue.`;
    default:
      return `${head} Some messages are missing on the new side; see the list.`;
  }
}
