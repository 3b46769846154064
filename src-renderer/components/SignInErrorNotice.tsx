import { useTranslation } from 'react-i18next';
import type { SwitchoverError } from '../../src-main/contract';
import { adminCode, errorAdvice } from '../errors/errorWords';
import { ErrorTechnicalDetail } from './ErrorTechnicalDetail';

/**
 * A failure in one plain sentence and what to do next, announced at once; the technical detail
 * (code, the main side's own message, details) is folded away for the helper.
 */
export function SignInErrorNotice({
  error,
  testId = 'signin-error',
}: {
  error: SwitchoverError;
  testId?: string;
}) {
  const { t } = useTranslation();
  const advice = errorAdvice(error, t);
  const code = adminCode(error);
  return (
    <div className="notice-error" data-testid={testId} data-error-code={error.code}>
      <p role="alert">{advice.text}</p>
      <p className="notice-next">{advice.next}</p>
      <details className="technical">
        <summary>{t('details.problemSummary')}</summary>
        {code && <p data-testid="admin-code">{t('details.adminCode', { code })}</p>}
        <ErrorTechnicalDetail error={error} />
      </details>
    </div>
  );
}
