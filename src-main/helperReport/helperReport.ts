import os from 'node:os';
import {
  SwitchoverError,
  type AccountSummary,
  type BackupState,
  type CopyJobView,
  type HealthCheck,
  type Kit,
  type SendTestState,
  type SwitchCheckState,
} from '../contract';
import type { AppFacts, Part, ReportData } from './reportData';
import { redactReport, type ReportSecret } from './redactReport';
import { reportFileName, reportText } from './reportText';

/** Where each part of the report comes from: the services' own status calls. */
export interface ReportSources {
  app(): AppFacts;
  accounts(): Promise<{ old: AccountSummary | null; new: AccountSummary | null }>;
  /** Every password the app holds (from the vault), for the redaction pass. */
  secrets(): Promise<ReportSecret[]>;
  kit(): Kit | null;
  copy(): CopyJobView | null;
  sendTest(): SendTestState | null;
  switchover(): Promise<SwitchCheckState | null>;
  /** Asks DNS: bounded by `healthTimeoutMs`. */
  health(): Promise<{ domain: string; checks: HealthCheck[] }>;
  backup(): BackupState | null | Promise<BackupState | null>;
  now?(): Date;
  healthTimeoutMs?: number;
}

function problem(error: unknown): string {
  const known = SwitchoverError.from(error);
  return `${known.code}: ${error instanceof Error ? error.message : known.message}`;
}

/** A part, or why it could not be read; a slow one (DNS) gives up after `ms`. */
async function part<T>(read: () => T | Promise<T>, ms = 15_000): Promise<Part<T>> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Part<T>>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, problem: `no answer within ${ms} ms` }), ms);
  });
  try {
    return await Promise.race([
      (async (): Promise<Part<T>> => ({ ok: true, value: await read() }))(),
      late,
    ]);
  } catch (error) {
    return { ok: false, problem: problem(error) };
  } finally {
    clearTimeout(timer);
  }
}

/** The report's facts, gathered at once (each part on its own: one failure spoils nothing). */
export async function gatherReport(sources: ReportSources): Promise<ReportData> {
  const [accounts, kit, copy, sendTest, switchover, health, backup] = await Promise.all([
    part(() => sources.accounts()),
    part(() => sources.kit()),
    part(() => sources.copy()),
    part(() => sources.sendTest()),
    part(() => sources.switchover()),
    part(() => sources.health(), sources.healthTimeoutMs ?? 8000),
    part(() => sources.backup()),
  ]);
  return {
    savedAt: sources.now?.() ?? new Date(),
    app: sources.app(),
    system: {
      node: process.versions.node,
      ...(process.versions.electron ? { electron: process.versions.electron } : {}),
      os: `${os.type()} ${os.release()}`,
      arch: process.arch,
    },
    accounts,
    kit,
    copy,
    sendTest,
    switchover,
    health,
    backup,
  };
}

/** The report for the helper: its file name and its text, through one redaction pass. */
export async function helperReport(
  sources: ReportSources,
): Promise<{ name: string; text: string }> {
  const data = await gatherReport(sources);
  const secrets = await sources.secrets().catch(() => []);
  return { name: reportFileName(data.savedAt), text: redactReport(reportText(data), secrets) };
}
