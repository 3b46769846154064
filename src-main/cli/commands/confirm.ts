import type { CliCommand } from './index';
import { argsOrExit, parseOptions, timeoutOption, UsageError } from '../options';
import { counted, printJsonLine, reportCommandError } from '../output';
import { cliSecret } from '../passwordSources';
import type { Secret } from '../../oauth';
import { SwitchoverError, type MxView, type ServerSettings } from '../../contract';
import { createDnsClient } from '../../dns';
import { parseImapUrl, parseSmtpUrl } from '../../serverUrls';
import { checkDnsHealth } from '../../switchCheck/dnsHealth';
import { checkMx } from '../../switchCheck/mxCheck';
import { defaultProbeTimeoutMs, startProbeRun } from '../../switchCheck/probeRun';
import { createNetwork } from '../../net';

const usage = `Usage: switchover confirm --address EMAIL --old "imap://USER@HOST [smtp://USER@HOST]"
                         --new "imap://USER@HOST smtp://USER@HOST" [--expect-mx HOST]...
                         [--timeout SECONDS] [--json]
Checks where EMAIL's domain sends mail now (MX from the resolver and the domain's name servers),
sends one probe through each provider's SMTP to EMAIL and watches both inboxes (and Junk).
Exits 0 only when MX is switched and both probes arrived in the new account.
Passwords: SWITCHOVER_OLD_PASSWORD and SWITCHOVER_NEW_PASSWORD (or SWITCHOVER_PASSWORD for both),
else the keychain (where the Switchover app keeps them), else a hidden prompt on a terminal.`;

interface Args {
  address?: string;
  old: string[];
  new: string[];
  expectMx: string[];
  timeoutMs: number;
  json: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const o = parseOptions(argv, {
    values: ['--address', '--timeout'],
    lists: ['--old', '--new', '--expect-mx'],
    urlContinues: ['--old', '--new'],
    flags: ['--json'],
  });
  const address = o.values.get('--address');
  if (!address || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) {
    throw new UsageError('--address EMAIL is required');
  }
  const out: Args = {
    address,
    old: o.lists.get('--old') ?? [],
    new: o.lists.get('--new') ?? [],
    expectMx: o.lists.get('--expect-mx') ?? [],
    timeoutMs: timeoutOption(o.values.get('--timeout'), defaultProbeTimeoutMs),
    json: o.flags.has('--json'),
  };
  if (out.old.length === 0 || out.new.length === 0)
    throw new UsageError('--old and --new are required');
  return out;
}

function urls(values: readonly string[], role: 'old' | 'new') {
  const parts = values.flatMap((v) => v.split(/\s+/)).filter((p) => p !== '');
  const imap = parts.filter((p) => /^imaps?:/i.test(p));
  const smtp = parts.filter((p) => /^smtps?:/i.test(p));
  if (imap.length !== 1 || smtp.length > 1 || (role === 'new' && smtp.length !== 1)) {
    throw new SwitchoverError(
      'settings.not-found',
      role === 'new'
        ? '--new needs one imap:// and one smtp:// address.'
        : '--old needs one imap:// address and at most one smtp:// address.',
    );
  }
  // Name the variables this command reads when a password was typed into the address.
  const variables = `SWITCHOVER_${role.toUpperCase()}_PASSWORD`;
  const result: { imap: ServerSettings; smtp?: ServerSettings } = {
    imap: parseImapUrl(imap[0] ?? '', variables),
  };
  if (smtp[0]) result.smtp = parseSmtpUrl(smtp[0], variables);
  return result;
}

function password(role: 'old' | 'new', imap: ServerSettings): Promise<Secret> {
  return cliSecret(imap, {
    variables: [`SWITCHOVER_${role.toUpperCase()}_PASSWORD`, 'SWITCHOVER_PASSWORD'],
    username: imap.username,
    host: imap.host,
    label: `${imap.username} (${role} account)`,
  });
}

const units = [
  ['day', 86_400],
  ['hour', 3600],
  ['minute', 60],
] as const;

/** A TTL as a person would say it, in its largest unit, rounded: 60 s is "about 1 minute". */
export function aboutDuration(seconds: number): string {
  const [unit, size] = units.find(([, size]) => seconds >= size) ?? ['second', 1];
  return `about ${counted(Math.round(seconds / size), unit)}`;
}

/**
 * What the text output says about the MX answer beyond its state: that it is only the resolver's
 * (which may be cached) when no name server of the domain answered, and how long the old record
 * lives — only when that is the old record's TTL, never the new record's after the switch.
 */
export function mxNotes(mx: MxView): string[] {
  const notes: string[] = [];
  if (!mx.authoritative.some((a) => a.error === undefined && a.hosts.length > 0)) {
    const asked = mx.authoritative.map((a) => `${a.nameServer}: ${a.error ?? 'no MX record'}`);
    notes.push(
      `The domain's own name servers could not be asked (${asked.join('; ') || 'none found'}): ` +
        `the MX state comes from the resolver, which may be out of date.`,
    );
  }
  const estimate = mx.estimate;
  if (estimate?.basis === 'old-record-ttl') {
    notes.push(`Old MX record TTL: ${aboutDuration(estimate.seconds)}`);
  } else if (estimate?.basis === 'resolver-cache') {
    notes.push(
      `The resolver still holds the old MX record for ${aboutDuration(estimate.seconds)}.`,
    );
  }
  return notes;
}

async function run(argv: string[]): Promise<number> {
  const args = argsOrExit(() => parseArgs(argv), usage);
  if (typeof args === 'number') return args;
  const say = (line: string) => {
    if (!args.json) process.stderr.write(`${line}\n`);
  };
  try {
    const address = args.address ?? '';
    const old = urls(args.old, 'old');
    const fresh = urls(args.new, 'new');
    // Asked first, so a prompt comes before any waiting.
    const oldPassword = await password('old', old.imap);
    const newPassword = await password('new', fresh.imap);
    const network = createNetwork();
    const dns = createDnsClient();
    const domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase();
    const provider = {
      expectedMx: args.expectMx,
      hosts: [fresh.imap.host, ...(fresh.smtp ? [fresh.smtp.host] : [])],
    };
    const mx = await checkMx({ dns, domain, provider });
    say(
      `MX of ${domain}: ${mx.state} (${mx.resolver.hosts.map((h) => h.exchange).join(', ') || 'none'})`,
    );
    if (!old.smtp) say('The old account has no outgoing server given: that probe is skipped.');
    say(`Sending the probes; waiting up to ${Math.round(args.timeoutMs / 1000)} s…`);
    const job = startProbeRun({
      address,
      old: {
        email: address,
        imap: old.imap,
        password: oldPassword,
        ...(old.smtp ? { smtp: old.smtp } : {}),
      },
      new: { email: address, imap: fresh.imap, smtp: fresh.smtp, password: newPassword },
      network,
      language: 'en',
      timeoutMs: args.timeoutMs,
      mxState: mx.state,
    });
    const stop = () => process.exit(130);
    process.once('SIGINT', stop);
    const probes = await job.done;
    process.off('SIGINT', stop);
    const health = await checkDnsHealth({
      dns,
      domain,
      newProviderHosts: [...provider.hosts, ...args.expectMx],
    });
    const confirmed =
      mx.state === 'switched' &&
      probes.probes.old.landedIn === 'new' &&
      probes.probes.new.landedIn === 'new';
    if (args.json) printJsonLine({ type: 'result', confirmed, mx, probes, health });
    else {
      for (const via of ['old', 'new'] as const) {
        const p = probes.probes[via];
        process.stdout.write(
          `Probe through the ${via} provider: ${p.status}${p.landedIn ? ` in the ${p.landedIn} account (${p.folder ?? 'inbox'})` : ''}${p.error ? ` — ${p.error.code}: ${p.error.message}` : ''}\n`,
        );
      }
      for (const note of mxNotes(mx)) process.stdout.write(`${note}\n`);
      for (const h of health) process.stdout.write(`${h.check}: ${h.verdict} (${h.code})\n`);
      process.stdout.write(
        `${confirmed ? 'The switch is confirmed.' : `Not confirmed: ${probes.outcome ?? 'unknown'}`}\n`,
      );
    }
    return confirmed ? 0 : 1;
  } catch (error) {
    return reportCommandError(error, args.json);
  }
}

export const confirmCommand: CliCommand = {
  summary: 'check MX and send probes through both providers: is the switch complete?',
  run,
};
