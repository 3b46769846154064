import type { CliCommand } from './index';
import { argsOrExit, parseOptions, UsageError } from '../options';
import { printJsonLine, reportCommandError } from '../output';
import { cliSecret } from '../passwordSources';
import { defaultDataDirectory } from '../../paths';
import { startCopy } from '../../copy/copyJob';
import type { LabelMode } from '../../copy/allMailPlan';
import type { CopyEvent, CopyReport } from '../../copy/copyTypes';
import { besidesCopied, summarize } from '../../copy/copyReport';
import { scheduleSentence } from '../../copy/dailyLimits';
import { parseImapUrl } from '../../serverUrls';
import { verifyCopy } from '../../copy/verifyCopy';
import { keepHeapSmall } from '../../copy/smallHeap';

const usage = `Usage: switchover copy --from imap://USER@HOST[:PORT][?tls=implicit|starttls|none]
                     --to imap://USER@HOST[:PORT][?tls=...] [--folder NAME]...
                     [--gmail-labels keywords|folders] [--json]
       switchover verify --from ... --to ... [--folder NAME]... [--gmail-labels ...] [--json]
Gmail (any account with an All Mail folder): All Mail is read once and each message copied once,
into its first label's folder with its other labels as keywords (--gmail-labels keywords, the
default), or into the folder of every label (--gmail-labels folders); mail without a label goes
to Archive. Every option takes its value as the next word or after "=".
Exit codes: 0 every message verified, 1 not, 2 wrong options, 75 paused by the provider's limit
(the JSON summary's resumeAfter says when to run it again; it goes on where it stopped).
Passwords: SWITCHOVER_FROM_PASSWORD and SWITCHOVER_TO_PASSWORD, else the keychain (where the
Switchover app keeps them), else typed at a hidden prompt on a terminal.`;

interface Args {
  from: string;
  to: string;
  folders: string[];
  labels: LabelMode | undefined;
  json: boolean;
}

function parseArgs(argv: string[]): Args {
  const o = parseOptions(argv, {
    values: ['--from', '--to', '--gmail-labels'],
    lists: ['--folder'],
    flags: ['--json'],
  });
  const from = o.values.get('--from');
  const to = o.values.get('--to');
  if (!from || !to) throw new UsageError('--from and --to are required');
  const labels = o.values.get('--gmail-labels');
  if (labels !== undefined && labels !== 'keywords' && labels !== 'folders')
    throw new UsageError('--gmail-labels takes keywords or folders');
  return {
    from,
    to,
    folders: o.lists.get('--folder') ?? [],
    labels,
    json: o.flags.has('--json'),
  };
}

function summaryLine(report: CopyReport): object {
  return {
    type: 'summary',
    status: report.status,
    verified: report.verified,
    copied: report.copied,
    skipped: report.skipped,
    failed: report.failed,
    alreadyThere: report.alreadyThere,
    deletedLeftBehind: report.deletedLeftBehind,
    bytes: report.bytes,
    seconds: report.seconds,
    retries: report.retries,
    stopReason: report.stopReason,
    ...(report.resumeAfter ? { resumeAfter: report.resumeAfter } : {}),
    summary: summarize(report),
    ...(report.allMail ? { allMail: report.allMail } : {}),
    folders: report.folders,
  };
}

function printHuman(report: CopyReport): void {
  for (const f of report.folders) {
    const extra = besidesCopied({
      ...f,
      skipped: f.skipped.length,
      failed: f.failed.length,
    });
    const mark = f.verified ? 'ok' : 'MISSING';
    process.stdout.write(
      `${mark.padEnd(8)}${f.source} → ${f.target}: ${f.copied} copied of ${f.sourceMessages}` +
        `${extra.length ? ` (${extra.join(', ')})` : ''}\n`,
    );
    for (const n of [...f.skipped, ...f.failed]) {
      process.stdout.write(
        // UID and size find the message in the old folder (its key is a hash: indexKey).
        `          uid ${n.uid}, ${n.size} bytes: ${n.reason}${n.serverText ? ` — ${n.serverText}` : ''}\n`,
      );
    }
  }
  process.stdout.write(`${summarize(report)} (${report.seconds} s)\n`);
}

async function run(kind: 'copy' | 'verify', argv: string[]): Promise<number> {
  const args = argsOrExit(() => parseArgs(argv), usage);
  if (typeof args === 'number') return args;
  try {
    const from = parseImapUrl(args.from);
    const to = parseImapUrl(args.to);
    const source = {
      settings: from,
      password: await cliSecret(from, {
        variables: ['SWITCHOVER_FROM_PASSWORD'],
        username: from.username,
        host: from.host,
      }),
    };
    const target = {
      settings: to,
      password: await cliSecret(to, {
        variables: ['SWITCHOVER_TO_PASSWORD'],
        username: to.username,
        host: to.host,
      }),
    };
    const folders = args.folders.length ? args.folders : undefined;
    let report: CopyReport;
    if (kind === 'verify') {
      report = await verifyCopy({ source, target, folders, labels: args.labels });
    } else {
      const job = startCopy({
        source,
        target,
        folders,
        labels: args.labels,
        dataDir: defaultDataDirectory(),
      });
      job.on((event: CopyEvent) => {
        if (args.json && event.type !== 'done') printJsonLine(event);
        else if (!args.json && event.type === 'progress' && process.stderr.isTTY) {
          const pct = event.messagesTotal
            ? Math.floor((100 * event.messagesDone) / event.messagesTotal)
            : 100;
          process.stderr.write(
            `\r${pct}% ${event.messagesDone}/${event.messagesTotal} ${event.folder}   `,
          );
        } else if (!args.json && event.type === 'retry') {
          process.stderr.write(
            `\nconnection trouble (${event.error.code}), retrying in ${event.delayMs} ms\n`,
          );
        } else if (!args.json && event.type === 'schedule') {
          process.stderr.write(`\n${scheduleSentence(event.schedule)}\n`);
        } else if (!args.json && event.type === 'wait') {
          process.stderr.write(
            `\nthe provider asks for a wait (${event.reason.code}): going on at ` +
              `${new Date(event.until).toLocaleTimeString()}\n`,
          );
        }
      });
      const stop = () => job.cancel();
      process.once('SIGINT', stop);
      report = await job.done;
      process.off('SIGINT', stop);
      if (!args.json && process.stderr.isTTY) process.stderr.write('\n');
    }
    if (args.json) printJsonLine(summaryLine(report));
    else printHuman(report);
    if (report.status === 'paused') {
      if (!args.json)
        process.stderr.write(
          `Paused by the provider: run the same command again after ${report.resumeAfter ?? 'a while'}; it goes on where it stopped.\n`,
        );
      // EX_TEMPFAIL (sysexits.h): a scheduler runs it again later.
      return 75;
    }
    return report.verified ? 0 : 1;
  } catch (error) {
    return reportCommandError(error, args.json);
  }
}

export const copyCommand: CliCommand = {
  summary: 'copy every message from one IMAP account to another, then verify',
  run: (args) => {
    keepHeapSmall();
    return run('copy', args);
  },
};

export const verifyCommand: CliCommand = {
  summary: 'check that every message of one IMAP account is on another',
  run: (args) => run('verify', args),
};
