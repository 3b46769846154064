import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SwitchoverError } from '../../../src-main/contract';
import { copyErrorText, needsSignIn } from '../../errors/errorWords';
import { CopySignInButton } from './CopySignInButton';

/** A copy failure in one translated sentence, with the way forward (sign in again, retry…). */
export function CopyErrorNotice({
  error,
  onSignIn,
  children,
}: {
  error: SwitchoverError;
  /** Back to the sign-in screens, offered when only a new sign-in helps. */
  onSignIn?: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="notice-error" data-testid="copy-error">
      <p role="alert" data-error-code={error.code}>
        {copyErrorText(error, t)}
      </p>
      {children}
      {onSignIn && needsSignIn(error, 'copy') && <CopySignInButton onSignIn={onSignIn} />}
    </div>
  );
}
