import { useTranslation } from 'react-i18next';
import type { SwitchoverError } from '../../src-main/contract';
import { errorAdvice } from '../errors/errorWords';

function technicalDetail(details: unknown): string | undefined {
  if (details === undefined) return undefined;
  try {
    return JSON.stringify(details, null, 2);
  } catch {
    return undefined;
  }
}

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
  const detail = technicalDetail(error.details);
  return (
    <div className="notice-error" data-testid={testId} data-error-code={error.code}>
      <p role="alert">{advice.text}</p>
      <p className="notice-next">{advice.next}</p>
      <details className="technical">
        <summary>{t('details.problemSummary')}</summary>
        <p>{t('details.errorCode', { code: error.code })}</p>
        <p>{t('details.technical', { message: error.message })}</p>
        {detail && <pre>{detail}</pre>}
      </details>
    </div>
  );
}
