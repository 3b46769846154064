import { useId, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

/** A password with a show/hide toggle: typing blind is hard, and nobody is looking over here. */
export function PasswordField({
  value,
  onChange,
  problem,
  inputRef,
}: {
  value: string;
  onChange: (value: string) => void;
  problem?: string;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [shown, setShown] = useState(false);
  return (
    <div className="field">
      <label htmlFor={id}>{t('account.passwordLabel')}</label>
      <p id={`${id}-hint`} className="field-hint">
        {t('account.passwordHint')}
      </p>
      <div className="password-row">
        <input
          id={id}
          ref={inputRef}
          data-testid="password-input"
          type={shown ? 'text' : 'password'}
          autoComplete="current-password"
          spellCheck={false}
          autoCapitalize="off"
          value={value}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-hint ${id}-problem` : `${id}-hint`}
          onChange={(event) => onChange(event.target.value)}
        />
        <button
          type="button"
          className="button"
          data-testid="password-toggle"
          aria-pressed={shown}
          aria-controls={id}
          onClick={() => setShown((previous) => !previous)}
        >
          {t('account.showPassword')}
        </button>
      </div>
      {problem && (
        <p id={`${id}-problem`} className="field-problem">
          {problem}
        </p>
      )}
    </div>
  );
}
