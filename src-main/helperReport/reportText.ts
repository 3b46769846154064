import type {
  AccountSummary,
  BackupState,
  CopyJobView,
  ServerSettings,
  SendTestState,
  SwitchCheckState,
} from '../contract';
import type { Part, ReportData } from './reportData';

const sourceWords: Record<AccountSummary['source'], string> = {
  kit: "the helper's kit",
  provider: 'built-in provider settings',
  'provider-http': "the provider's autoconfig file (over plain http)",
  ispdb: 'the Thunderbird ISPDB',
  mx: 'the domain’s MX records',
  srv: 'DNS SRV records',
  guess: 'a guess from the domain',
  manual: 'typed in by hand',
};

const securityWords: Record<ServerSettings['security'], string> = {
  tls: 'SSL/TLS',
  starttls: 'STARTTLS',
  plain: 'no encryption',
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "2026-11-25 1430" in local time, as the file name has it. */
export function localStamp(date: Date): string {
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${day} ${pad(date.getHours())}${pad(date.getMinutes())}`;
}

/**
 * "Switchover report 2026-11-25 143005.txt": seconds included, so two reports saved in the same
 * minute do not overwrite each other (the save adds " (2)" should even the second match).
 */
export function reportFileName(date: Date): string {
  return `Switchover report ${localStamp(date)}${pad(date.getSeconds())}.txt`;
}

function server(label: string, settings: ServerSettings | undefined): string {
  if (!settings) return `  ${label}: none known`;
  return `  ${label}: ${settings.host} port ${settings.port}, ${securityWords[settings.security]}, user name ${settings.username}`;
}

function section(title: string, part: Part<unknown>, body: () => string[]): string[] {
  const lines = ['', title, '-'.repeat(title.length)];
  if (!part.ok) return [...lines, `  Could not be read: ${part.problem}`];
  return [...lines, ...body()];
}

function account(label: string, summary: AccountSummary | null): string[] {
  if (!summary) return [`${label}: not signed in`];
  return [
    `${label}: ${summary.email}`,
    server('Incoming (IMAP)', summary.imap),
    server('Outgoing (SMTP)', summary.smtp),
    `  Settings came from: ${sourceWords[summary.source]}`,
    `  Password kept in: ${summary.passwordStorage}`,
    ...(summary.notices ?? []).map((notice) => `  Notice: ${notice.code}: ${notice.message}`),
  ];
}

function copyLines(job: CopyJobView | null): string[] {
  if (!job) return ['  No copy has run.'];
  const p = job.progress;
  const lines = [
    `  Job ${job.jobId}: ${job.status}, from ${job.from} to ${job.to}`,
    `  Started ${job.startedAt}${job.finishedAt ? `, finished ${job.finishedAt}` : ''}`,
    `  Folders: ${job.folders === 'all' ? 'all' : job.folders.join(', ')}`,
    `  Progress: ${p.phase}, ${p.messagesDone} of ${p.messagesTotal} messages, ${p.bytesDone} of ${p.bytesTotal} bytes`,
  ];
  if (job.error) lines.push(`  Error: ${job.error.code}: ${job.error.message}`);
  const report = job.report;
  if (!report) return lines;
  lines.push(
    `  Result: ${report.status}${report.stopReason ? ` (${report.stopReason.code}: ${report.stopReason.message})` : ''}`,
    `  Copied ${report.copied}, already there ${report.alreadyThere}, skipped ${report.skipped}, failed ${report.failed}, deleted at the old side since ${report.deletedLeftBehind}`,
    `  ${report.bytes} bytes in ${report.seconds} s, verified: ${report.verified ? 'yes' : 'no'}`,
    '  Per folder (old → new: messages in the old folder / now in the new one):',
  );
  for (const folder of report.folders) {
    const inNew = folder.alreadyThere + folder.copied;
    lines.push(
      `    ${folder.source} → ${folder.target}: ${folder.sourceMessages} / ${inNew} (copied ${folder.copied}, already there ${folder.alreadyThere}), verified ${folder.verified ? 'yes' : 'no'}, missing after check ${folder.missingAfterVerify}`,
    );
    for (const [kind, list] of [
      ['skipped', folder.skipped],
      ['failed', folder.failed],
    ] as const) {
      for (const item of list) {
        const said = item.serverText ? ` (server: ${item.serverText})` : '';
        lines.push(`      ${kind}: UID ${item.uid}, ${item.size} bytes, ${item.reason}${said}`);
      }
    }
  }
  return lines;
}

function sendTestLines(state: SendTestState | null): string[] {
  if (!state) return ['  No send test has run.'];
  const lines = [
    `  Test ${state.probeId} to ${state.address}: ${state.phase}, started ${state.startedAt}, ${state.elapsedMs} ms of ${state.timeoutMs} ms`,
  ];
  if (state.extra) {
    const extra = state.extra;
    lines.push(
      `  Also sent to ${extra.address}: ${extra.status}${extra.error ? ` (${extra.error.code}: ${extra.error.message})` : ''}, person says: ${extra.confirmed}`,
    );
  }
  const outcome = state.outcome;
  if (!outcome) return lines;
  if (outcome.ok) {
    lines.push(
      `  Outcome: arrived in ${outcome.folder} after ${outcome.arrivedAfterMs} ms (sent after ${outcome.sentAfterMs} ms), port ${outcome.usedPort}`,
    );
  } else {
    lines.push(
      `  Outcome: failed, ${outcome.error.code}: ${outcome.error.message}${outcome.usedPort ? `, port ${outcome.usedPort}` : ''}`,
    );
  }
  for (const notice of outcome.notices) lines.push(`  Notice: ${notice.code}: ${notice.message}`);
  lines.push('  Transcript:', ...outcome.transcript.map((line) => `    ${line}`));
  return lines;
}

function switchLines(state: SwitchCheckState | null): string[] {
  if (!state) return ['  Not checked (an account is not signed in).'];
  const lines = [
    `  Mode: ${state.mode}, address ${state.address}, new address ${state.newAddress}`,
  ];
  const mx = state.mx;
  if (mx) {
    lines.push(
      `  MX of ${mx.domain}: ${mx.state}, checked ${mx.checkedAt}${mx.cached ? ', resolver answer is cached (older)' : ''}`,
      `    Resolver: ${mx.resolver.hosts.map((h) => `${h.exchange} (${h.priority}, TTL ${h.ttl}, ${h.provider})`).join('; ') || 'none'}${mx.resolver.error ? ` error ${mx.resolver.error}` : ''}`,
    );
    for (const ns of mx.authoritative) {
      lines.push(
        `    ${ns.nameServer} (${ns.address}): ${ns.hosts.map((h) => `${h.exchange} (${h.priority}, ${h.provider})`).join('; ') || 'none'}${ns.error ? ` error ${ns.error}` : ''}`,
      );
    }
    lines.push(`    Expected: ${mx.expectedMx.join(', ') || 'from the new account’s settings'}`);
    if (mx.estimate) {
      lines.push(`    Estimate: about ${mx.estimate.hours} h (${mx.estimate.basis})`);
    }
  } else {
    lines.push('  MX: not checked yet');
  }
  const run = state.probes;
  if (run) {
    lines.push(`  Probes ${run.runId}: ${run.phase}, outcome ${run.outcome ?? 'none yet'}`);
    for (const probe of [run.probes.old, run.probes.new]) {
      const parts = [`via ${probe.via}: ${probe.status}`];
      if (probe.skippedBecause) parts.push(`skipped because ${probe.skippedBecause}`);
      if (probe.landedIn) parts.push(`landed in ${probe.landedIn} ${probe.folder ?? ''}`.trim());
      if (probe.arrivedAfterMs !== undefined) parts.push(`after ${probe.arrivedAfterMs} ms`);
      if (probe.error) parts.push(`${probe.error.code}: ${probe.error.message}`);
      lines.push(`    ${parts.join(', ')}`);
    }
  } else {
    lines.push('  Probes: not sent');
  }
  const late = state.stragglers;
  lines.push(
    `  Late mail at the old inbox: ${late.copied.length} copied across, watching ${late.watching ? 'yes' : 'no'}, since ${late.since ?? '-'}, last check ${late.lastCheckAt ?? '-'}, last arrival ${late.lastArrivalAt ?? '-'}${late.error ? `, error ${late.error.code}: ${late.error.message}` : ''}`,
  );
  const done = state.completion;
  lines.push(
    `  Complete: ${done.complete ? 'yes' : 'no'}${done.waitingFor.length ? `, waiting for ${done.waitingFor.join(', ')}` : ''}, quiet until ${done.quietUntil ?? '-'}, keep old account until ${done.keepOldAccountUntil ?? '-'}`,
  );
  return lines;
}

function backupLines(state: BackupState | null): string[] {
  if (!state) return ['  No backup has run.'];
  const lines = [
    `  ${state.phase}${state.startedAt ? `, started ${state.startedAt}` : ''}: ${state.messagesDone} of ${state.messagesTotal} messages, ${state.bytesDone} of ${state.bytesTotal} bytes`,
  ];
  for (const folder of state.folders) {
    lines.push(
      `    ${folder.path} → ${folder.file}: ${folder.messages} messages, ${folder.bytes} bytes`,
    );
  }
  if (state.saved) lines.push(`  Saved in: ${state.saved.path}`);
  if (state.error) lines.push(`  Error: ${state.error.code}: ${state.error.message}`);
  return lines;
}

/** The report as plain text (before the redaction pass). */
export function reportText(data: ReportData): string {
  const { app, system } = data;
  const lines = [
    'Switchover report',
    '=================',
    `Saved ${localStamp(data.savedAt)} (local time), ${data.savedAt.toISOString()}`,
    'For the person who helps with the switch. No passwords and no message contents are in it.',
    '',
    'App',
    '---',
    `  ${app.name} ${app.version}, ${app.runtime === 'electron' ? 'desktop app' : 'browser mode'}, language ${app.language ?? '-'}`,
    `  ${app.platform} ${system.arch}, ${system.os}, Node ${system.node}${system.electron ? `, Electron ${system.electron}` : ''}`,
  ];
  lines.push(
    ...section('Accounts', data.accounts, () =>
      data.accounts.ok
        ? [
            ...account('Old account', data.accounts.value.old),
            ...account('New account', data.accounts.value.new),
          ]
        : [],
    ),
    ...section('Helper kit', data.kit, () => {
      const kit = data.kit.ok ? data.kit.value : null;
      if (!kit) return ['  No kit was opened.'];
      return [
        `  From ${kit.helper.name}${kit.helper.contact ? ` (${kit.helper.contact})` : ''}`,
        `  Expected MX: ${kit.expectedMx?.join(', ') ?? '-'}`,
      ];
    }),
    ...section('Copy', data.copy, () => copyLines(data.copy.ok ? data.copy.value : null)),
    ...section('Send test', data.sendTest, () =>
      sendTestLines(data.sendTest.ok ? data.sendTest.value : null),
    ),
    ...section('Is the switch complete?', data.switchover, () =>
      switchLines(data.switchover.ok ? data.switchover.value : null),
    ),
    ...section('DNS health', data.health, () => {
      const health = data.health.ok ? data.health.value : null;
      if (!health) return ['  Not checked.'];
      return [
        `  Domain: ${health.domain}`,
        ...health.checks.map(
          (check) =>
            `  ${check.check}: ${check.verdict} (${check.code}) ${JSON.stringify(check.data)}`,
        ),
      ];
    }),
    ...section('Backup of the old mail', data.backup, () =>
      backupLines(data.backup.ok ? data.backup.value : null),
    ),
    '',
  );
  return lines.join('\n');
}
