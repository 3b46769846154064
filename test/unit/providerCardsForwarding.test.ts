import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { cardForDomain } from '../../src-main/accounts';
import type { Language, SwitchCheckState } from '../../src-main/contract';
import { NewAddressPanel } from '../../src-renderer/components/switchCheck/NewAddressPanel';
import { renderIn } from './i18nForTests';
import { switchCheckState } from './switchCheckStates';

// The new-address case names the old provider's own forwarding page, in the person's language;
// without one (an unknown provider) it falls back to the plain links it had before.

function stateFor(oldAddress: string): SwitchCheckState {
  const card = cardForDomain(oldAddress.slice(oldAddress.indexOf('@') + 1));
  return switchCheckState({
    mode: 'new-address',
    address: oldAddress,
    newAddress: 'oma@family.example',
    oldProviderLinks: card?.links ?? [],
  });
}

async function render(oldAddress: string, language: Language = 'en'): Promise<string> {
  return renderIn(language, createElement(NewAddressPanel, { state: stateFor(oldAddress) }));
}

describe('forwarding help in the new-address case', () => {
  it.each([
    ['oma@gmail.com', 'Gmail', 'https://support.google.com/mail/answer/10957'],
    ['oma@gmx.de', 'GMX', 'https://hilfe.gmx.net/email/weiterleiten.html'],
    ['oma@yahoo.com', 'Yahoo', 'https://help.yahoo.com/kb/SLN22028.html'],
    ['oma@hotmail.com', 'Outlook', 'https://support.microsoft.com/'],
  ])('%s: "How to forward mail at %s"', async (address, provider, url) => {
    const html = await render(address);
    expect(html).toContain(`How to forward mail at ${provider}`);
    expect(html).toContain(`href="${url}`);
    expect(html).toContain('target="_blank" rel="noopener noreferrer"');
    // Only the forwarding page: the sign-in pages (app passwords, IMAP) are not about forwarding.
    expect(html.match(/<a /g)).toHaveLength(1);
  });

  it.each([
    ['de', 'So leiten Sie E-Mails bei Gmail weiter'],
    ['fr', 'Comment faire suivre vos e-mails chez Gmail'],
    ['es', 'Cómo reenviar el correo en Gmail'],
  ] as [Language, string][])('in %s', async (language, label) => {
    expect(await render('oma@gmail.com', language)).toContain(label);
  });

  it('an unknown provider keeps the text without links', async () => {
    const html = await render('oma@old.test');
    expect(html).toContain(
      'forward everything that arrives for oma@old.test to oma@family.example',
    );
    expect(html).not.toContain('<a ');
  });
});
