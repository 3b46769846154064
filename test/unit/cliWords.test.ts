// What the `switchover` commands say in English: counts with their plurals right, a TTL rounded
// the way a person would say it, and the MX answer's source when the name servers were silent.

import { describe, expect, it } from 'vitest';
import type { MxView } from '../../src-main/contract';
import { summarize } from '../../src-main/copy';
import { aboutDuration, mxNotes } from '../../src-main/cli/commands/confirm';

/** What the summary reads of a report: nothing copied, nothing else, unless told otherwise. */
const report = (counts: Partial<Parameters<typeof summarize>[0]>) => ({
  status: 'complete' as const,
  copied: 0,
  skipped: 0,
  failed: 0,
  alreadyThere: 0,
  deletedLeftBehind: 0,
  ...counts,
});

describe('switchover copy: the summary', () => {
  it('says 1 deleted message, 2 deleted messages, 1 message copied', () => {
    expect(summarize(report({ copied: 1, deletedLeftBehind: 1 }))).toBe(
      '1 message copied, 1 deleted message left behind. Every message is on the new side.',
    );
    expect(summarize(report({ copied: 0, alreadyThere: 3, deletedLeftBehind: 2 }))).toBe(
      '0 messages copied, 3 already there, 2 deleted messages left behind. Every message is on the new side.',
    );
  });

  it('ends with what to do when the copy did not finish', () => {
    expect(
      summarize(
        report({
          status: 'stopped',
          copied: 2,
          failed: 1,
          stopReason: { code: 'quota.exceeded', message: 'full' },
        }),
      ),
    ).toBe(
      '2 messages copied, 1 not copied. The copy stopped (quota.exceeded); run it again to continue.',
    );
    expect(summarize(report({ status: 'incomplete', skipped: 1 }))).toBe(
      '0 messages copied, 1 too big for the new provider. Some messages are missing on the new side; see the list.',
    );
  });
});

describe('switchover confirm: the MX answer in words', () => {
  it('rounds a TTL to the nearest unit, never 60 seconds up to an hour', () => {
    expect(aboutDuration(60)).toBe('about 1 minute');
    expect(aboutDuration(45)).toBe('about 45 seconds');
    expect(aboutDuration(1)).toBe('about 1 second');
    expect(aboutDuration(300)).toBe('about 5 minutes');
    expect(aboutDuration(3600)).toBe('about 1 hour');
    expect(aboutDuration(7200)).toBe('about 2 hours');
    expect(aboutDuration(86_400 * 2)).toBe('about 2 days');
  });

  const host = (exchange: string, provider: 'new' | 'old', ttl = 60) => ({
    exchange,
    priority: 10,
    ttl,
    provider,
  });
  const view = (patch: Partial<MxView>): MxView => ({
    domain: 'family.test',
    state: 'switched',
    resolver: { hosts: [host('mail.new.test', 'new')] },
    authoritative: [
      {
        nameServer: 'ns1.family.test',
        address: '127.0.0.9',
        hosts: [host('mail.new.test', 'new')],
      },
    ],
    cached: false,
    expectedMx: [],
    estimate: { seconds: 60, hours: 1, basis: 'record-ttl' },
    checkedAt: new Date(0).toISOString(),
    ...patch,
  });

  it('after the switch, says nothing of the old record when only the new one’s TTL is known', () => {
    expect(mxNotes(view({}))).toEqual([]);
  });

  it('gives the old record’s TTL, or the time the resolver still holds it', () => {
    expect(
      mxNotes(
        view({
          state: 'not-switched',
          estimate: { seconds: 7200, hours: 2, basis: 'old-record-ttl' },
        }),
      ),
    ).toEqual(['Old MX record TTL: about 2 hours']);
    expect(
      mxNotes(
        view({ cached: true, estimate: { seconds: 300, hours: 1, basis: 'resolver-cache' } }),
      ),
    ).toEqual(['The resolver still holds the old MX record for about 5 minutes.']);
  });

  it('says when the answer is only the resolver’s because no name server answered', () => {
    const notes = mxNotes(
      view({
        authoritative: [
          {
            nameServer: 'ns1.family.test',
            address: '127.0.0.9',
            hosts: [],
            error: 'family.test MX: connect ECONNREFUSED',
          },
        ],
      }),
    );
    expect(notes).toEqual([
      "The domain's own name servers could not be asked (ns1.family.test: family.test MX: connect ECONNREFUSED): the MX state comes from the resolver, which may be out of date.",
    ]);
    expect(mxNotes(view({ authoritative: [] }))[0]).toContain('(none found)');
  });
});
