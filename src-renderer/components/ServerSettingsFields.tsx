import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { securitySchema, type Security } from '../../src-main/contract';
import { draftProblems, type ServerDraft } from '../serverDraft';

/** One server's settings for hand editing, behind "Details": server, port, security, user name. */
export function ServerSettingsFields({
  legend,
  draft,
  onChange,
  testId,
}: {
  legend: string;
  draft: ServerDraft;
  onChange: (draft: ServerDraft) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const problems = draftProblems(draft);
  const securityNames: Record<Security, string> = {
    tls: t('details.securityTls'),
    starttls: t('details.securityStarttls'),
    plain: t('details.securityPlain'),
  };
  const field = (name: 'host' | 'port' | 'username', label: string, problem: string) => (
    <div className="field field-compact">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        data-testid={`${testId}-${name}`}
        type="text"
        inputMode={name === 'port' ? 'numeric' : undefined}
        autoComplete="off"
        spellCheck={false}
        value={draft[name]}
        aria-invalid={problems[name]}
        aria-describedby={problems[name] ? `${id}-${name}-problem` : undefined}
        onChange={(event) => onChange({ ...draft, [name]: event.target.value })}
      />
      {problems[name] && (
        <p id={`${id}-${name}-problem`} className="field-problem">
          {problem}
        </p>
      )}
    </div>
  );

  return (
    <fieldset className="server-settings" data-testid={testId}>
      <legend>{legend}</legend>
      {field('host', t('details.host'), t('details.hostInvalid'))}
      {field('port', t('details.port'), t('details.portInvalid'))}
      <div className="field field-compact">
        <label htmlFor={`${id}-security`}>{t('details.security')}</label>
        <select
          id={`${id}-security`}
          data-testid={`${testId}-security`}
          value={draft.security}
          onChange={(event) => {
            const security = securitySchema.safeParse(event.target.value);
            if (security.success) onChange({ ...draft, security: security.data });
          }}
        >
          {securitySchema.options.map((security) => (
            <option key={security} value={security}>
              {securityNames[security]}
            </option>
          ))}
        </select>
      </div>
      {field('username', t('details.username'), t('details.usernameInvalid'))}
    </fieldset>
  );
}
