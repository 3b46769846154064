import { SwitchoverError } from '../errors';
import type { CopyEvent, CopyState } from './copyTypes';

/**
 * A copy's state machine and its listeners: planning → indexing → copying → verifying → done,
 * with pause, resume and cancel. Cancel closes every connection registered here, so whatever
 * waits on the network ends at once; the work itself stops at its next gate().
 */
export class JobControl {
  state: CopyState = 'planning';
  readonly #listeners = new Set<(event: CopyEvent) => void>();
  #cancelled = false;
  #paused: { promise: Promise<undefined>; release: () => void } | undefined;
  #beforePause: CopyState = 'copying';
  readonly #closers = new Set<() => void>();
  #stateSince = Date.now();
  readonly #timings: Partial<Record<CopyState, number>> = {};

  get cancelled(): boolean {
    return this.#cancelled;
  }

  on(listener: (event: CopyEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit(event: CopyEvent): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch {
        // a listener's failure must not stop the copy
      }
    }
  }

  setState(state: CopyState): void {
    // Work that moves on while paused (an answer already on its way) resumes in its new state.
    if (this.#paused && state !== 'paused' && state !== 'done') {
      this.#beforePause = state;
      return;
    }
    if (this.state === state) return;
    const now = Date.now();
    this.#timings[this.state] = (this.#timings[this.state] ?? 0) + (now - this.#stateSince) / 1000;
    this.#stateSince = now;
    this.state = state;
    this.emit({ type: 'state', state });
  }

  pause(): void {
    if (this.#paused || this.state === 'done') return;
    let release: () => void = () => undefined;
    const promise = new Promise<undefined>((resolve) => {
      release = () => resolve(undefined);
    });
    this.#paused = { promise, release };
    this.#beforePause = this.state;
    this.setState('paused');
  }

  resume(): void {
    const paused = this.#paused;
    if (!paused) return;
    this.#paused = undefined;
    this.setState(this.#beforePause);
    paused.release();
  }

  cancel(): void {
    this.#cancelled = true;
    this.resume();
    for (const close of this.#closers) close();
  }

  /** Waits while paused; throws copy.cancelled once cancelled. */
  async gate(): Promise<void> {
    while (this.#paused) await this.#paused.promise;
    if (this.#cancelled) throw cancelledError();
  }

  /** `close` runs on cancel and when the job ends (a connection that must not outlive it). */
  addCloser(close: () => void): void {
    this.#closers.add(close);
  }

  closeAll(): void {
    for (const close of this.#closers) close();
    this.#closers.clear();
  }

  /** Seconds spent in each state so far. */
  roundedTimings(): Partial<Record<CopyState, number>> {
    return Object.fromEntries(
      Object.entries(this.#timings).map(([k, v]) => [k, Math.round(v * 100) / 100]),
    );
  }
}

export function cancelledError(): SwitchoverError {
  return new SwitchoverError('copy.cancelled', 'The copy was cancelled.');
}
