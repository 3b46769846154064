import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import {
  supportedLanguages,
  SwitchoverError,
  type AccountSummary,
  type ErrorCode,
  type ProviderCard,
} from '../../src-main/contract';
import {
  minutesLeft,
  ProviderSignIn,
  signInChoices,
  type OAuthOffer,
  type PasswordAlternative,
} from '../../src-renderer/components/ProviderSignIn';
import { SignedInCard } from '../../src-renderer/components/SignedInCard';
import { SignInErrorNotice } from '../../src-renderer/components/SignInErrorNotice';
import {
  adminCode,
  copyErrorText,
  errorAdvice,
  needsSignIn,
} from '../../src-renderer/errors/errorWords';
import { pageToOpen, type ProviderSignInState } from '../../src-renderer/hooks/useProviderSignIn';
import { renderIn, translator } from './i18nForTests';

// "Sign in with Microsoft / Google": the button, the wait while the provider's page is open in
// the browser, what a build without the provider's client ID says, the signed-in card of such an
// account, the words for every oauth.* failure, and which page the renderer may open.

const microsoft: OAuthOffer = { provider: 'microsoft', name: 'Microsoft', available: true };

function panel(
  state: ProviderSignInState,
  options: { offer?: OAuthOffer; alternative?: PasswordAlternative; language?: 'en' | 'de' } = {},
): string {
  return renderIn(
    options.language ?? 'en',
    createElement(ProviderSignIn, {
      offer: options.offer ?? microsoft,
      state,
      alternative: options.alternative ?? 'none',
      onStart: () => undefined,
      onCancel: () => undefined,
      onOpenAgain: () => undefined,
    }),
  );
}

/** The text a person reads, tags gone and entities as characters. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

describe('the provider sign-in panel', () => {
  it('offers one big button named for the provider', () => {
    const html = panel({ status: 'idle' });
    expect(html).toContain('data-testid="oauth-button"');
    expect(html).toMatch(/class="button button-primary button-large"[^>]*>Sign in with Microsoft</);
    expect(text(html)).toContain('your password stays with Microsoft');
    expect(html).not.toContain('oauth-waiting');
    expect(panel({ status: 'idle' }, { language: 'de' })).toContain('Mit Microsoft anmelden');
  });

  it('while waiting: what to do, the time limit, the page again and Cancel', () => {
    const url = 'https://login.example.test/authorize?client_id=x&state=y';
    const html = panel({ status: 'waiting', url, cancelling: false });
    expect(html).not.toContain('oauth-button');
    expect(text(html)).toContain('Finish signing in in your browser');
    expect(text(html)).toContain('You have 10 minutes for this');
    // The link is exactly the announced page, opened without a way back to this window.
    expect(html).toContain(
      `href="https://login.example.test/authorize?client_id=x&amp;state=y" target="_blank" rel="noopener noreferrer" data-testid="oauth-open-again"`,
    );
    expect(text(html)).toContain('Open the sign-in page again (opens in your web browser)');
    expect(html).toMatch(/data-testid="oauth-cancel"[^>]*>Cancel</);
    expect(html).not.toMatch(/data-testid="oauth-cancel"[^>]*aria-disabled/);
    // The section takes focus (its button is gone) and is named by its heading.
    expect(html).toMatch(/<section[^>]*aria-labelledby="[^"]+"[^>]*tabindex="-1"/);
  });

  it('while waiting without the page yet: no link; cancelling: Cancel says it is busy', () => {
    expect(panel({ status: 'waiting', cancelling: false })).not.toContain('oauth-open-again');
    expect(panel({ status: 'waiting', cancelling: true })).toMatch(
      /<button data-testid="oauth-cancel"[^>]*aria-disabled="true">Cancel</,
    );
  });

  it('a failure shows its words under the button, which stays to try again', () => {
    const html = panel({
      status: 'failed',
      error: new SwitchoverError('oauth.cancelled', 'Signing in was cancelled.'),
    });
    expect(html).toContain('data-testid="oauth-button"');
    expect(html).toContain('data-error-code="oauth.cancelled"');
    expect(text(html)).toContain('You stopped signing in.');
  });

  it('without a client ID: plain words and what to do instead, no button', () => {
    const offer = { ...microsoft, available: false };
    const none = text(panel({ status: 'idle' }, { offer }));
    expect(none).toContain('This version of Switchover cannot sign in with Microsoft');
    expect(none).toContain('Please ask your helper');
    expect(none).not.toContain('Sign in with Microsoft');
    const google = { provider: 'google', name: 'Google', available: false };
    const gmail = text(panel({ status: 'idle' }, { offer: google, alternative: 'app-password' }));
    expect(gmail).toContain('cannot sign in with Google');
    expect(gmail).toContain('app password');
    expect(gmail).not.toContain('Please ask your helper');
  });
});

describe('which ways in the sign-in screen shows', () => {
  const card = (passwordSignInPossible: boolean): ProviderCard => ({
    id: passwordSignInPossible ? 'gmail' : 'microsoft',
    links: [],
    passwordSignInPossible,
  });

  it('Microsoft: the page replaces the card that says no password works', () => {
    expect(signInChoices(card(false), microsoft)).toEqual({ alternative: 'none', showCard: false });
    expect(signInChoices(card(false), { ...microsoft, available: false })).toEqual({
      alternative: 'none',
      showCard: false,
    });
    // Without an offer, the card still says why nothing can be done here.
    expect(signInChoices(card(false), undefined)).toEqual({ alternative: 'none', showCard: true });
  });

  it('Gmail: the app password card stays as the alternative; no card: the password', () => {
    const google = { provider: 'google', name: 'Google', available: true };
    expect(signInChoices(card(true), google)).toEqual({
      alternative: 'app-password',
      showCard: true,
    });
    expect(signInChoices(undefined, google)).toEqual({ alternative: 'password', showCard: false });
  });
});

describe('the page the renderer may open', () => {
  const event = (url: string, role: 'old' | 'new' = 'old') => ({
    role,
    url,
    provider: 'x',
    deadline: new Date().toISOString(),
  });

  it('only the announced page of the sign-in this screen waits for', () => {
    const url = 'https://login.oauth.test/auth?client_id=switchover-test&state=s';
    expect(pageToOpen('old', event(url))).toBe(url);
    expect(pageToOpen(undefined, event(url))).toBeUndefined();
    expect(pageToOpen('new', event(url))).toBeUndefined();
  });

  it('never a script, a plain-HTTP page elsewhere, or an address with credentials', () => {
    expect(pageToOpen('old', event('javascript:alert(1)'))).toBeUndefined();
    expect(pageToOpen('old', event('http://login.example.com/auth'))).toBeUndefined();
    expect(pageToOpen('old', event('https://user:pw@login.example.com/auth'))).toBeUndefined();
    expect(pageToOpen('old', event('file:///etc/passwd'))).toBeUndefined();
    expect(pageToOpen('old', event('not a url'))).toBeUndefined();
    expect(pageToOpen('old', event('http://127.0.0.1:4444/auth'))).toBe(
      'http://127.0.0.1:4444/auth',
    );
  });
});

describe('the signed-in card of an account signed in with its provider', () => {
  const account: AccountSummary = {
    role: 'old',
    email: 'ann@outlook.com',
    imap: {
      host: 'outlook.office365.com',
      port: 993,
      security: 'tls',
      username: 'ann@outlook.com',
      auth: 'oauth2',
    },
    passwordStorage: 'keychain',
    source: 'provider',
    oauth: { provider: 'microsoft', name: 'Microsoft' },
  };
  const card = (overrides: Partial<AccountSummary>, passwordRejected = false) =>
    renderIn(
      'en',
      createElement(SignedInCard, {
        account: { ...account, ...overrides },
        onUseDifferent: async () => undefined,
        onPasswordChanged: () => undefined,
        passwordRejected,
        takeFocus: false,
      }),
    );

  it('says which page signed it in, and offers that page again instead of a password', () => {
    const html = card({});
    expect(text(html)).toContain('Switchover can now open ann@outlook.com.');
    expect(html).toMatch(/data-testid="signed-in-with">Signed in with Microsoft</);
    expect(html).toMatch(/data-testid="oauth-again">Sign in with Microsoft again</);
    expect(html).not.toContain('new-password');
    expect(html).toContain('data-testid="use-different"');
  });

  it('no password words for it: kept only for the session, refused later', () => {
    const session = text(card({ passwordStorage: 'session' }));
    expect(session).toContain('no safe place to keep your sign-in');
    expect(session).not.toContain('password');
    const rejected = card({}, true);
    expect(text(rejected)).toContain(
      'Microsoft no longer lets Switchover open this mail. Please sign in with Microsoft again.',
    );
    expect(rejected).toMatch(/class="button button-primary" data-testid="oauth-again"/);
  });

  it('a password account keeps its "Type a new password"', () => {
    const html = card({ oauth: undefined, imap: { ...account.imap, auth: undefined } });
    expect(html).toContain('data-testid="new-password"');
    expect(html).not.toContain('signed-in-with');
  });
});

describe('oauth failures in plain words', () => {
  const codes = [
    'oauth.cancelled',
    'oauth.timeout',
    'oauth.consent-refused',
    'oauth.wrong-account',
    'oauth.revoked',
    'oauth.blocked',
    'oauth.no-client-id',
    'oauth.failed',
  ] as const satisfies readonly ErrorCode[];

  it.each(supportedLanguages)('%s: each code has its own sentence and next step', (language) => {
    const t = translator(language);
    const generic = t('signInErrors.genericNext');
    const texts = new Set<string>();
    const nexts = new Set<string>();
    for (const code of codes) {
      const advice = errorAdvice(new SwitchoverError(code, 'technical'), t);
      expect(advice.text, code).not.toBe('technical');
      expect(advice.text, code).not.toMatch(/signInErrors|\{\{/);
      expect(advice.next, code).not.toBe(generic);
      expect(advice.next, code).not.toMatch(/signInErrors|\{\{/);
      texts.add(advice.text);
      nexts.add(advice.next);
    }
    expect(texts.size).toBe(codes.length);
    expect(nexts.size).toBe(codes.length);
  });

  it.each(supportedLanguages)('%s: a wrong account names both addresses', (language) => {
    const t = translator(language);
    const error = new SwitchoverError('oauth.wrong-account', 'x', {
      chosen: 'bob@old.test',
      expected: 'ann@old.test',
    });
    const advice = errorAdvice(error, t);
    expect(advice.text).toContain('bob@old.test');
    expect(advice.text).toContain('ann@old.test');
    expect(advice.next).toContain('ann@old.test');
  });

  it('the administrator’s AADSTS code is in Details of oauth.blocked, nowhere else', () => {
    const blocked = new SwitchoverError('oauth.blocked', 'x', {
      provider: 'Microsoft',
      error: 'access_denied',
      aadsts: 'AADSTS65001',
    });
    expect(adminCode(blocked)).toBe('AADSTS65001');
    const html = renderIn('en', createElement(SignInErrorNotice, { error: blocked }));
    const details = html.slice(html.indexOf('<details'));
    expect(details).toContain(
      '<p data-testid="admin-code">Code for your administrator: AADSTS65001</p>',
    );
    expect(html.slice(0, html.indexOf('<details'))).not.toContain('AADSTS');
    expect(text(html)).toContain('administrator of your work or school account');
    expect(
      adminCode(new SwitchoverError('oauth.blocked', 'x', { aadsts: '<b>AADSTS1</b>' })),
    ).toBeUndefined();
    expect(
      adminCode(new SwitchoverError('oauth.failed', 'x', { aadsts: 'AADSTS65001' })),
    ).toBeUndefined();
  });

  it('a revoked sign-in sends the copy and the send test back to signing in', () => {
    const revoked = new SwitchoverError('oauth.revoked', 'technical');
    expect(needsSignIn(revoked, 'copy')).toBe(true);
    expect(needsSignIn(revoked, 'sendTest')).toBe(true);
    expect(copyErrorText(revoked, translator('en'))).toContain('sign in again');
    expect(needsSignIn(new SwitchoverError('oauth.cancelled', 'x'), 'copy')).toBe(false);
  });
});

describe('the waiting state follows the main side', () => {
  it('states the minutes the main side gives, and the check after the page', () => {
    const soon = Date.now() + 3 * 60_000;
    expect(minutesLeft(soon, Date.now())).toBe(3);
    expect(minutesLeft(undefined)).toBe(10);
    expect(minutesLeft(Date.now() - 5000)).toBe(1);
    const waiting = text(
      panel({ status: 'waiting', cancelling: false, deadline: soon, url: 'https://x.test/a' }),
    );
    expect(waiting).toMatch(/3 minutes/);
    const checking = text(
      panel({ status: 'waiting', cancelling: false, checking: true, url: 'https://x.test/a' }),
    );
    expect(checking).toContain('Checking that your mail can be reached this way');
    expect(checking).not.toContain('Cancel');
  });
});
