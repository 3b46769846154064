import type {
  AccountSummary,
  BackupState,
  CopyJobView,
  HealthCheck,
  Kit,
  SendTestState,
  SwitchCheckState,
} from '../contract';

/** A part of the report that could not be read says why instead. */
export type Part<T> = { ok: true; value: T } | { ok: false; problem: string };

export interface AppFacts {
  name: string;
  version: string;
  platform: string;
  runtime: 'electron' | 'browser';
  language?: string;
}

/** Everything the report says, gathered from the services' status calls. */
export interface ReportData {
  savedAt: Date;
  app: AppFacts;
  /** Node, Electron and the operating system, as this process sees them. */
  system: { node: string; electron?: string; os: string; arch: string };
  accounts: Part<{ old: AccountSummary | null; new: AccountSummary | null }>;
  kit: Part<Kit | null>;
  copy: Part<CopyJobView | null>;
  sendTest: Part<SendTestState | null>;
  switchover: Part<SwitchCheckState | null>;
  health: Part<{ domain: string; checks: HealthCheck[] } | null>;
  backup: Part<BackupState | null>;
}
