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
  detect: () => import('./detect').then((m) => m.detectCommand),
  kit: () => import('./kit').then((m) => m.kitCommand),
  copy: () => import('./copy').then((m) => m.copyCommand),
  verify: () => import('./copy').then((m) => m.verifyCommand),
  'send-test': () => import('./sendTest').then((m) => m.sendTestCommand),
  confirm: () => import('./confirm').then((m) => m.confirmCommand),
  backup: () => import('./backup').then((m) => m.backupCommand),
  login: () => import('./login').then((m) => m.loginCommand),
};
