// Late arrivals: mail that still reaches the old inbox after the switch. Found by comparing the
// old INBOX (read-only) with the new one, copied across by the copy engine (which never copies a
// message the new side already has), and listed once.

import {
  diffFolder,
  messageKey,
  parseHeaderFields,
  startCopy,
  type CopyEndpoint,
  type CopyReport,
  type Keyed,
} from '../copy';
import type { Straggler } from '../contract';
import { openImapSession } from '../imap';
import type { ConnectVia } from '../net';
import { probeHeader } from '../sendTest';

/**
 * An INBOX message as the switch check compares them: keyed by messageKey (the readable key, as
 * the check's saved list of reported messages holds them), INTERNALDATE in milliseconds.
 */
export interface LateMessage extends Keyed {
  size: number;
  flags: string[];
  internalDate: number;
  from: string;
  subject: string;
}

const headerFields = ['message-id', 'date', 'from', 'subject', probeHeader.toLowerCase()];

/** Every INBOX message, keyed, with sender and subject for the list. */
async function inboxOf(endpoint: CopyEndpoint, via: ConnectVia) {
  const session = await openImapSession(endpoint.settings, endpoint.password, {
    readOnly: true,
    ...(via.network ? { network: via.network } : {}),
    ...(via.ca ? { ca: via.ca } : {}),
  });
  try {
    const box = await session.examine('INBOX');
    const messages: (LateMessage & { probe: boolean })[] = [];
    if (box.exists === 0) return messages;
    for await (const m of session.fetch('1:*', {
      uid: true,
      flags: true,
      size: true,
      internalDate: true,
      envelope: true,
      headers: headerFields,
    })) {
      const fields = parseHeaderFields(m.headers);
      const flags = [...(m.flags ?? [])];
      const sender = m.envelope?.from?.[0];
      messages.push({
        uid: m.uid,
        size: m.size ?? 0,
        flags,
        internalDate:
          m.internalDate instanceof Date
            ? m.internalDate.getTime()
            : new Date(m.internalDate ?? 0).getTime(),
        key: messageKey(fields, m.size ?? 0),
        deleted: flags.some((f) => f.toLowerCase() === '\\deleted'),
        from: sender?.address ?? '',
        subject: m.envelope?.subject ?? '',
        probe: fields.has(probeHeader.toLowerCase()),
      });
    }
    return messages;
  } finally {
    await session.logout().catch(() => session.close());
  }
}

/**
 * Messages received at the old INBOX since `since` that the new INBOX lacks. Switchover's own
 * probes are left out: they are evidence, not the person's mail. `via` is the app's network (its
 * DNS and port map), so the check reaches the same servers the copy did.
 */
export async function findLateArrivals(
  old: CopyEndpoint,
  target: CopyEndpoint,
  since: Date,
  via: ConnectVia = {},
): Promise<LateMessage[]> {
  const [source, destination] = await Promise.all([inboxOf(old, via), inboxOf(target, via)]);
  // INTERNALDATE has whole seconds: a message from the same second as `since` counts.
  const from = Math.floor(since.getTime() / 1000) * 1000;
  const recent = source.filter((m) => !m.probe && m.internalDate >= from);
  return diffFolder(recent, destination).missing.map(({ probe: _, ...m }) => m);
}

export interface StragglerCopy {
  copied: Straggler[];
  report?: CopyReport;
}

/**
 * One re-check: late arrivals are copied through the copy engine (INBOX only) and returned as
 * stragglers once the copy verified. `listed` are keys already reported, never listed again.
 */
export async function copyStragglers(options: {
  old: CopyEndpoint;
  target: CopyEndpoint;
  since: Date;
  dataDir: string;
  network?: ConnectVia['network'];
  ca?: ConnectVia['ca'];
  listed: ReadonlySet<string>;
  now?: () => Date;
}): Promise<StragglerCopy & { keys: string[] }> {
  const late = (
    await findLateArrivals(options.old, options.target, options.since, {
      network: options.network,
      ca: options.ca,
    })
  ).filter((m) => !options.listed.has(m.key));
  if (late.length === 0) return { copied: [], keys: [] };
  const job = startCopy({
    source: options.old,
    target: options.target,
    dataDir: options.dataDir,
    folders: ['INBOX'],
    ...(options.network ? { network: options.network } : {}),
    ...(options.ca ? { ca: options.ca } : {}),
  });
  const report = await job.done;
  const inbox = report.folders.find((f) => f.source === 'INBOX');
  const notCopied = new Set(
    [...(inbox?.failed ?? []), ...(inbox?.skipped ?? [])].map((n) => n.uid),
  );
  const copiedAt = (options.now ?? (() => new Date()))().toISOString();
  const done = late.filter((m) => !notCopied.has(m.uid));
  return {
    report,
    keys: done.map((m) => m.key),
    copied: done.map((m) => ({
      from: m.from,
      subject: m.subject,
      receivedAt: new Date(m.internalDate).toISOString(),
      copiedAt,
    })),
  };
}
