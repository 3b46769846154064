// A copy job as the screen and the job service see it, and the two signed-in accounts it runs
// between, for the unit tests of both.

import type { AccountSummary, CopyJobView, CopyProgressView } from '../../src-main/contract';

export function account(role: 'old' | 'new'): AccountSummary {
  const host = role === 'old' ? '127.0.0.2' : '127.0.0.3';
  return {
    role,
    email: `a@${role}.test`,
    imap: { host, port: 993, security: 'tls', username: `a@${role}.test` },
    passwordStorage: 'session',
    source: 'manual',
  };
}

/** The job service's key for the pair of `account('old')` and `account('new')`. */
export const pairKey = 'a@old.test@127.0.0.2:993 -> a@new.test@127.0.0.3:993';

/** A running job half-way through INBOX, with what a test changes. */
export function copyJobView(
  job: Partial<CopyJobView> = {},
  progress: Partial<CopyProgressView> = {},
): CopyJobView {
  const jobId = job.jobId ?? 'j1';
  return {
    jobId,
    status: 'running',
    startedAt: new Date().toISOString(),
    from: 'a@old.test',
    to: 'a@new.test',
    folders: 'all',
    ...job,
    progress: {
      jobId,
      phase: 'copying',
      folder: 'INBOX',
      messagesDone: 1,
      messagesTotal: 2,
      bytesDone: 10,
      bytesTotal: 20,
      rate: 1,
      etaSeconds: 10,
      ...progress,
    },
  };
}
