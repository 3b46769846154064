/**
 * Where a saved file is, the way a person would say it: the last three places of its path joined
 * with "›" ("Documents › Switchover › Old mail backup 2026-11-25"). The full path is shown beside it.
 */
export function friendlyPath(path: string): string {
  const parts = path.split(/[\\/]+/).filter(Boolean);
  return parts.slice(-3).join(' › ');
}
