import { useTranslation } from 'react-i18next';
import type { Completion } from '../../../src-main/contract';
import { dateText } from './localTime';

const waitingKeys = {
  mx: 'waitingMx',
  probes: 'waitingProbes',
  'quiet-period': 'waitingQuiet',
} as const;

/**
 * The verdict: complete (and what to do with the old account), or what is still to come, with
 * the day it will be complete once only the quiet period is left.
 */
export function CompletionNotice({ completion }: { completion: Completion }) {
  const { t, i18n } = useTranslation();
  if (completion.complete) {
    return (
      <section
        className="switch-complete"
        aria-labelledby="switch-complete-title"
        data-testid="switch-completion"
        data-complete="true"
      >
        <h2 id="switch-complete-title">{t('switchComplete.completion.completeTitle')}</h2>
        <p>{t('switchComplete.completion.completeText')}</p>
        {completion.keepOldAccountUntil && (
          <p data-testid="switch-keep-old">
            {t('switchComplete.completion.keepOld', {
              date: dateText(completion.keepOldAccountUntil, i18n.language),
            })}
          </p>
        )}
      </section>
    );
  }
  const onlyQuiet =
    completion.waitingFor.length === 1 && completion.waitingFor[0] === 'quiet-period';
  return (
    <div className="switch-pending" data-testid="switch-completion" data-complete="false">
      <p>{t('switchComplete.completion.notYet')}</p>
      <ul>
        {completion.waitingFor.map((w) => (
          <li key={w} data-testid={`waiting-${w}`}>
            {t(`switchComplete.completion.${waitingKeys[w]}`)}
          </li>
        ))}
      </ul>
      {onlyQuiet && completion.quietUntil && (
        <p data-testid="switch-quiet-until">
          {t('switchComplete.completion.quietUntil', {
            date: dateText(completion.quietUntil, i18n.language),
          })}
        </p>
      )}
    </div>
  );
}
