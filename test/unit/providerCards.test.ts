import { describe, expect, it } from 'vitest';
import { allCards } from '../../src-main/accounts/providerCards';
import { providerCardIdSchema } from '../../src-main/contract';
import { isAllowedExternalUrl } from '../../src-main/security';

// The provider cards' help pages: each opens only if allow-listed, and every known provider says
// how to forward mail there (the new-address case of screen 6 links to it).

describe('provider cards', () => {
  const cards = allCards();

  it('has a card for every known provider', () => {
    expect(new Set(cards.map((c) => c.id))).toEqual(new Set(providerCardIdSchema.options));
  });

  it.each(cards.map((c) => [c.id, c] as const))(
    '%s: every link is https and allow-listed',
    (_id, card) => {
      expect(card.links.length).toBeGreaterThan(0);
      for (const link of card.links) {
        expect(new URL(link.url).protocol, link.url).toBe('https:');
        expect(isAllowedExternalUrl(link.url), link.url).toBe(true);
      }
    },
  );

  it.each(cards.map((c) => [c.id, c] as const))(
    '%s: has exactly one forwarding help page',
    (_id, card) => {
      const forwarding = card.links.filter((l) => l.kind === 'forwarding');
      expect(forwarding).toHaveLength(1);
      // Not the IMAP page by mistake (GMX and WEB.DE have both).
      expect(forwarding[0]?.url).not.toMatch(/pop-imap|app-?password/i);
    },
  );

  it('links each provider to its own forwarding page', () => {
    const forwardingOf = (id: string) =>
      cards.find((c) => c.id === id)?.links.find((l) => l.kind === 'forwarding')?.url;
    expect(forwardingOf('gmail')).toBe('https://support.google.com/mail/answer/10957');
    expect(forwardingOf('gmx')).toBe('https://hilfe.gmx.net/email/weiterleiten.html');
    expect(forwardingOf('webde')).toBe('https://hilfe.web.de/email/weiterleiten.html');
    expect(forwardingOf('microsoft')).toMatch(
      /^https:\/\/support\.microsoft\.com\/.*automatic-forwarding/,
    );
  });

  it('the allow-list refuses what is not exactly a named page', () => {
    expect(isAllowedExternalUrl('http://support.google.com/mail/answer/10957')).toBe(false);
    expect(isAllowedExternalUrl('https://support.google.com.evil.test/')).toBe(false);
    expect(isAllowedExternalUrl('https://user@support.google.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://support.google.com:8443/')).toBe(false);
  });
});
