import type { CopyProgress, CopyState } from './copyTypes';

/** The copy's counters, and its rate over the last few seconds for the ETA. */
export class Progress {
  messagesDone = 0;
  messagesTotal = 0;
  bytesDone = 0;
  bytesTotal = 0;
  /** The old folder being read now. */
  folder = '';
  readonly #samples: { at: number; bytes: number }[] = [];

  /** A progress event for now (each call is also a sample of the rate). */
  sample(state: CopyState): CopyProgress {
    const now = Date.now();
    this.#samples.push({ at: now, bytes: this.bytesDone });
    while (this.#samples.length > 2 && (this.#samples[0]?.at ?? now) < now - 5000)
      this.#samples.shift();
    const first = this.#samples[0];
    const seconds = first ? (now - first.at) / 1000 : 0;
    const rate = first && seconds > 0.2 ? (this.bytesDone - first.bytes) / seconds : 0;
    const left = Math.max(0, this.bytesTotal - this.bytesDone);
    return {
      type: 'progress',
      folder: this.folder,
      messagesDone: this.messagesDone,
      messagesTotal: this.messagesTotal,
      bytesDone: this.bytesDone,
      bytesTotal: this.bytesTotal,
      rate: Math.round(rate),
      etaSeconds: rate > 0 ? Math.round(left / rate) : null,
      state,
    };
  }
}
