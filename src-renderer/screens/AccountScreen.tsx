import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  SwitchoverError,
  type AccountRole,
  type AccountSummary,
  type Kit,
  type SettingsSource,
} from '../../src-main/contract';
import { api } from '../api';
import { KitGreeting } from '../components/KitGreeting';
import { KitOpener } from '../components/KitOpener';
import { PasswordField } from '../components/PasswordField';
import { ProviderCardNotice } from '../components/ProviderCardNotice';
import { ProviderSignIn, signInChoices } from '../components/ProviderSignIn';
import { ScreenHeading } from '../components/ScreenHeading';
import { ServerSettingsFields } from '../components/ServerSettingsFields';
import { SettingsSourceNote } from '../components/SettingsSourceNote';
import { SignedInCard } from '../components/SignedInCard';
import { SignInErrorNotice } from '../components/SignInErrorNotice';
import { fixIsInSettings } from '../errors/errorWords';
import { StepButtons } from '../components/StepButtons';
import { isEmailAddress, useDetection, type Detection } from '../hooks/useDetection';
import type { KitState } from '../hooks/useKit';
import { useProviderSignIn } from '../hooks/useProviderSignIn';
import {
  draftsFromKit,
  emailFromKit,
  fromDraft,
  guessedDrafts,
  toDraft,
  type ServerDraft,
} from '../serverDraft';

interface Drafts {
  imap: ServerDraft;
  smtp: ServerDraft | undefined;
}

/** What the sign-in form works with once it knows where to sign in. */
interface Plan {
  drafts: Drafts;
  source: SettingsSource;
  trusted: boolean;
}

/** Settings ready to use: what was found, or (when nothing was) the kit's or a guess to edit. */
function planFor(detection: Detection, role: AccountRole, kit: Kit | null): Plan | undefined {
  if (detection.status === 'found') {
    const { settings } = detection;
    const guess = guessedDrafts(detection.email);
    return {
      drafts: {
        imap: toDraft(settings.imap),
        // The new account must be able to send; without found SMTP settings, start from a guess.
        smtp: settings.smtp ? toDraft(settings.smtp) : role === 'new' ? guess.smtp : undefined,
      },
      source: settings.source,
      trusted: settings.trusted,
    };
  }
  if (detection.status === 'failed') {
    const fallback =
      role === 'new' && kit ? draftsFromKit(kit, detection.email) : guessedDrafts(detection.email);
    return {
      drafts: { imap: fallback.imap, smtp: role === 'new' ? fallback.smtp : undefined },
      source: role === 'new' && kit ? 'kit' : 'manual',
      trusted: true,
    };
  }
  return undefined;
}

type SignInState =
  { status: 'idle' } | { status: 'signing' } | { status: 'failed'; error: SwitchoverError };

export function AccountScreen({
  role,
  account,
  onSignedIn,
  onRemove,
  passwordRejected = false,
  oldEmail,
  kitState,
  takeFocus,
  onBack,
  onNext,
}: {
  role: AccountRole;
  /** Already signed in (this session or an earlier one), or null. */
  account: AccountSummary | null;
  onSignedIn: (account: AccountSummary) => void;
  onRemove: () => Promise<void>;
  /** A later step was refused with the saved password (the person was sent here for that). */
  passwordRejected?: boolean;
  /** The old account's address, for a kit that gives the new address as a pattern. */
  oldEmail: string | undefined;
  /** Only the new account is prepared by a kit. */
  kitState?: KitState;
  takeFocus: boolean;
  onBack: () => void;
  onNext: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const kit = kitState?.kit ?? null;
  const [email, setEmail] = useState(() => emailFromKit(kit, oldEmail));
  const [emailProblem, setEmailProblem] = useState(false);
  const { detection, detectNow } = useDetection(role, email);
  const plan = planFor(detection, role, kit);
  // The person's own edits belong to the plan they were made on; a new lookup starts afresh.
  const planKey = detection.status === 'idle' ? '' : `${detection.status}:${detection.email}`;
  const [edited, setEdited] = useState<{ key: string; drafts: Drafts }>();
  const ownDrafts = edited?.key === planKey ? edited.drafts : undefined;
  const drafts = ownDrafts ?? plan?.drafts;
  const [detailsChoice, setDetailsChoice] = useState<{ key: string; open: boolean }>();
  const [confirmed, setConfirmed] = useState<{ key: string; yes: boolean }>();
  const isConfirmed = confirmed?.key === planKey && confirmed.yes;
  const [password, setPassword] = useState('');
  const [passwordProblem, setPasswordProblem] = useState(false);
  const [confirmProblem, setConfirmProblem] = useState(false);
  const [signIn, setSignIn] = useState<SignInState>({ status: 'idle' });
  const [justSignedIn, setJustSignedIn] = useState(false);
  const passwordInput = useRef<HTMLInputElement>(null);
  const providerSignIn = useProviderSignIn(role, (summary) => {
    setJustSignedIn(true);
    onSignedIn(summary);
  });
  const waitingForProvider = providerSignIn.state.status === 'waiting';

  const card = detection.status === 'found' ? detection.settings.card : undefined;
  const oauthOffer = detection.status === 'found' ? detection.settings.oauth : undefined;
  const instructions = detection.status === 'found' ? detection.settings.instructions : [];
  const passwordPossible = card?.passwordSignInPossible ?? true;
  const { alternative, showCard } = signInChoices(card, oauthOffer);
  const passwordOffered = plan !== undefined && passwordPossible && !waitingForProvider;
  const signInError = signIn.status === 'failed' ? signIn.error : undefined;
  const detailsWanted =
    detection.status === 'failed' ||
    (plan !== undefined && !plan.trusted) ||
    // An error whose fix is in the settings opens "Details" by itself, so the fix is in view.
    (signInError !== undefined && fixIsInSettings(signInError));
  const detailsOpen = detailsChoice?.key === planKey ? detailsChoice.open : detailsWanted;

  const changeDrafts = (next: Drafts) => setEdited({ key: planKey, drafts: next });

  const startProviderSignIn = () => {
    const address = email.trim();
    if (!plan || !drafts || !isEmailAddress(address)) return;
    // The token opens the mailbox like the password would: the same servers, checked first.
    const needsConfirm = !plan.trusted && !isConfirmed;
    setConfirmProblem(needsConfirm);
    if (needsConfirm) return;
    const imap = fromDraft(drafts.imap);
    const smtp = drafts.smtp ? fromDraft(drafts.smtp) : undefined;
    if (!imap || (drafts.smtp !== undefined && !smtp)) {
      setDetailsChoice({ key: planKey, open: true });
      return;
    }
    setSignIn({ status: 'idle' });
    providerSignIn.start({
      email: address,
      imap,
      smtp,
      source: ownDrafts ? 'manual' : plan.source,
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (signIn.status === 'signing' || waitingForProvider) return;
    const address = email.trim();
    if (!isEmailAddress(address)) {
      setEmailProblem(true);
      return;
    }
    if (!plan || !drafts) {
      detectNow();
      return;
    }
    if (!passwordPossible) return;
    const needsConfirm = !plan.trusted && !isConfirmed;
    setConfirmProblem(needsConfirm);
    setPasswordProblem(password === '');
    const imap = fromDraft(drafts.imap);
    const smtp = drafts.smtp ? fromDraft(drafts.smtp) : undefined;
    const settingsUsable = imap !== undefined && (drafts.smtp === undefined || smtp !== undefined);
    if (!settingsUsable) setDetailsChoice({ key: planKey, open: true });
    if (needsConfirm || password === '' || !imap || !settingsUsable) {
      if (password === '') passwordInput.current?.focus();
      return;
    }
    setSignIn({ status: 'signing' });
    api
      .call('accounts.signIn', {
        role,
        email: address,
        password,
        imap,
        smtp,
        source: ownDrafts ? 'manual' : plan.source,
      })
      .then(
        (summary) => {
          setSignIn({ status: 'idle' });
          setPassword('');
          setJustSignedIn(true);
          onSignedIn(summary);
        },
        (failure: unknown) => setSignIn({ status: 'failed', error: SwitchoverError.from(failure) }),
      );
  };

  const status =
    signIn.status === 'signing'
      ? t(role === 'new' ? 'account.signingInNew' : 'account.signingIn')
      : waitingForProvider
        ? t('account.oauth.waitingStatus')
        : detection.status === 'detecting'
          ? t('account.detecting')
          : '';

  const title = t(role === 'old' ? 'steps.oldAccount' : 'steps.newAccount');
  return (
    <>
      <ScreenHeading testId="step-title" takeFocus={takeFocus}>
        {title}
      </ScreenHeading>
      {role === 'new' && kit && <KitGreeting kit={kit} />}

      {account ? (
        <SignedInCard
          account={account}
          takeFocus={justSignedIn}
          passwordRejected={passwordRejected}
          onPasswordChanged={onSignedIn}
          onUseDifferent={async () => {
            await onRemove();
            setJustSignedIn(false);
            setEmail('');
          }}
        />
      ) : (
        <>
          <p className="lead">
            {t(
              role === 'old'
                ? 'account.oldIntro'
                : kit && email
                  ? 'account.newIntroKit'
                  : 'account.newIntro',
            )}
          </p>
          <form className="account-form" noValidate onSubmit={submit}>
            <div className="field">
              <label htmlFor={`${id}-email`}>{t('account.emailLabel')}</label>
              <p id={`${id}-email-hint`} className="field-hint">
                {t('account.emailHint')}
              </p>
              <input
                id={`${id}-email`}
                data-testid="email-input"
                type="email"
                autoComplete="email"
                spellCheck={false}
                autoCapitalize="off"
                value={email}
                // The provider's page signs in this very address: it stays while that page is open.
                readOnly={waitingForProvider}
                aria-invalid={emailProblem ? true : undefined}
                aria-describedby={
                  emailProblem ? `${id}-email-hint ${id}-email-problem` : `${id}-email-hint`
                }
                onChange={(event) => {
                  setEmail(event.target.value);
                  setEmailProblem(false);
                  setSignIn({ status: 'idle' });
                  providerSignIn.reset();
                }}
              />
              {emailProblem && (
                <p id={`${id}-email-problem`} className="field-problem">
                  {t('account.emailInvalid')}
                </p>
              )}
            </div>

            <p role="status" aria-live="polite" className="status" data-testid="signin-status">
              {status}
            </p>

            {!plan && (
              <div className="step-buttons">
                <button
                  type="submit"
                  className="button button-primary"
                  data-testid="continue-button"
                  aria-disabled={detection.status === 'detecting'}
                >
                  {t('buttons.continue')}
                </button>
              </div>
            )}

            {detection.status === 'failed' && (
              <>
                <SignInErrorNotice error={detection.error} testId="detect-error" />
                {/* settings.not-found already says so in its own words. */}
                {detection.error.code !== 'settings.not-found' && (
                  <p>{t('account.checkSettings')}</p>
                )}
              </>
            )}

            {plan && detection.status === 'found' && (
              <SettingsSourceNote
                source={ownDrafts ? 'manual' : plan.source}
                trusted={plan.trusted}
                servers={{ imap: plan.drafts.imap.host, smtp: plan.drafts.smtp?.host }}
                confirmed={isConfirmed}
                confirmProblem={confirmProblem && !isConfirmed}
                onConfirm={(yes) => setConfirmed({ key: planKey, yes })}
              />
            )}

            {plan && oauthOffer && (
              <ProviderSignIn
                offer={oauthOffer}
                state={providerSignIn.state}
                alternative={alternative}
                onStart={startProviderSignIn}
                onCancel={providerSignIn.cancel}
                onOpenAgain={providerSignIn.openAgain}
              />
            )}

            {passwordOffered && oauthOffer?.available && (
              <h2 className="signin-alternative" data-testid="password-alternative">
                {t(
                  alternative === 'app-password'
                    ? 'account.oauth.orAppPassword'
                    : 'account.oauth.orPassword',
                )}
              </h2>
            )}

            {card && showCard && !waitingForProvider && <ProviderCardNotice card={card} />}

            {instructions.length > 0 && !waitingForProvider && (
              <section className="instructions" aria-labelledby={`${id}-instructions`}>
                <h2 id={`${id}-instructions`}>{t('account.instructionsTitle')}</h2>
                <ul>
                  {instructions.map((instruction, index) => (
                    <li key={index}>
                      {instruction.url ? (
                        <a href={instruction.url} target="_blank" rel="noopener noreferrer">
                          {instruction.text}
                          <span className="visually-hidden"> {t('account.opensInBrowser')}</span>
                        </a>
                      ) : (
                        instruction.text
                      )}
                    </li>
                  ))}
                </ul>
              </section>
            )}

            {passwordOffered && (
              <>
                <PasswordField
                  value={password}
                  inputRef={passwordInput}
                  problem={
                    passwordProblem && password === '' ? t('account.passwordMissing') : undefined
                  }
                  onChange={(value) => {
                    setPassword(value);
                    setPasswordProblem(false);
                  }}
                />
                <div className="step-buttons">
                  <button
                    type="submit"
                    // The provider's page is the main way when offered; one primary button.
                    className={
                      oauthOffer?.available
                        ? 'button button-large'
                        : 'button button-primary button-large'
                    }
                    data-testid="signin-button"
                    aria-disabled={signIn.status === 'signing'}
                  >
                    {t('buttons.signIn')}
                  </button>
                </div>
              </>
            )}

            {signInError && <SignInErrorNotice error={signInError} />}

            {plan && drafts && !waitingForProvider && (
              <details
                className="settings-details"
                data-testid="settings-details"
                open={detailsOpen}
                onToggle={(event) => {
                  const open = event.currentTarget.open;
                  if (open !== detailsOpen) setDetailsChoice({ key: planKey, open });
                }}
              >
                <summary>{t('details.summary')}</summary>
                <p>
                  {t('details.source', {
                    source: t(`details.sourceNames.${ownDrafts ? 'manual' : plan.source}`),
                  })}
                </p>
                <ServerSettingsFields
                  legend={t('details.imap')}
                  testId="imap"
                  draft={drafts.imap}
                  onChange={(imap) => changeDrafts({ ...drafts, imap })}
                />
                {drafts.smtp && (
                  <ServerSettingsFields
                    legend={t('details.smtp')}
                    testId="smtp"
                    draft={drafts.smtp}
                    onChange={(smtp) => changeDrafts({ ...drafts, smtp })}
                  />
                )}
              </details>
            )}
          </form>
          {role === 'new' && kitState && !kit && <KitOpener kitState={kitState} />}
        </>
      )}

      <StepButtons
        onBack={onBack}
        onNext={onNext}
        nextBlockedHint={account ? undefined : t('account.nextBlocked')}
      />
    </>
  );
}
