import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MxState, MxView, SwitchCheckState } from '../../../src-main/contract';
import { BusyButton } from '../BusyButton';
import { clockTime } from '../../i18n/clockTime';

type BoxKey = 'arrivesHere' | 'stillArrives' | 'noLonger' | 'notYet' | 'someArrives' | 'notKnown';

/** What each box says in each state: the picture's text equivalent, shown to everyone. */
const boxes: Record<MxState, { old: BoxKey; new: BoxKey; oldOn: boolean; newOn: boolean }> = {
  switched: { old: 'noLonger', new: 'arrivesHere', oldOn: false, newOn: true },
  'not-switched': { old: 'stillArrives', new: 'notYet', oldOn: true, newOn: false },
  mixed: { old: 'someArrives', new: 'someArrives', oldOn: true, newOn: true },
  unknown: { old: 'notKnown', new: 'notKnown', oldOn: false, newOn: false },
};

const sentenceKeys = {
  switched: 'switched',
  'not-switched': 'notSwitched',
  mixed: 'mixed',
  unknown: 'unknown',
} as const;

function MxDetails({ mx }: { mx: MxView }) {
  const { t } = useTranslation();
  const hostLines = (hosts: MxView['resolver']['hosts']) =>
    hosts.length === 0
      ? t('switchComplete.route.noRecords')
      : hosts
          .map((h) =>
            t('switchComplete.route.host', {
              exchange: h.exchange,
              priority: h.priority,
              ttl: h.ttl,
              side: t(
                h.provider === 'new'
                  ? 'switchComplete.route.sideNew'
                  : 'switchComplete.route.sideOld',
              ),
            }),
          )
          .join('\n');
  return (
    <details className="technical" data-testid="switch-mx-details">
      <summary>{t('switchComplete.route.details')}</summary>
      <p>{t('switchComplete.route.resolver')}</p>
      <pre>
        {mx.resolver.error
          ? t('switchComplete.route.lookupError', { error: mx.resolver.error })
          : hostLines(mx.resolver.hosts)}
      </pre>
      {mx.authoritative.map((a) => (
        <div key={`${a.nameServer}-${a.address}`}>
          <p>
            {t('switchComplete.route.nameServer', { server: a.nameServer, address: a.address })}
          </p>
          <pre>
            {a.error
              ? t('switchComplete.route.lookupError', { error: a.error })
              : hostLines(a.hosts)}
          </pre>
        </div>
      ))}
      {mx.expectedMx.length > 0 && (
        <p>{t('switchComplete.route.expected', { hosts: mx.expectedMx.join(', ') })}</p>
      )}
      {mx.estimate && (
        <p>{t('switchComplete.route.estimateBasis', { basis: mx.estimate.basis })}</p>
      )}
    </details>
  );
}

/**
 * Where mail to the address goes now: a picture (people who write → old box / new box) whose
 * every part is also said in text, the plain sentence for the state, the TTL estimate, and
 * "Check now". It follows switchCheck.changed, so it moves on by itself.
 */
export function MailRoute({
  state,
  checking,
  onCheck,
}: {
  state: SwitchCheckState;
  checking: boolean;
  onCheck: () => void;
}) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const mx = state.mx;
  const mxState: MxState = mx?.state ?? 'unknown';
  const known = mx !== null;
  const box = boxes[mxState];
  const address = state.address;
  const hours = mx?.estimate?.hours;
  const next =
    mxState === 'not-switched'
      ? t('switchComplete.route.notSwitchedNext')
      : mxState === 'mixed'
        ? t('switchComplete.route.mixedNext')
        : mxState === 'unknown' && known
          ? t('switchComplete.route.unknownNext')
          : undefined;
  // After the switch, the current record's TTL says nothing about how long the OLD one lingers.
  const onlyNewTtl = mxState === 'switched' && mx?.estimate?.basis === 'record-ttl';
  const estimate =
    hours === undefined || hours < 1 || mxState === 'unknown' || onlyNewTtl
      ? undefined
      : mxState === 'not-switched'
        ? t('switchComplete.route.estimateAfter', { count: hours })
        : t('switchComplete.route.estimate', { count: hours });
  const minutes = Math.max(1, Math.round(state.watch.intervalSeconds / 60));

  return (
    <section
      className="switch-section switch-route"
      aria-labelledby={headingId}
      data-testid="switch-route"
      data-state={known ? mxState : 'checking'}
    >
      <h2 id={headingId}>{t('switchComplete.route.heading')}</h2>
      <figure className="route-picture" aria-label={t('switchComplete.route.pictureLabel')}>
        <div className="route-box route-box--senders">
          <span className="route-box-title">{t('switchComplete.route.senders')}</span>
        </div>
        <svg
          className="route-arrows"
          viewBox="0 0 80 120"
          preserveAspectRatio="none"
          aria-hidden="true"
          focusable="false"
        >
          <path
            className={box.oldOn ? 'route-arrow route-arrow--on' : 'route-arrow'}
            d="M4 60 C40 60 40 27 76 27"
          />
          <path
            className={box.newOn ? 'route-arrow route-arrow--on' : 'route-arrow'}
            d="M4 60 C40 60 40 93 76 93"
          />
        </svg>
        <div className="route-targets">
          <div
            className={box.oldOn ? 'route-box route-box--on' : 'route-box'}
            data-testid="route-old"
          >
            <span className="route-box-title">{t('switchComplete.route.oldBox')}</span>
            <span className="route-box-state">{t(`switchComplete.route.${box.old}`)}</span>
          </div>
          <div
            className={box.newOn ? 'route-box route-box--on route-box--new' : 'route-box'}
            data-testid="route-new"
          >
            <span className="route-box-title">{t('switchComplete.route.newBox')}</span>
            <span className="route-box-state">{t(`switchComplete.route.${box.new}`)}</span>
          </div>
        </div>
      </figure>
      <div aria-live="polite">
        <p className="switch-route-sentence" data-testid="switch-route-sentence">
          {known
            ? t(`switchComplete.route.${sentenceKeys[mxState]}`, { address })
            : t('switchComplete.loading')}
        </p>
        {next && <p>{next}</p>}
        {estimate && <p data-testid="switch-estimate">{estimate}</p>}
        {mx?.cached && <p>{t('switchComplete.route.cached')}</p>}
      </div>
      <div className="switch-check-row">
        <BusyButton data-testid="switch-check-now" busy={checking} onClick={onCheck}>
          {checking ? t('switchComplete.route.checking') : t('switchComplete.route.checkNow')}
        </BusyButton>
        <p className="field-hint">
          {mx &&
            t(
              'switchComplete.route.lastChecked',
              clockTime(new Date(mx.checkedAt), i18n.language),
            )}{' '}
          {state.watch.active && t('switchComplete.route.watching', { count: minutes })}
        </p>
      </div>
      {mx && <MxDetails mx={mx} />}
    </section>
  );
}
