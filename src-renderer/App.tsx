import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountRole } from '../src-main/contract';
import { api } from './api';
import { AppHeader } from './components/AppHeader';
import { KitOfferScreen } from './components/KitOfferScreen';
import { StepList } from './components/StepList';
import { useAccounts } from './hooks/useAccounts';
import { useAppInfo } from './hooks/useAppInfo';
import { backupRunning } from './hooks/useBackup';
import { isOngoing } from './hooks/useCopyJob';
import { useKit } from './hooks/useKit';
import { useLanguage } from './hooks/useLanguage';
import { useResumeAfterReload } from './hooks/useResumeAfterReload';
import { isRunning } from './hooks/useSendTest';
import { journeySteps } from './journeySteps';
import { AccountScreen } from './screens/AccountScreen';
import { CopyScreen } from './screens/CopyScreen';
import { DoneScreen } from './screens/DoneScreen';
import { SendTestScreen } from './screens/SendTestScreen';
import { SwitchCompleteScreen } from './screens/SwitchCompleteScreen';
import { WelcomeScreen } from './screens/WelcomeScreen';

const lastIndex = journeySteps.length - 1;

// What a reloaded window goes back to: a copy still running (or cut off by a restart, or waiting
// for a provider's daily limit), a send test still on its way, a backup still being saved.
const copyUnderWay = () =>
  api.call('copy.status', {}).then(({ job }) => isOngoing(job) || job?.status === 'interrupted');
const sendTestUnderWay = () =>
  api.call('sendTest.status', {}).then(({ current }) => isRunning(current));
const backupUnderWay = () => api.call('backup.status', {}).then(backupRunning);

export function App() {
  const { t } = useTranslation();
  const appInfo = useAppInfo();
  const { language, chooseLanguage, saveError } = useLanguage();
  // Both live here: a kit can be dropped on any screen, and signing in is remembered across steps.
  const kitState = useKit();
  const { accounts, signedIn, remove, passwordRejected, markPasswordRejected } = useAccounts();
  const [stepIndex, setStepIndex] = useState(0);
  // Focus moves to the new heading only after the person has moved; never on first load.
  const [hasMoved, setHasMoved] = useState(false);

  const goTo = (index: number) => {
    setStepIndex(Math.min(Math.max(index, 0), lastIndex));
    setHasMoved(true);
  };
  const step = journeySteps[stepIndex] ?? 'welcome';

  useResumeAfterReload(copyUnderWay, 'copy', setStepIndex);
  useResumeAfterReload(sendTestUnderWay, 'test', setStepIndex);
  useResumeAfterReload(backupUnderWay, 'done', setStepIndex);

  const accountScreen = (role: AccountRole) =>
    accounts === undefined ? (
      <p role="status" className="status">
        {t('welcome.loading')}
      </p>
    ) : (
      <AccountScreen
        // A kit that arrives later fills the new account in afresh.
        key={role === 'new' && kitState.kit ? `new:${JSON.stringify(kitState.kit)}` : role}
        role={role}
        account={accounts[role]}
        onSignedIn={signedIn}
        onRemove={() => remove(role)}
        passwordRejected={passwordRejected[role]}
        oldEmail={accounts.old?.email}
        kitState={role === 'new' ? kitState : undefined}
        takeFocus={hasMoved}
        onBack={() => goTo(stepIndex - 1)}
        onNext={() => goTo(stepIndex + 1)}
      />
    );

  return (
    <div className="app">
      <AppHeader />
      <div className="layout">
        <StepList currentIndex={stepIndex} />
        <main className={step === 'copy' ? 'screen screen--wide' : 'screen'}>
          <p className="step-progress">
            {t('steps.progress', { current: stepIndex + 1, total: journeySteps.length })}
          </p>
          {kitState.offer ? (
            // One question, before anything else: a kit from outside is never used unasked.
            <KitOfferScreen
              offer={kitState.offer}
              busy={kitState.answering}
              onAccept={() => kitState.answerOffer(true)}
              onDecline={() => kitState.answerOffer(false)}
            />
          ) : step === 'welcome' ? (
            <WelcomeScreen
              appInfo={appInfo}
              onRetry={appInfo.retry}
              onStart={() => goTo(1)}
              language={language}
              onChooseLanguage={chooseLanguage}
              languageSaveError={saveError}
              kitState={kitState}
              takeFocus={hasMoved}
            />
          ) : step === 'oldAccount' ? (
            accountScreen('old')
          ) : step === 'newAccount' ? (
            accountScreen('new')
          ) : step === 'copy' ? (
            <CopyScreen
              takeFocus={hasMoved}
              onBack={() => goTo(stepIndex - 1)}
              onNext={() => goTo(stepIndex + 1)}
            />
          ) : step === 'test' ? (
            <SendTestScreen
              takeFocus={hasMoved}
              onBack={() => goTo(stepIndex - 1)}
              onNext={() => goTo(stepIndex + 1)}
              onSignIn={() => {
                // Offered when the new account's saved password was refused (or is gone).
                markPasswordRejected('new');
                goTo(journeySteps.indexOf('newAccount'));
              }}
            />
          ) : step === 'complete' ? (
            <SwitchCompleteScreen
              takeFocus={hasMoved}
              onBack={() => goTo(stepIndex - 1)}
              onNext={() => goTo(stepIndex + 1)}
            />
          ) : (
            <DoneScreen
              takeFocus={hasMoved}
              helperName={kitState.kit?.helper.name}
              canReveal={appInfo.status === 'ready' && appInfo.info.runtime === 'electron'}
              onBack={() => goTo(stepIndex - 1)}
            />
          )}
        </main>
      </div>
    </div>
  );
}
