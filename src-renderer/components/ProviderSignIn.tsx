import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DetectedSettings, ProviderCard } from '../../src-main/contract';
import { signInPageMinutes, type ProviderSignInState } from '../hooks/useProviderSignIn';
import { opensSignInPageItself } from '../api';

/** Whole minutes left until `deadline` (at least 1), or the usual limit before it is known. */
export function minutesLeft(deadline: number | undefined, now = Date.now()): number {
  if (deadline === undefined) return signInPageMinutes;
  return Math.max(1, Math.round((deadline - now) / 60_000));
}
import { BusyButton } from './BusyButton';
import { SignInErrorNotice } from './SignInErrorNotice';

export type OAuthOffer = NonNullable<DetectedSettings['oauth']>;

/** What else the screen offers besides the provider's page. */
export type PasswordAlternative = 'app-password' | 'password' | 'none';

/**
 * Which ways in the screen shows. With the provider's page on offer, a card about passwords only
 * explains the alternative (Gmail's app passwords); a card saying no password can work is
 * replaced by the page's button, or by why this build has none.
 */
export function signInChoices(
  card: ProviderCard | undefined,
  offer: OAuthOffer | undefined,
): { alternative: PasswordAlternative; showCard: boolean } {
  const passwordPossible = card?.passwordSignInPossible ?? true;
  return {
    alternative: !passwordPossible ? 'none' : card ? 'app-password' : 'password',
    showCard: card !== undefined && (offer === undefined || passwordPossible),
  };
}

/**
 * While the provider's page is open in the browser: what to do there, the time limit, the page
 * again (the tab may have been closed) and a way out. It takes focus, as the button pressed to
 * get here is gone.
 */
export function ProviderSignInWaiting({
  provider,
  url,
  deadline,
  checking,
  cancelling,
  onCancel,
  onOpenAgain,
}: {
  provider: string;
  url: string | undefined;
  /** When the main side stops waiting (from accounts.authorize). */
  deadline?: number;
  /** The page is done: the new sign-in is being tried on the servers. */
  checking?: boolean;
  cancelling: boolean;
  onCancel: () => void;
  /** The app opens the page again itself (browser mode: the link). */
  onOpenAgain: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const box = useRef<HTMLElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, []);
  return (
    <section
      className="oauth-waiting"
      data-testid="oauth-waiting"
      aria-labelledby={headingId}
      ref={box}
      tabIndex={-1}
    >
      <h2 id={headingId}>{t('account.oauth.waitingTitle')}</h2>
      {checking ? (
        <p role="status" data-testid="oauth-checking">
          {t('account.oauth.checking')}
        </p>
      ) : (
        <>
          <p>{t('account.oauth.waitingText', { provider })}</p>
          <p data-testid="oauth-time-limit">
            {t('account.oauth.timeLimit', { minutes: minutesLeft(deadline) })}
          </p>
          <div className="oauth-waiting-actions">
            {url && opensSignInPageItself() && (
              <button type="button" data-testid="oauth-open-again" onClick={onOpenAgain}>
                {t('account.oauth.openAgain')}
              </button>
            )}
            {url && !opensSignInPageItself() && (
              // Only the address the main side announced for this sign-in (useProviderSignIn).
              <a
                href={url}
                target="_blank"
                rel="noopener noreferrer"
                data-testid="oauth-open-again"
              >
                {t('account.oauth.openAgain')}
                <span className="visually-hidden"> {t('account.opensInBrowser')}</span>
              </a>
            )}
            <BusyButton data-testid="oauth-cancel" busy={cancelling} onClick={onCancel}>
              {t('account.oauth.cancel')}
            </BusyButton>
          </div>
        </>
      )}
    </section>
  );
}

/**
 * Signing in on the provider's own page: one big button, or, when this build cannot, what to do
 * instead. The password way (Gmail's app passwords) stays below as the alternative.
 */
export function ProviderSignIn({
  offer,
  state,
  alternative,
  onStart,
  onCancel,
  onOpenAgain,
}: {
  offer: OAuthOffer;
  state: ProviderSignInState;
  alternative: PasswordAlternative;
  onStart: () => void;
  onCancel: () => void;
  onOpenAgain: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const provider = offer.name;
  const failed = state.status === 'failed';
  // Back from the browser with a failure: the waiting box is gone, focus returns to the button
  // (the failure itself is announced as an alert).
  useEffect(() => {
    if (failed) button.current?.focus();
  }, [failed]);

  if (!offer.available) {
    return (
      <section
        className="provider-card"
        data-testid="oauth-unavailable"
        aria-labelledby={headingId}
      >
        <h2 id={headingId}>{t('account.oauth.unavailableTitle', { provider })}</h2>
        <p>
          {alternative === 'none'
            ? t('account.oauth.unavailableHelper', { provider })
            : t(
                alternative === 'app-password'
                  ? 'account.oauth.unavailableAppPassword'
                  : 'account.oauth.unavailablePassword',
              )}
        </p>
      </section>
    );
  }

  if (state.status === 'waiting') {
    return (
      <ProviderSignInWaiting
        provider={provider}
        url={state.url}
        {...(state.deadline !== undefined ? { deadline: state.deadline } : {})}
        {...(state.checking ? { checking: true } : {})}
        cancelling={state.cancelling}
        onCancel={onCancel}
        onOpenAgain={onOpenAgain}
      />
    );
  }

  return (
    <section className="oauth-signin" data-testid="oauth-signin" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t('account.oauth.button', { provider })}
      </h2>
      <p id={`${headingId}-hint`}>{t('account.oauth.intro', { provider })}</p>
      <button
        type="button"
        ref={button}
        className="button button-primary button-large"
        data-testid="oauth-button"
        aria-describedby={`${headingId}-hint`}
        onClick={onStart}
      >
        {t('account.oauth.button', { provider })}
      </button>
      {state.status === 'failed' && <SignInErrorNotice error={state.error} />}
    </section>
  );
}
