import { useTranslation } from 'react-i18next';

/** Back to signing in, for a copy that failed on a changed password or a signed-out account. */
export function CopySignInButton({ onSignIn }: { onSignIn: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button" data-testid="copy-sign-in-again" onClick={onSignIn}>
      {t('copy.errors.signInAgain')}
    </button>
  );
}
