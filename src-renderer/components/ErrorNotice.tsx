import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SwitchoverError } from '../../src-main/contract';
import { plainErrorMessage } from '../errors/errorWords';

/** A problem in one plain sentence, announced by screen readers, with an optional way forward. */
export function ErrorNotice({ error, children }: { error: SwitchoverError; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="notice-error">
      <p role="alert" data-error-code={error.code}>
        {plainErrorMessage(error, t)}
      </p>
      {children}
    </div>
  );
}
