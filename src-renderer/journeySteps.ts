/** The seven screens of the journey, in order (see DESIGN.md); the id is also the title's key. */
export const journeySteps = [
  'welcome',
  'oldAccount',
  'newAccount',
  'copy',
  'test',
  'complete',
  'done',
] as const;

export type JourneyStep = (typeof journeySteps)[number];
