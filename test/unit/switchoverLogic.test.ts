import { describe, expect, it } from 'vitest';
import type { MxHost, Probe } from '../../src-main/contract';
import {
  completion,
  dmarcCheck,
  mxView,
  probeOutcome,
  spfCheck,
} from '../../src-main/switchCheck/index';

const host = (exchange: string, provider: 'new' | 'old', ttl = 3600): MxHost => ({
  exchange,
  priority: 10,
  ttl,
  provider,
});

describe('the 2×2 probe outcome', () => {
  const p = (
    via: 'old' | 'new',
    landedIn?: 'old' | 'new',
    status: Probe['status'] = 'arrived',
  ): Probe => ({
    via,
    status: landedIn ? status : status === 'arrived' ? 'not-arrived' : status,
    ...(landedIn ? { landedIn } : {}),
  });
  it.each([
    ['new', 'new', 'done'],
    ['old', 'new', 'old-provider.delivers-internally'],
    ['old', 'old', 'dns.not-switched'],
    ['new', 'old', 'dns.not-switched'],
    [undefined, undefined, 'probe.not-arrived'],
    [undefined, 'new', 'probe.not-arrived'],
  ] as const)('old probe in %s, new probe in %s → %s', (oldIn, newIn, outcome) => {
    expect(probeOutcome({ old: p('old', oldIn), new: p('new', newIn) }, undefined)).toBe(outcome);
  });
  it('the old probe kept by the old provider while MX is switched is the trap, even alone', () => {
    expect(probeOutcome({ old: p('old', 'old'), new: p('new') }, 'switched')).toBe(
      'old-provider.delivers-internally',
    );
  });
  it('a skipped old probe does not block "done"; a send failure is said', () => {
    const skipped: Probe = { via: 'old', status: 'skipped', skippedBecause: 'old-smtp-unknown' };
    expect(probeOutcome({ old: skipped, new: p('new', 'new') }, 'switched')).toBe('done');
    expect(probeOutcome({ old: skipped, new: { via: 'new', status: 'failed' } }, 'switched')).toBe(
      'probe.send-failed',
    );
  });
});

describe('MX view', () => {
  const at = new Date('2026-11-25T10:00:00Z');
  it('mixed when some hosts are still old; the estimate is the old record’s TTL', () => {
    const hosts = [host('mx1.new.example', 'new', 7200), host('mx.old.example', 'old', 14400)];
    const view = mxView(
      'a.example',
      [],
      { hosts },
      [{ nameServer: 'ns', address: '192.0.2.1', hosts }],
      undefined,
      at,
    );
    expect(view.state).toBe('mixed');
    expect(view.estimate).toEqual({ seconds: 14400, hours: 4, basis: 'old-record-ttl' });
  });
  it('the name servers win over a cached resolver answer, whose remaining TTL is the estimate', () => {
    const view = mxView(
      'a.example',
      [],
      { hosts: [host('mx.old.example', 'old', 1800)] },
      [{ nameServer: 'ns', address: '192.0.2.1', hosts: [host('mx.new.example', 'new', 3600)] }],
      86400,
      at,
    );
    expect(view.state).toBe('switched');
    expect(view.cached).toBe(true);
    expect(view.estimate).toEqual({ seconds: 1800, hours: 1, basis: 'resolver-cache' });
  });
  it('falls back to the resolver when no name server answers', () => {
    const view = mxView(
      'a.example',
      [],
      { hosts: [host('mx.old.example', 'old')] },
      [{ nameServer: 'ns', address: '192.0.2.1', hosts: [], error: 'timeout' }],
      undefined,
      at,
    );
    expect(view.state).toBe('not-switched');
    expect(view.cached).toBe(false);
  });
});

describe('completion (injectable clock)', () => {
  const passed = new Date('2026-11-25T10:00:00Z');
  it('waits for MX, probes and 48 quiet hours after the last straggler', () => {
    expect(
      completion({
        mxState: 'mixed',
        probeOutcome: null,
        probesPassedAt: undefined,
        lastStragglerAt: undefined,
        now: passed,
      }).waitingFor,
    ).toEqual(['mx', 'probes', 'quiet-period']);
    const straggler = new Date('2026-11-26T10:00:00Z');
    const early = completion({
      mxState: 'switched',
      probeOutcome: 'done',
      probesPassedAt: passed,
      lastStragglerAt: straggler,
      now: new Date('2026-11-27T10:00:00Z'),
    });
    expect(early).toMatchObject({
      complete: false,
      waitingFor: ['quiet-period'],
      quietUntil: '2026-11-28T10:00:00.000Z',
    });
    const later = completion({
      mxState: 'switched',
      probeOutcome: 'done',
      probesPassedAt: passed,
      lastStragglerAt: straggler,
      now: new Date('2026-11-28T10:00:01Z'),
    });
    expect(later).toMatchObject({
      complete: true,
      keepOldAccountUntil: '2027-02-26T10:00:00.000Z',
    });
  });
});

describe('SPF and DMARC verdicts', () => {
  const bases = new Set(['newmail.example']);
  it.each([
    [[], 'spf.missing'],
    [['v=spf1 include:_spf.newmail.example -all', 'v=spf1 -all'], 'spf.multiple'],
    [['v=spf1 include:_spf.oldmail.example ~all'], 'spf.no-new-provider'],
    [['v=spf1 include:_spf.newmail.example +all'], 'spf.open'],
    [['v=spf1 include:_spf.newmail.example ?all'], 'spf.neutral-all'],
    [['v=spf1 ip4:192.0.2.0/24 ~all'], 'spf.ok'],
    [['google-site-verification=x', 'v=spf1 include:spf.newmail.example -all'], 'spf.ok'],
  ])('%j → %s', (records, code) => {
    expect(spfCheck(records, bases, ['192.0.2.25']).code).toBe(code);
  });
  it.each([
    [[], 'dmarc.missing', 'warning'],
    [['v=DMARC1; p=reject'], 'dmarc.ok', 'good'],
    [['v=DMARC1; p=none; rua=mailto:x@a.example'], 'dmarc.policy-none', 'warning'],
    [['v=DMARC1; p=reject', 'v=DMARC1; p=none'], 'dmarc.multiple', 'bad'],
  ])('%j → %s', (records, code, verdict) => {
    expect(dmarcCheck(records)).toMatchObject({ code, verdict });
  });
});
