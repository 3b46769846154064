import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { kitVersion, SwitchoverError, type Kit } from '../../contract';
import type { CliCommand } from './index';
import { kitLink, parseKit } from '../../kit/parseKit';

const usage =
  'Usage: switchover kit create --helper NAME [--contact TEXT] (--email ADDRESS | --email-pattern PATTERN)\n' +
  '         --imap HOST:PORT:tls|starttls --smtp HOST:PORT:tls|starttls [--username TEMPLATE]\n' +
  '         [--mx HOST]... [--language en|de|fr|es] [--out FILE]';

function server(spec: string, what: string) {
  const match = /^([^:]+):(\d{1,5}):(tls|starttls)$/.exec(spec);
  if (!match?.[1] || !match[2] || !match[3])
    throw new Error(`--${what} must look like host:port:tls or host:port:starttls`);
  return { host: match[1], port: Number(match[2]), security: match[3] as 'tls' | 'starttls' };
}

/** Builds a kit from the options; parseKit validates it exactly as the app will. */
export function kitFromArgs(args: string[]): Kit {
  return kitOptions(args).kit;
}

/** The kit and where to write it (`--out FILE` or `--out=FILE`; stdout without). */
function kitOptions(args: string[]): { kit: Kit; out: string | undefined } {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      helper: { type: 'string' },
      contact: { type: 'string' },
      email: { type: 'string' },
      'email-pattern': { type: 'string' },
      imap: { type: 'string' },
      smtp: { type: 'string' },
      username: { type: 'string' },
      mx: { type: 'string', multiple: true },
      language: { type: 'string' },
      out: { type: 'string' },
    },
  });
  if (
    !values.helper ||
    !values.imap ||
    !values.smtp ||
    !(values.email || values['email-pattern'])
  ) {
    throw new Error('--helper, --imap, --smtp and --email (or --email-pattern) are required');
  }
  const username = values.username ? { username: values.username } : {};
  const kit = {
    kind: 'switchover-kit',
    version: kitVersion,
    helper: { name: values.helper, ...(values.contact ? { contact: values.contact } : {}) },
    ...(values.language ? { language: values.language } : {}),
    newAccount: {
      ...(values.email ? { email: values.email } : {}),
      ...(values['email-pattern'] ? { emailPattern: values['email-pattern'] } : {}),
      imap: { ...server(values.imap, 'imap'), ...username },
      smtp: { ...server(values.smtp, 'smtp'), ...username },
    },
    ...(values.mx?.length ? { expectedMx: values.mx } : {}),
  };
  return { kit: parseKit(JSON.stringify(kit)), out: values.out };
}

/** `switchover kit create …`: writes a kit (never with a password) and prints its link. */
export const kitCommand: CliCommand = {
  summary: 'prepare a switchover kit for a relative: kit create --helper NAME …',
  async run(args) {
    const [sub, ...rest] = args;
    if (sub !== 'create') {
      console.error(usage);
      return sub === undefined || sub === '--help' ? 0 : 2;
    }
    let kit: Kit;
    let out: string | undefined;
    try {
      ({ kit, out } = kitOptions(rest));
    } catch (error) {
      const text =
        error instanceof SwitchoverError
          ? `${error.message} ${JSON.stringify(error.details ?? '')}`
          : (error as Error).message;
      console.error(`${text}\n${usage}`);
      return 2;
    }
    const json = `${JSON.stringify(kit, null, 2)}\n`;
    if (out) {
      fs.writeFileSync(out, json);
      console.log(`Wrote ${out}`);
      console.log(`Link: ${kitLink(kit)}`);
    } else {
      process.stdout.write(json);
    }
    return 0;
  },
};
