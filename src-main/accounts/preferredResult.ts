/** A lookup that answers (a value), has nothing (undefined) or fails (throws). */
export type Lookup<T> = (signal: AbortSignal) => Promise<T | undefined>;

export interface Outcome<T> {
  value?: T;
  /** Index of the lookup that gave the value. */
  index?: number;
  /** Per lookup: 'found', 'none', the failure text, or 'cancelled' when never needed. */
  outcomes: string[];
}

/**
 * Runs every lookup at once and returns the answer of the highest-priority one (lowest index)
 * that answers, without waiting for lower-priority ones; the rest are cancelled through their
 * signal. After `softDeadlineMs`, a pending higher-priority lookup no longer holds back an answer
 * already in hand.
 */
export async function preferredResult<T>(
  lookups: readonly Lookup<T>[],
  options: { signal?: AbortSignal; softDeadlineMs?: number; hardDeadlineMs?: number } = {},
): Promise<Outcome<T>> {
  const controller = new AbortController();
  const stop = () => controller.abort();
  options.signal?.addEventListener('abort', stop, { once: true });
  if (options.signal?.aborted) stop();
  const outcomes: string[] = lookups.map(() => 'cancelled');
  const settled: ({ value: T | undefined } | undefined)[] = lookups.map(() => undefined);
  let wake: () => void = () => undefined;
  let pastSoftDeadline = false;
  let pastHardDeadline = false;
  const timers = [
    setTimeout(
      () => {
        pastSoftDeadline = true;
        wake();
      },
      options.softDeadlineMs ?? 2 ** 31 - 1,
    ),
    setTimeout(
      () => {
        pastHardDeadline = true;
        wake();
      },
      options.hardDeadlineMs ?? 2 ** 31 - 1,
    ),
  ];
  lookups.forEach((lookup, index) => {
    void Promise.resolve()
      .then(() => lookup(controller.signal))
      .then(
        (value) => {
          settled[index] = { value };
          outcomes[index] = value === undefined ? 'none' : 'found';
        },
        (error: unknown) => {
          settled[index] = { value: undefined };
          outcomes[index] = controller.signal.aborted
            ? 'cancelled'
            : error instanceof Error
              ? error.message
              : String(error);
        },
      )
      .finally(() => wake());
  });
  try {
    for (;;) {
      const firstFound = settled.findIndex((s) => s?.value !== undefined);
      const firstPending = settled.findIndex((s) => s === undefined);
      const decided =
        (firstFound >= 0 && (firstPending < 0 || firstFound < firstPending || pastSoftDeadline)) ||
        firstPending < 0 ||
        pastHardDeadline ||
        controller.signal.aborted;
      if (decided) {
        const found = firstFound >= 0 ? settled[firstFound] : undefined;
        return found?.value === undefined
          ? { outcomes }
          : { value: found.value, index: firstFound, outcomes };
      }
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    timers.forEach(clearTimeout);
    options.signal?.removeEventListener('abort', stop);
    controller.abort();
  }
}
