import { useTranslation } from 'react-i18next';
import type { WireError } from '../../src-main/contract';

function detailsText(details: unknown): string | undefined {
  if (details === undefined) return undefined;
  try {
    return JSON.stringify(details, null, 2);
  } catch {
    return undefined;
  }
}

/** An error as the helper needs it (code, the main side's own message, details), for a disclosure. */
export function ErrorTechnicalDetail({ error }: { error: WireError }) {
  const { t } = useTranslation();
  const details = detailsText(error.details);
  return (
    <>
      <p>{t('details.errorCode', { code: error.code })}</p>
      <p>{t('details.technical', { message: error.message })}</p>
      {details && <pre>{details}</pre>}
    </>
  );
}
