import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SwitchoverError, type AccountSummary } from '../../src-main/contract';
import { SignInErrorNotice } from './SignInErrorNotice';

/** The account is signed in: which address, where the password is kept, and a way to change. */
export function SignedInCard({
  account,
  onUseDifferent,
  takeFocus,
}: {
  account: AccountSummary;
  onUseDifferent: () => Promise<void>;
  takeFocus: boolean;
}) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const [removing, setRemoving] = useState(false);
  const [error, setError] = useState<SwitchoverError>();

  // Right after signing in the form is gone; focus follows to the news instead of getting lost.
  useEffect(() => {
    if (takeFocus) box.current?.focus();
  }, [takeFocus]);

  return (
    <div className="signed-in" data-testid="signed-in" ref={box} tabIndex={-1}>
      <p className="signed-in-title">{t('account.signedIn')}</p>
      <p data-testid="signed-in-email">{t('account.signedInAs', { email: account.email })}</p>
      {account.passwordStorage === 'session' && (
        <p data-testid="session-only">{t('account.sessionOnly')}</p>
      )}
      <button
        type="button"
        className="button"
        data-testid="use-different"
        aria-disabled={removing}
        onClick={() => {
          if (removing) return;
          setRemoving(true);
          setError(undefined);
          onUseDifferent().catch((failure: unknown) => {
            setError(SwitchoverError.from(failure));
            setRemoving(false);
          });
        }}
      >
        {t('buttons.useDifferent')}
      </button>
      <p role="status" className="status">
        {removing ? t('account.removing') : ''}
      </p>
      {error && <SignInErrorNotice error={error} />}
    </div>
  );
}
