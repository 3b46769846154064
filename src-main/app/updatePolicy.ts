/**
 * Whether to ask GitHub releases for a newer version. Off until a release feed is published: a
 * check against a feed that does not exist only produces errors. SWITCHOVER_UPDATE_CHECK=on|off
 * overrides the default (e.g. to try a pre-release feed). Never in development builds.
 */
export const releaseFeedPublished = false;

export function isUpdateCheckEnabled(options: {
  isPackaged: boolean;
  env: Record<string, string | undefined>;
  feedPublished?: boolean;
}): boolean {
  if (!options.isPackaged) return false;
  const override = options.env.SWITCHOVER_UPDATE_CHECK;
  if (override === 'on') return true;
  if (override === 'off') return false;
  return options.feedPublished ?? releaseFeedPublished;
}
