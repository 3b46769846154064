import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader } from './components/AppHeader';
import { StepButtons } from './components/StepButtons';
import { StepList } from './components/StepList';
import { useAppInfo } from './hooks/useAppInfo';
import { useLanguage } from './hooks/useLanguage';
import { journeySteps } from './journeySteps';
import { ComingSoonScreen } from './screens/ComingSoonScreen';
import { WelcomeScreen } from './screens/WelcomeScreen';

const lastIndex = journeySteps.length - 1;

export function App() {
  const { t } = useTranslation();
  const appInfo = useAppInfo();
  const { language, chooseLanguage, saveError } = useLanguage();
  const [stepIndex, setStepIndex] = useState(0);
  // Focus moves to the new heading only after the person has moved; never on first load.
  const [hasMoved, setHasMoved] = useState(false);

  const goTo = (index: number) => {
    setStepIndex(Math.min(Math.max(index, 0), lastIndex));
    setHasMoved(true);
  };
  const step = journeySteps[stepIndex] ?? 'welcome';

  return (
    <div className="app">
      <AppHeader />
      <div className="layout">
        <StepList currentIndex={stepIndex} />
        <main className="screen">
          <p className="step-progress">
            {t('steps.progress', { current: stepIndex + 1, total: journeySteps.length })}
          </p>
          {step === 'welcome' ? (
            <WelcomeScreen
              appInfo={appInfo}
              onRetry={appInfo.retry}
              onStart={() => goTo(1)}
              language={language}
              onChooseLanguage={chooseLanguage}
              languageSaveError={saveError}
              takeFocus={hasMoved}
            />
          ) : (
            <>
              <ComingSoonScreen key={step} step={step} takeFocus={hasMoved} />
              <StepButtons
                onBack={() => goTo(stepIndex - 1)}
                onNext={stepIndex < lastIndex ? () => goTo(stepIndex + 1) : undefined}
              />
            </>
          )}
        </main>
      </div>
    </div>
  );
}
