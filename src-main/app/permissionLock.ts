import type { Session } from 'electron';

/**
 * No page gets a permission: requests (camera, notifications, …) are refused, and checks
 * (what a page may query synchronously, e.g. clipboard or media devices) answer "no" too — a
 * request handler alone leaves Electron's default "granted" for checks.
 */
export function lockPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, _permission, grant) => grant(false));
  session.setPermissionCheckHandler(() => false);
}
