import type { CliCommand } from './index';
import { argsOrExit, parseOptions, timeoutOption, UsageError } from '../options';
import { printJsonLine, reportCommandError } from '../output';
import { cliSecret } from '../passwordSources';
import type { SendTestState } from '../../contract';
import { parseAccountUrls } from '../../serverUrls';
import { defaultSendTestTimeoutMs, startSendTest } from '../../sendTest/sendTestJob';
import { createNetwork } from '../../net';

const usage = `Usage: switchover send-test --account "smtp://USER@HOST[:PORT][?tls=implicit|starttls|none] imap://USER@HOST[:PORT][?tls=...]"
                          [--email ADDRESS] [--to ADDRESS] [--timeout SECONDS] [--json]
Sends a tagged test message from the account to itself and waits until it arrives.
Exits 0 only when it arrived in the inbox and the server took it for every address (--to too).
USER is percent-encoded (max%40new.example); the password comes from SWITCHOVER_PASSWORD,
else the keychain (where the Switchover app keeps it), else a hidden prompt on a terminal.`;

interface Args {
  account: string[];
  email?: string;
  to?: string;
  timeoutMs: number;
  json: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const o = parseOptions(argv, {
    values: ['--email', '--to', '--timeout'],
    lists: ['--account'],
    urlContinues: ['--account'],
    flags: ['--json'],
  });
  const account = o.lists.get('--account') ?? [];
  if (account.length === 0) throw new UsageError('--account is required');
  const out: Args = {
    account,
    timeoutMs: timeoutOption(o.values.get('--timeout'), defaultSendTestTimeoutMs),
    json: o.flags.has('--json'),
  };
  const email = o.values.get('--email');
  const to = o.values.get('--to');
  if (email !== undefined) out.email = email;
  if (to !== undefined) out.to = to;
  return out;
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(1);
}

function humanLine(state: SendTestState): string {
  const outcome = state.outcome;
  if (!outcome) return '';
  if (outcome.ok) {
    const notices = outcome.notices.map((n) => `\n  note: ${n.message}`).join('');
    return `It arrived in ${seconds(outcome.arrivedAfterMs)} seconds (sent in ${seconds(outcome.sentAfterMs)} s, port ${outcome.usedPort}).${notices}`;
  }
  return `${outcome.error.code}: ${outcome.error.message}`;
}

/** 1 when the test message did not arrive, and when the server refused the --to address. */
function exitCode(state: SendTestState): number {
  return state.outcome?.ok && state.extra?.status !== 'refused' ? 0 : 1;
}

async function run(argv: string[]): Promise<number> {
  const args = argsOrExit(() => parseArgs(argv), usage);
  if (typeof args === 'number') return args;
  try {
    const account = parseAccountUrls(args.account, args.email);
    // One password (or one sign-in, auth=oauth2 on either address) for both servers; the app
    // files it under the IMAP login too.
    const oauth = account.imap.auth === 'oauth2' || account.smtp.auth === 'oauth2';
    const password = await cliSecret(oauth ? { ...account.imap, auth: 'oauth2' } : account.imap, {
      variables: ['SWITCHOVER_PASSWORD'],
      username: account.imap.username,
      host: account.imap.host,
      label: account.email,
    });
    const job = startSendTest({
      address: account.email,
      smtp: account.smtp,
      imap: account.imap,
      password,
      network: createNetwork(),
      language: 'en',
      ...(args.to ? { extra: args.to } : {}),
      timeoutMs: args.timeoutMs,
    });
    let lastPhase = '';
    job.on((state, final) => {
      if (args.json) {
        if (!final) printJsonLine({ type: 'progress', ...state });
      } else if (state.phase !== lastPhase && !final) {
        process.stderr.write(
          state.phase === 'sending'
            ? `Sending a test message from ${state.address}…\n`
            : `Sent. Waiting for it to arrive (up to ${seconds(state.timeoutMs)} s)…\n`,
        );
      }
      lastPhase = state.phase;
    });
    const stop = () => process.exit(130);
    process.once('SIGINT', stop);
    const final = await job.done;
    process.off('SIGINT', stop);
    if (args.json) printJsonLine({ type: 'result', ...final });
    else {
      process.stdout.write(`${humanLine(final)}\n`);
      if (final.extra) {
        const e = final.extra;
        process.stdout.write(
          e.status === 'refused'
            ? `Not sent to ${e.address}: ${e.error?.code ?? ''} ${e.error?.message ?? ''}\n`
            : `Also sent to ${e.address}: ask whether it arrived.\n`,
        );
      }
      if (final.outcome && !final.outcome.ok) {
        process.stdout.write(`SMTP transcript:\n${final.outcome.transcript.join('\n')}\n`);
      }
    }
    return exitCode(final);
  } catch (error) {
    return reportCommandError(error, args.json);
  }
}

export const sendTestCommand: CliCommand = {
  summary: 'send a test message through an account and wait until it arrives in its inbox',
  run,
};
