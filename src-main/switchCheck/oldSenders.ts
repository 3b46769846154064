// New-address case (old@gmail.com → new@family.example): the old address keeps receiving by
// design, so the screen lists who still writes there since the switch date.

import type { Sender } from '../contract';
import { parseHeaderFields, type CopyEndpoint } from '../copy';
import { openImapSession } from '../imap';
import type { ConnectVia } from '../net';
import { probeHeader } from '../sendTest';

export async function sendersSince(
  old: CopyEndpoint,
  since: Date,
  via: ConnectVia = {},
  ownAddresses: readonly string[] = [],
): Promise<Sender[]> {
  // Through the app's network (its DNS and port map), like the copy that came before.
  const session = await openImapSession(old.settings, old.password, {
    readOnly: true,
    ...(via.network ? { network: via.network } : {}),
    ...(via.ca ? { ca: via.ca } : {}),
  });
  const own = new Set(ownAddresses.map((a) => a.toLowerCase()));
  const bySender = new Map<string, Sender>();
  try {
    const box = await session.examine('INBOX');
    if (box.exists === 0) return [];
    for await (const m of session.fetch('1:*', {
      uid: true,
      internalDate: true,
      envelope: true,
      headers: [probeHeader.toLowerCase()],
    })) {
      const at = m.internalDate instanceof Date ? m.internalDate : new Date(m.internalDate ?? 0);
      if (at < since || parseHeaderFields(m.headers).has(probeHeader.toLowerCase())) continue;
      const from = m.envelope?.from?.[0];
      const address = from?.address?.toLowerCase();
      if (!address || own.has(address)) continue;
      const known = bySender.get(address);
      if (known) {
        known.messages += 1;
        if (at.toISOString() > known.lastAt) known.lastAt = at.toISOString();
        if (!known.name && from?.name) known.name = from.name;
      } else {
        bySender.set(address, {
          address,
          ...(from?.name ? { name: from.name } : {}),
          messages: 1,
          lastAt: at.toISOString(),
        });
      }
    }
  } finally {
    await session.logout().catch(() => session.close());
  }
  return [...bySender.values()].sort(
    (a, b) => b.messages - a.messages || b.lastAt.localeCompare(a.lastAt),
  );
}
