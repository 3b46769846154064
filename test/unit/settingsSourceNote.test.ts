import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { SettingsSource } from '../../src-main/contract';
import { SettingsSourceNote } from '../../src-renderer/components/SettingsSourceNote';
import { renderIn } from './i18nForTests';

// Settings the person must confirm (plain-HTTP files, DNS answers naming servers outside the
// address's domain) show the servers the password would go to in the confirmation itself, not
// under "Details"; DNS-found ones never claim "Found your provider's settings".

function note(source: SettingsSource, trusted: boolean): string {
  return renderIn(
    'en',
    createElement(SettingsSourceNote, {
      source,
      trusted,
      confirmed: false,
      confirmProblem: false,
      onConfirm: () => undefined,
      servers: { imap: 'imap.attacker.example', smtp: 'smtp.attacker.example' },
    }),
  );
}

describe('the settings source note', () => {
  it('asks about MX- or SRV-found settings with the server names in plain sight', () => {
    for (const source of ['mx', 'srv'] as const) {
      const html = note(source, false);
      expect(html).not.toContain('Found your provider’s settings');
      expect(html).not.toContain('✓');
      expect(html).toContain('internet’s address book (DNS)');
      expect(html).toContain('Incoming mail: imap.attacker.example');
      expect(html).toContain('Outgoing mail: smtp.attacker.example');
      expect(html).toContain('data-testid="confirm-settings"');
    }
  });

  it('says plain HTTP for plain-HTTP files, with the servers too', () => {
    const html = note('provider-http', false);
    expect(html).toContain('not protected');
    expect(html).toContain('Incoming mail: imap.attacker.example');
  });

  it('trusted settings: a check mark, no question', () => {
    const html = note('mx', true);
    expect(html).toContain('✓');
    expect(html).toContain('Found your provider’s settings');
    expect(html).not.toContain('confirm-settings');
  });
});
