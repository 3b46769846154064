import type { CopyJobView } from '../contract';

/**
 * A job waiting for a provider's daily limit (status 'waiting'), stopped by the person before it
 * went on: it ends as a cancelled copy would (the report says what was copied; copying again
 * continues where it stopped), and no longer says when it would have gone on.
 */
export function cancelledWhileWaiting(job: CopyJobView, now = new Date()): CopyJobView {
  const stopped: CopyJobView = { ...job, status: 'finished', finishedAt: now.toISOString() };
  delete stopped.resumeAt;
  if (job.report) {
    stopped.report = { ...job.report, status: 'cancelled' };
    delete stopped.report.resumeAfter;
  }
  return stopped;
}
