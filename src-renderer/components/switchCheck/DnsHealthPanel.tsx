import { useTranslation } from 'react-i18next';
import type { HealthCheck } from '../../../src-main/contract';
import { useDnsHealth } from '../../hooks/useSwitchCheck';
import { BusyButton } from '../BusyButton';
import { ErrorNotice } from '../ErrorNotice';
import { healthCodeKey, healthValues } from './healthCodes';

/** The checks' own names: the same in every language, and only the helper reads them. */
const checkNames: Record<HealthCheck['check'], string> = {
  spf: 'SPF',
  dkim: 'DKIM',
  dmarc: 'DMARC',
  ptr: 'PTR',
};

const verdictMarks: Record<HealthCheck['verdict'], string> = {
  good: '✓',
  warning: '!',
  bad: '✗',
  unknown: '?',
};

function HealthRow({ check }: { check: HealthCheck }) {
  const { t } = useTranslation();
  const key = healthCodeKey(check.code);
  const values = healthValues(check.data);
  return (
    <li
      className={`health-row health-row--${check.verdict}`}
      data-testid="health-check"
      data-code={check.code}
      data-verdict={check.verdict}
    >
      <p className="health-verdict">
        <span aria-hidden="true" className="health-mark">
          {verdictMarks[check.verdict]}
        </span>{' '}
        {t(`switchComplete.health.verdict.${check.verdict}`)}{' '}
        <span className="health-name">
          ({checkNames[check.check]}
          {check.check === 'ptr' && values.host ? ` ${values.host}` : ''})
        </span>
      </p>
      <p>
        {key
          ? t(`switchComplete.health.codes.${key}.text`)
          : t('switchComplete.health.unknownCode', { code: check.code })}
      </p>
      {key && (
        <p className="health-helper">
          <strong>{t('switchComplete.health.tellHelper')}</strong>{' '}
          {t(`switchComplete.health.codes.${key}.helper`, { ...values })}
        </p>
      )}
    </li>
  );
}

/** DNS health in plain words, folded away "for your helper"; asked for when first opened. */
export function DnsHealthPanel() {
  const { t } = useTranslation();
  const { health, error, loading, load } = useDnsHealth();
  return (
    <details
      className="technical switch-health"
      data-testid="switch-health"
      onToggle={(event) => {
        // Asked for the first time it is opened; "Check again" asks anew.
        if (event.currentTarget.open && !health && !error && !loading) void load();
      }}
    >
      <summary>{t('switchComplete.health.summary')}</summary>
      <p>{t('switchComplete.health.intro')}</p>
      {loading && (
        <p role="status" className="status">
          {t('switchComplete.health.loading')}
        </p>
      )}
      {error && <ErrorNotice error={error} />}
      {health && (
        <>
          <p>{t('switchComplete.health.domain', { domain: health.domain })}</p>
          <ul className="health-list">
            {health.checks.map((check, index) => (
              <HealthRow key={`${check.code}-${index}`} check={check} />
            ))}
          </ul>
        </>
      )}
      {(health || error) && (
        <BusyButton data-testid="health-retry" busy={loading} onClick={() => void load()}>
          {t('switchComplete.health.retry')}
        </BusyButton>
      )}
    </details>
  );
}
