/**
 * Waits on quit for the jobs being closed (a copy saves its state for "Continue where it
 * stopped"; a backup leaves no half-written file behind), all started together by the caller.
 * Bounded, so a stalled server cannot keep Switchover from quitting; never rejects.
 */
export async function closeJobs(
  closing: readonly Promise<unknown>[],
  timeoutMs = 5000,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
  });
  await Promise.race([Promise.allSettled(closing), bound]);
  clearTimeout(timer);
}
