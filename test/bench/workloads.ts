// The bench's workloads (--workload w1|seed|100k) and how long each tool would take on them: a
// tool whose projected time is absurd (dsync at 40 ms on 100,000 messages: hours) is skipped,
// and the table says so.

import type { CorpusOptions } from './corpus';
import { corpusFolders, fullCorpus, quickCorpus } from './corpus';
import type { Tool } from './report';

export type WorkloadName = 'w1' | 'seed' | '100k';

export interface Workload {
  name: WorkloadName;
  /** One line for the table's footnotes. */
  title: string;
  corpus: CorpusOptions;
  /** Tools measured unless --tools / --tools:NAME says otherwise. */
  tools: Tool[];
}

/** ~20 folders, the nesting and names of a mailbox kept for years. */
const seedFolders: readonly [string, number][] = [
  ['INBOX', 0.28],
  ['INBOX.Sent', 0.14],
  ['INBOX.Drafts', 0.005],
  ['INBOX.Trash', 0.03],
  ['INBOX.Archive', 0.05],
  ...[2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023].map(
    (y) => [`INBOX.Archive.${y}`, 0.03] as [string, number],
  ),
  ['INBOX.Café', 0.02],
  ['INBOX.Family', 0.05],
  ['INBOX.Newsletters', 0.08],
  ['INBOX.Projects', 0.03],
  ['INBOX.Projects.Été 2021', 0.02],
  ['INBOX.Receipts', 0.04],
  ['INBOX.Travel', 0.015],
];

export function workload(name: WorkloadName, quick: boolean): Workload {
  const tools: Tool[] = ['mbsync', 'dsync', 'switchover'];
  switch (name) {
    case 'w1':
      return {
        name,
        title: 'W1: the original corpus (mostly short mail, a few multi-MB, one 30 MB)',
        corpus: quick ? quickCorpus : fullCorpus,
        tools,
      };
    case 'seed':
      return {
        name,
        title:
          'seed: a seed-sized mailbox in 20 folders, 7.5% with 10 KB–1 MB attachments, 4 of 1–2.4 MB, one 25 MB',
        corpus: {
          messages: quick ? 2000 : 18_614,
          giantBytes: quick ? 6_000_000 : 25_000_000,
          multiMb: 4,
          folders: seedFolders,
          attachments: { share: 0.075, minBytes: 10_000, maxBytes: 1_000_000 },
        },
        tools,
      };
    case '100k':
      return {
        name,
        title: '100k: small text messages only (0.5–4 KB of body), 10 folders',
        corpus: {
          messages: quick ? 10_000 : 100_000,
          giantBytes: 0,
          multiMb: 0,
          smallAttachments: 0,
          folders: corpusFolders,
        },
        tools,
      };
  }
}

export function parseWorkloads(text: string): WorkloadName[] {
  const names = text.split(',').map((s) => s.trim().toLowerCase());
  for (const n of names) {
    if (n !== 'w1' && n !== 'seed' && n !== '100k')
      throw new Error(`--workload wants w1, seed or 100k (got "${n}")`);
  }
  return names as WorkloadName[];
}

/**
 * What a tool costs, from the W1 bench on a 2-core machine: round trips it waits for per message
 * (first run, re-run) and CPU time per message at 0 ms. dsync asks for each message on its own
 * (and does so again on a re-run); the others pipeline.
 */
const costs: Record<Tool, { rtFirst: number; rtRerun: number; msPerMessage: number }> = {
  mbsync: { rtFirst: 0.05, rtRerun: 0.03, msPerMessage: 1.8 },
  dsync: { rtFirst: 1.05, rtRerun: 1.05, msPerMessage: 1.6 },
  switchover: { rtFirst: 0.1, rtRerun: 0.01, msPerMessage: 1.1 },
  baseline: { rtFirst: 0.1, rtRerun: 0.01, msPerMessage: 1.1 },
};

/** dsync runs on the new provider's own server (doveadm backup -R): it never uploads. */
export function crossesUpload(tool: Tool): boolean {
  return tool !== 'dsync';
}

export interface LinkSpec {
  rttMs: number;
  upMbit?: number;
  downMbit?: number;
}

/** Seconds the link's rate alone needs to move `bytes` for this tool (0 when uncapped). */
export function linkLimitSeconds(tool: Tool, bytes: number, link: LinkSpec): number {
  const rates = [link.downMbit, crossesUpload(tool) ? link.upMbit : undefined].filter(
    (r): r is number => r !== undefined,
  );
  if (rates.length === 0) return 0;
  return (bytes * 8) / (Math.min(...rates) * 1e6);
}

/** A rough projection of one first run plus one re-run, in seconds. */
export function projectedSeconds(
  tool: Tool,
  messages: number,
  bytes: number,
  link: LinkSpec,
): number {
  const c = costs[tool];
  const cpu = (messages * c.msPerMessage) / 1000;
  const waits = (messages * (c.rtFirst + c.rtRerun) * link.rttMs) / 1000;
  return Math.max(cpu, linkLimitSeconds(tool, bytes, link)) + cpu * 0.2 + waits;
}
