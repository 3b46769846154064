import { CopyEngine } from './copyEngine';
import { defaults } from './copySettings';
import type { CopyEvent, CopyOptions, CopyReport, CopyState } from './copyTypes';

export interface CopyJob {
  readonly state: CopyState;
  on(listener: (event: CopyEvent) => void): () => void;
  pause(): void;
  resume(): void;
  cancel(): void;
  readonly done: Promise<CopyReport>;
}

/**
 * One copy from the old account to the new: plan → index → transfer → verify, with reconnects
 * (bounded), a resume journal, progress events, pause, resume and cancel. The old account is
 * only ever touched through read-only sessions.
 */
export function startCopy(options: CopyOptions): CopyJob {
  const engine = new CopyEngine({ ...defaults, ...options });
  const control = engine.control;
  return {
    get state() {
      return control.state;
    },
    on: (listener) => control.on(listener),
    pause: () => control.pause(),
    resume: () => control.resume(),
    cancel: () => control.cancel(),
    done: engine.run(),
  };
}
