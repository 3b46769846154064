import type { CliCommand } from './index';
import { argsOrExit, parseOptions, UsageError } from '../options';
import { printJsonLine, reportCommandError } from '../output';
import { cliSecret } from '../passwordSources';
import { SwitchoverError } from '../../errors';
import type { BackupState } from '../../contract';
import { parseImapUrl } from '../../serverUrls';
import { startBackup } from '../../backup/backupJob';

const usage = `Usage: switchover backup --from imap://USER@HOST[:PORT][?tls=implicit|starttls|none]
                       --out DIR [--folder NAME]... [--json]
Writes DIR/Old mail backup YYYY-MM-DD/ with one mbox file (mboxrd) per folder; the old account
is only read. Password: SWITCHOVER_FROM_PASSWORD, else the keychain (where the Switchover app
keeps it), else typed at a hidden prompt on a terminal.`;

interface Args {
  from: string;
  out: string;
  folders: string[];
  json: boolean;
}

function parseArgs(argv: string[]): Args {
  const o = parseOptions(argv, {
    values: ['--from', '--out'],
    lists: ['--folder'],
    flags: ['--json'],
  });
  const from = o.values.get('--from');
  const out = o.values.get('--out');
  if (!from || !out) throw new UsageError('--from and --out are required');
  return { from, out, folders: o.lists.get('--folder') ?? [], json: o.flags.has('--json') };
}

function printHuman(state: BackupState): void {
  for (const f of state.folders) {
    process.stdout.write(
      `ok      ${f.path} → ${f.file}: ${f.messages} messages, ${f.bytes} bytes\n`,
    );
  }
  if (state.saved) {
    process.stdout.write(
      `Saved ${state.messagesDone} messages in ${state.saved.path} (${state.saved.bytes} bytes)\n`,
    );
  }
}

async function run(argv: string[]): Promise<number> {
  const args = argsOrExit(() => parseArgs(argv), usage);
  if (typeof args === 'number') return args;
  try {
    const settings = parseImapUrl(args.from, 'SWITCHOVER_FROM_PASSWORD');
    // The same sources as `switchover copy` (never an argument, never a file).
    const password = await cliSecret(settings, {
      variables: ['SWITCHOVER_FROM_PASSWORD'],
      username: settings.username,
      host: settings.host,
    });
    // The same network as the other commands (SWITCHOVER_DNS).
    const { createNetwork } = await import('../../net');
    const job = startBackup({
      source: { settings, password },
      network: createNetwork(),
      saveDirectory: args.out,
      folders: args.folders,
      onProgress: (state) => {
        if (state.phase !== 'running') return;
        if (args.json) printJsonLine({ type: 'progress', ...state });
        else if (process.stderr.isTTY) {
          const pct = state.bytesTotal ? Math.floor((100 * state.bytesDone) / state.bytesTotal) : 0;
          process.stderr.write(
            `\r${pct}% ${state.messagesDone}/${state.messagesTotal} ${state.folder ?? ''}   `,
          );
        }
      },
    });
    const stop = () => job.cancel();
    process.once('SIGINT', stop);
    const final = await job.done;
    process.off('SIGINT', stop);
    if (!args.json && process.stderr.isTTY) process.stderr.write('\n');
    if (final.phase !== 'finished') {
      throw final.error
        ? SwitchoverError.fromWire(final.error)
        : new SwitchoverError('internal', 'The backup did not finish.');
    }
    if (args.json) printJsonLine({ type: 'summary', ...final });
    else printHuman(final);
    return 0;
  } catch (error) {
    return reportCommandError(error, args.json);
  }
}

export const backupCommand: CliCommand = {
  summary: 'save every folder of an IMAP account as mbox files (read-only on the server)',
  run,
};
