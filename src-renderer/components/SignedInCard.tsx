import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SwitchoverError, type AccountSummary } from '../../src-main/contract';
import { useProviderSignIn } from '../hooks/useProviderSignIn';
import { BusyButton } from './BusyButton';
import { NewPasswordForm } from './NewPasswordForm';
import { ProviderSignInWaiting } from './ProviderSignIn';
import { SignInErrorNotice } from './SignInErrorNotice';

/**
 * The account is signed in: which address, where the password is kept, and ways to change: a new
 * password for it (settings kept), or a different account altogether. An account signed in with
 * its provider's page has no password here: it signs in on that page again instead.
 */
export function SignedInCard({
  account,
  onUseDifferent,
  onPasswordChanged,
  passwordRejected,
  takeFocus,
}: {
  account: AccountSummary;
  onUseDifferent: () => Promise<void>;
  onPasswordChanged: (summary: AccountSummary) => void;
  /** A later step was refused with the saved password: say so, and offer the new one first. */
  passwordRejected: boolean;
  takeFocus: boolean;
}) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const newPasswordButton = useRef<HTMLButtonElement>(null);
  const [removing, setRemoving] = useState(false);
  const [error, setError] = useState<SwitchoverError>();
  const [typing, setTyping] = useState(false);
  const [saved, setSaved] = useState(false);
  // Where focus goes once the new-password form has closed.
  const focusAfterClose = useRef<'box' | 'button'>(undefined);
  const oauth = account.oauth;
  const again = useProviderSignIn(account.role, (summary) => {
    focusAfterClose.current = 'box';
    setSaved(true);
    onPasswordChanged(summary);
  });
  const waitingAgain = again.state.status === 'waiting';

  // Right after signing in the form is gone; focus follows to the news instead of getting lost.
  useEffect(() => {
    if (takeFocus) box.current?.focus();
  }, [takeFocus]);

  // The form (or the provider's page) has closed: focus goes back to the action (cancelled) or
  // to the news (saved).
  useEffect(() => {
    if (typing || waitingAgain) return;
    if (focusAfterClose.current === 'box') box.current?.focus();
    if (focusAfterClose.current === 'button') newPasswordButton.current?.focus();
    focusAfterClose.current = undefined;
  }, [typing, waitingAgain]);

  const newPasswordAction = oauth ? (
    <button
      type="button"
      ref={newPasswordButton}
      className={passwordRejected ? 'button button-primary' : 'button'}
      data-testid="oauth-again"
      onClick={() => {
        setSaved(false);
        focusAfterClose.current = 'button';
        again.start({
          email: account.email,
          imap: account.imap,
          smtp: account.smtp,
          source: account.source,
        });
      }}
    >
      {t('account.oauth.again', { provider: oauth.name })}
    </button>
  ) : (
    <button
      type="button"
      ref={newPasswordButton}
      className={passwordRejected ? 'button button-primary' : 'button'}
      data-testid="new-password"
      onClick={() => {
        setSaved(false);
        setTyping(true);
      }}
    >
      {t('account.newPassword.action')}
    </button>
  );

  return (
    <div className="signed-in" data-testid="signed-in" ref={box} tabIndex={-1}>
      <p className="signed-in-title">{t('account.signedIn')}</p>
      <p data-testid="signed-in-email">{t('account.signedInAs', { email: account.email })}</p>
      {oauth && (
        <p data-testid="signed-in-with">
          {t('account.oauth.signedInWith', { provider: oauth.name })}
        </p>
      )}
      {account.passwordStorage === 'session' && (
        <p data-testid="session-only">
          {t(oauth ? 'account.oauth.sessionOnly' : 'account.sessionOnly')}
        </p>
      )}
      {passwordRejected && !typing && !saved && (
        <p className="signed-in-rejected" data-testid="password-rejected">
          {oauth
            ? t('account.oauth.rejected', { provider: oauth.name })
            : t('account.newPassword.rejected')}
        </p>
      )}
      {oauth && again.state.status === 'waiting' ? (
        <ProviderSignInWaiting
          provider={oauth.name}
          url={again.state.url}
          {...(again.state.deadline !== undefined ? { deadline: again.state.deadline } : {})}
          {...(again.state.checking ? { checking: true } : {})}
          cancelling={again.state.cancelling}
          onCancel={again.cancel}
          onOpenAgain={again.openAgain}
        />
      ) : typing ? (
        <NewPasswordForm
          account={account}
          onSaved={(summary) => {
            focusAfterClose.current = 'box';
            setTyping(false);
            setSaved(true);
            onPasswordChanged(summary);
          }}
          onCancel={() => {
            focusAfterClose.current = 'button';
            setTyping(false);
          }}
        />
      ) : (
        <div className="signed-in-actions">
          {newPasswordAction}
          <BusyButton
            data-testid="use-different"
            busy={removing}
            onClick={() => {
              setRemoving(true);
              setSaved(false);
              setError(undefined);
              onUseDifferent().catch((failure: unknown) => {
                setError(SwitchoverError.from(failure));
                setRemoving(false);
              });
            }}
          >
            {t('buttons.useDifferent')}
          </BusyButton>
        </div>
      )}
      {/* Always present, so a screen reader hears what changes in it. */}
      <p role="status" aria-live="polite" className="status" data-testid="signed-in-status">
        {removing
          ? t('account.removing')
          : saved
            ? oauth
              ? t('account.oauth.signedInAgain', { provider: oauth.name })
              : t('account.newPassword.saved')
            : ''}
      </p>
      {error && <SignInErrorNotice error={error} />}
      {again.state.status === 'failed' && <SignInErrorNotice error={again.state.error} />}
    </div>
  );
}
