import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { MxView } from '../../src-main/contract';
import { MailRoute } from '../../src-renderer/components/switchCheck/MailRoute';
import { renderIn } from './i18nForTests';
import { switchCheckState } from './switchCheckStates';

// "Within about N hours" is the old MX record's time to expire. After the switch, when only the
// new record's TTL is known (60 s here), the screen once said "within about 1 hour" from it.

const host = (exchange: string, provider: 'new' | 'old') => ({
  exchange,
  priority: 10,
  ttl: 60,
  provider,
});

function render(mx: Partial<MxView>): string {
  const state = switchCheckState({
    mx: {
      domain: 'family.test',
      state: 'switched',
      resolver: { hosts: [host('mail.new.test', 'new')] },
      authoritative: [],
      cached: false,
      expectedMx: [],
      estimate: null,
      checkedAt: new Date(0).toISOString(),
      ...mx,
    },
  });
  return renderIn(
    'en',
    createElement(MailRoute, { state, checking: false, onCheck: () => undefined }),
  );
}

describe('the switch estimate on screen 6', () => {
  it('says nothing of the old record after the switch when only the new record’s TTL is known', () => {
    const html = render({ estimate: { seconds: 60, hours: 1, basis: 'record-ttl' } });
    expect(html).not.toContain('switch-estimate');
    expect(html).not.toContain('within about');
  });

  it('gives the old record’s time, or the resolver’s, when known', () => {
    expect(render({ estimate: { seconds: 7200, hours: 2, basis: 'old-record-ttl' } })).toContain(
      'within about 2 hours',
    );
    expect(
      render({ cached: true, estimate: { seconds: 300, hours: 1, basis: 'resolver-cache' } }),
    ).toContain('within about 1 hour');
  });
});
