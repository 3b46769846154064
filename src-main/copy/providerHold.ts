/**
 * A provider's "leave me alone for N ms" (provider.throttled), for one account: every
 * connection to it waits here before its next command, so none is sent until the time is up.
 */
export class ProviderHold {
  #until = 0;

  /** No command before now + ms (a later hold extends, an earlier one never shortens). */
  hold(ms: number): void {
    this.#until = Math.max(this.#until, Date.now() + ms);
  }

  /** When commands may go again (0: now). */
  get until(): number {
    return this.#until > Date.now() ? this.#until : 0;
  }

  async ready(): Promise<void> {
    // Bounded: each turn waits out the hold as it stands; a hold is at most an hour.
    for (let i = 0; i < 100 && Date.now() < this.#until; i++) {
      await new Promise((resolve) => setTimeout(resolve, this.#until - Date.now()));
    }
  }
}
