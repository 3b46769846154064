import { describe, expect, it } from 'vitest';
import { EventHub, type Kit } from '../../src-main/contract';
import { createKitSession } from '../../src-main/kit';
import { createSettingsStore } from '../../src-main/store';

// A kit from outside the window (any web page can fire a switchover://kit/ link, any program can
// start the app with a kit) is offered, never used, until the person accepts it.

const kit = (helper: string, imap = 'imap.family.example', smtp = 'smtp.family.example'): Kit => ({
  kind: 'switchover-kit',
  version: 1,
  helper: { name: helper },
  newAccount: {
    email: 'ida@family.example',
    imap: { host: imap, port: 993, security: 'tls' },
    smtp: { host: smtp, port: 465, security: 'tls' },
  },
});

function session() {
  const hub = new EventHub();
  const events: { name: string; payload: unknown }[] = [];
  hub.subscribe((name, payload) => events.push({ name, payload }));
  const settings = createSettingsStore({ store: {} });
  return { kits: createKitSession(settings, hub), settings, events };
}

describe('a kit from outside', () => {
  it('is offered, not saved, until it is accepted', () => {
    const { kits, settings, events } = session();
    const offer = kits.offer(JSON.stringify(kit('Sam')));
    expect(offer).toEqual({
      kit: kit('Sam'),
      replaces: null,
      domain: 'family.example',
      unrelatedHosts: [],
    });
    expect(kits.current()).toBeNull();
    expect(settings.read().kit ?? null).toBeNull();
    expect(events.map((e) => e.name)).toEqual(['kit.offered']);
    expect(kits.accept()).toEqual(kit('Sam'));
    expect(kits.current()).toEqual(kit('Sam'));
    expect(kits.pendingOffer()).toBeNull();
    expect(events.map((e) => e.name)).toEqual(['kit.offered', 'kit.opened']);
  });

  it('says which kit it would replace, and a no leaves the open kit alone', () => {
    const { kits } = session();
    kits.open(JSON.stringify(kit('Sam')));
    expect(kits.offer(JSON.stringify(kit('Mallory'))).replaces).toBe('Sam');
    kits.decline();
    expect(kits.pendingOffer()).toBeNull();
    expect(kits.accept()).toBeNull();
    expect(kits.current()?.helper.name).toBe('Sam');
    // The very same kit again replaces nothing.
    expect(kits.offer(JSON.stringify(kit('Sam'))).replaces).toBeNull();
  });

  it('names servers outside the address’s domain (a warning, not a refusal)', () => {
    const { kits } = session();
    const offer = kits.offer(
      JSON.stringify(kit('Mallory', 'imap.attacker.example', 'smtp.family.example')),
    );
    expect(offer.unrelatedHosts).toEqual(['imap.attacker.example']);
    // A look-alike name is not inside the domain.
    expect(kits.offer(JSON.stringify(kit('M', 'mail.evilfamily.example'))).unrelatedHosts).toEqual([
      'mail.evilfamily.example',
    ]);
  });

  it('refuses a bad kit and plain-text servers without offering anything', () => {
    const { kits, events } = session();
    expect(() => kits.offer('not a kit')).toThrow(expect.objectContaining({ code: 'kit.invalid' }));
    const plain = kit('Sam');
    plain.newAccount.imap = { host: 'imap.family.example', port: 143, security: 'plain' };
    expect(() => kits.offer(JSON.stringify(plain))).toThrow(
      expect.objectContaining({ code: 'kit.invalid' }),
    );
    expect(events).toEqual([]);
    expect(kits.pendingOffer()).toBeNull();
  });
});
