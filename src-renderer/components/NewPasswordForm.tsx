import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SwitchoverError, type AccountSummary } from '../../src-main/contract';
import { api } from '../api';
import { PasswordField } from './PasswordField';
import { SignInErrorNotice } from './SignInErrorNotice';

type SaveState =
  { status: 'idle' } | { status: 'saving' } | { status: 'failed'; error: SwitchoverError };

/**
 * A new password for an account that is signed in: the same live sign-in with the saved settings,
 * so the settings (and everything found or typed for them) stay, and only a password that works is
 * kept.
 */
export function NewPasswordForm({
  account,
  onSaved,
  onCancel,
}: {
  account: AccountSummary;
  onSaved: (summary: AccountSummary) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const [save, setSave] = useState<SaveState>({ status: 'idle' });

  // The form opens on a click: the cursor goes where the typing happens.
  useEffect(() => {
    input.current?.focus();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.status === 'saving') return;
    if (password === '') {
      setMissing(true);
      input.current?.focus();
      return;
    }
    setSave({ status: 'saving' });
    api
      .call('accounts.signIn', {
        role: account.role,
        email: account.email,
        password,
        imap: account.imap,
        smtp: account.smtp,
        source: account.source,
      })
      .then(
        (summary) => {
          setPassword('');
          onSaved(summary);
        },
        (failure: unknown) => setSave({ status: 'failed', error: SwitchoverError.from(failure) }),
      );
  };

  return (
    <form className="new-password" data-testid="new-password-form" noValidate onSubmit={submit}>
      <fieldset>
        <legend>{t('account.newPassword.legend', { email: account.email })}</legend>
        <p>{t('account.newPassword.intro')}</p>
        <PasswordField
          value={password}
          inputRef={input}
          problem={missing && password === '' ? t('account.passwordMissing') : undefined}
          onChange={(value) => {
            setPassword(value);
            setMissing(false);
          }}
        />
      </fieldset>
      <p role="status" aria-live="polite" className="status" data-testid="new-password-status">
        {save.status === 'saving'
          ? t(
              account.role === 'new'
                ? 'account.newPassword.savingNew'
                : 'account.newPassword.saving',
            )
          : ''}
      </p>
      <div className="step-buttons">
        <button
          type="submit"
          className="button button-primary"
          data-testid="save-new-password"
          aria-disabled={save.status === 'saving'}
        >
          {t('account.newPassword.save')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="cancel-new-password"
          onClick={onCancel}
        >
          {t('account.newPassword.cancel')}
        </button>
      </div>
      {save.status === 'failed' && <SignInErrorNotice error={save.error} />}
    </form>
  );
}
