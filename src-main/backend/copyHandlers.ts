import type { Handlers } from '../contract';
import type { CopyJobService } from '../copyJobs';

export function createCopyHandlers(
  copyJobs: CopyJobService,
): Pick<
  Handlers,
  | 'copy.plan'
  | 'copy.changePlan'
  | 'copy.previewDrop'
  | 'copy.start'
  | 'copy.pause'
  | 'copy.resume'
  | 'copy.cancel'
  | 'copy.status'
> {
  return {
    'copy.plan': ({ refresh }) => copyJobs.plan(refresh),
    'copy.changePlan': (change) => copyJobs.changePlan(change),
    'copy.previewDrop': (drop) => copyJobs.previewDrop(drop),
    'copy.start': (input) => copyJobs.start(input),
    'copy.pause': async () => copyJobs.pause(),
    'copy.resume': async () => copyJobs.resume(),
    'copy.cancel': async () => copyJobs.cancel(),
    'copy.status': async () => ({ job: copyJobs.status() }),
  };
}
