import { emailSchema, SwitchoverError, type ServerSettings } from '../../contract';
import type { CliCommand } from './index';
import { createDetector } from '../../accounts/detectSettings';

const sourceWords: Record<string, string> = {
  kit: 'the switchover kit',
  provider: "the provider's own autoconfig file",
  'provider-http': "the provider's autoconfig file over plain http (not verified)",
  ispdb: "Thunderbird's provider database",
  mx: "the domain's MX records",
  srv: 'DNS SRV records',
  guess: 'guessing common server names',
};

function describe(server: ServerSettings): string {
  const security = { tls: 'TLS', starttls: 'STARTTLS', plain: 'no encryption' }[server.security];
  return `${server.host} port ${server.port}, ${security}, user ${server.username}`;
}

/** `switchover detect <email> [--json]`: where the settings come from, and what they are. */
export const detectCommand: CliCommand = {
  summary: 'find the IMAP/SMTP settings of an address: detect <email> [--json]',
  async run(args) {
    const json = args.includes('--json');
    const email = args.find((a) => !a.startsWith('--'));
    if (!email || !emailSchema.safeParse(email).success) {
      console.error('Usage: switchover detect <email> [--json]');
      return 2;
    }
    try {
      const { settings, elapsedMs, attempts } = await createDetector().detect({ email });
      if (json) {
        console.log(JSON.stringify({ ...settings, elapsedMs, attempts }, null, 2));
        return 0;
      }
      console.log(
        `Settings for ${email}, found from ${sourceWords[settings.source] ?? settings.source} in ${elapsedMs} ms`,
      );
      console.log(`  incoming (IMAP): ${describe(settings.imap)}`);
      if (settings.smtp) console.log(`  outgoing (SMTP): ${describe(settings.smtp)}`);
      if (settings.card)
        console.log(
          `  provider card: ${settings.card.id}${settings.card.passwordSignInPossible ? '' : ' (no password sign-in)'}`,
        );
      for (const i of settings.instructions)
        console.log(`  note: ${i.text}${i.url ? ` (${i.url})` : ''}`);
      if (!settings.trusted)
        console.log(
          settings.source === 'provider-http'
            ? '  warning: fetched without encryption; check these settings before use'
            : '  warning: found through DNS answers, which anyone on this network could forge; check that these servers belong to the provider before use',
        );
      return 0;
    } catch (error) {
      const failure = SwitchoverError.from(error);
      const details = error instanceof SwitchoverError ? error.details : undefined;
      if (json)
        console.log(
          JSON.stringify(
            { error: { code: failure.code, message: failure.message, details } },
            null,
            2,
          ),
        );
      else {
        console.error(`${failure.code}: ${failure.message}`);
        const attempts = (
          details as { attempts?: { source: string; outcome: string }[] } | undefined
        )?.attempts;
        for (const a of attempts ?? []) console.error(`  ${a.source}: ${a.outcome}`);
      }
      return 1;
    }
  },
};
