/**
 * Every `switchover` sub-command, loaded only when it runs so one command's dependencies never
 * slow another's start. A capability adds its commands here (one line each).
 */
export interface CliCommand {
  summary: string;
  run(args: string[]): Promise<number>;
}

export const commands: Record<string, () => Promise<CliCommand>> = {
  // Commands are registered below by their capabilities, e.g.
  //   detect: () => import('../accounts/detectCommand').then((m) => m.detectCommand),
  detect: () => import('../accounts/detectCommand').then((m) => m.detectCommand),
  kit: () => import('../kit/createKitCommand').then((m) => m.kitCommand),
  copy: () => import('../copy/copyCommand').then((m) => m.copyCommand),
  verify: () => import('../copy/copyCommand').then((m) => m.verifyCommand),
  'send-test': () => import('../smtp/sendTestCommand').then((m) => m.sendTestCommand),
  confirm: () => import('../switchover/confirmCommand').then((m) => m.confirmCommand),
  backup: () => import('../backup/backupCommand').then((m) => m.backupCommand),
};
