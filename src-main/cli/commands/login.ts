import type { CliCommand } from './index';
import { argsOrExit, parseOptions, UsageError } from '../options';
import { printJsonLine, reportCommandError } from '../output';
import { providerFor } from '../oauthSecret';
import { languageFromLocale } from '../../contract';
import { parseImapUrl } from '../../serverUrls';

const usage = `Usage: switchover login --account imap://USER@HOST[:PORT]?auth=oauth2 [--no-browser] [--json]
Signs in with the provider's own page (Microsoft, Google, Yahoo, AOL): prints
{"type":"authorize","url":"…"} as a JSON line, opens that page in the browser (not with
--no-browser: open it yourself), waits up to 10 minutes, keeps the sign-in in the keychain and
exits 0 once an IMAP login with it worked. copy, verify, backup, send-test and confirm then use it
for the same address with ?auth=oauth2.`;

interface Args {
  account: string;
  browser: boolean;
  json: boolean;
}

function parseArgs(argv: string[]): Args {
  const o = parseOptions(argv, { values: ['--account'], flags: ['--no-browser', '--json'] });
  const account = o.values.get('--account');
  if (!account) throw new UsageError('--account is required');
  return { account, browser: !o.flags.has('--no-browser'), json: o.flags.has('--json') };
}

/** The system's way to open a web page; nothing happens where there is none (print only). */
async function openInBrowser(url: string): Promise<void> {
  const { spawn } = await import('node:child_process');
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  await new Promise<void>((resolve) => {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.once('error', () => resolve());
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}

async function run(argv: string[]): Promise<number> {
  const args = argsOrExit(() => parseArgs(argv), usage);
  if (typeof args === 'number') return args;
  const cancel = new AbortController();
  const stop = () => cancel.abort();
  process.once('SIGINT', stop);
  try {
    const settings = { ...parseImapUrl(args.account), auth: 'oauth2' as const };
    const provider = await providerFor(settings);
    const [oauth, net, vault, imap] = await Promise.all([
      import('../../oauth'),
      import('../../net'),
      import('../../vault'),
      import('../../imap'),
    ]);
    const network = net.createNetwork();
    const request = net.createHttpRequest(network);
    const signedIn = await oauth.signInWithProvider({
      provider,
      email: settings.username,
      request,
      language: languageFromLocale(process.env.LC_ALL ?? process.env.LANG ?? 'en'),
      signal: cancel.signal,
      open: async (url) => {
        printJsonLine({ type: 'authorize', url });
        if (args.browser) await openInBrowser(url);
      },
    });
    const store = vault.createVault([vault.keychainStore()]);
    await store.save(oauth.refreshTokenKey(provider.id, settings.username), signedIn.refreshToken);
    // Proven, not assumed: the server takes the token for this login.
    const access = new oauth.OAuthAccess(settings.username, provider, store, request, signedIn);
    const session = await imap.openImapSession(settings, access, { readOnly: true, network });
    await session.logout();
    const done = { type: 'signed-in', account: settings.username, provider: provider.id };
    if (args.json) printJsonLine(done);
    else process.stdout.write(`Signed in to ${settings.username} with ${provider.name}.\n`);
    return 0;
  } catch (error) {
    return reportCommandError(error, args.json);
  } finally {
    process.off('SIGINT', stop);
  }
}

export const loginCommand: CliCommand = {
  summary: "sign in with the provider's own page (OAuth2) and keep the sign-in in the keychain",
  run,
};
