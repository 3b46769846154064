import { useTranslation } from 'react-i18next';
import type { Language, SwitchoverError } from '../../src-main/contract';
import { ErrorNotice } from '../components/ErrorNotice';
import { KitOpener } from '../components/KitOpener';
import { LanguagePicker } from '../components/LanguagePicker';
import { ScreenHeading } from '../components/ScreenHeading';
import type { AppInfoState } from '../hooks/useAppInfo';
import type { KitState } from '../hooks/useKit';

export function WelcomeScreen({
  appInfo,
  onRetry,
  onStart,
  language,
  onChooseLanguage,
  languageSaveError,
  kitState,
  takeFocus,
}: {
  appInfo: AppInfoState;
  onRetry: () => void;
  onStart: () => void;
  language: Language;
  onChooseLanguage: (language: Language) => void;
  languageSaveError: SwitchoverError | undefined;
  kitState: KitState;
  takeFocus: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <ScreenHeading testId="welcome-title" takeFocus={takeFocus}>
        {t('welcome.title')}
      </ScreenHeading>
      <p className="lead">{t('welcome.intro')}</p>
      <p>{t('welcome.reassurance')}</p>

      <LanguagePicker language={language} onChoose={onChooseLanguage} />
      {languageSaveError && <ErrorNotice error={languageSaveError} />}

      {appInfo.status === 'loading' && (
        <p role="status" className="status">
          {t('welcome.loading')}
        </p>
      )}
      {appInfo.status === 'failed' && (
        <ErrorNotice error={appInfo.error}>
          {/* A refused key stays refused: trying again could not help. */}
          {appInfo.error.code !== 'bridge.unauthorized' && (
            <button type="button" className="button" onClick={onRetry}>
              {t('buttons.retry')}
            </button>
          )}
        </ErrorNotice>
      )}
      {appInfo.status === 'ready' && (
        <>
          <KitOpener kitState={kitState} />
          {/* Start only once Switchover has answered: until then there is nothing to start. */}
          <div className="step-buttons">
            <button
              type="button"
              className="button button-primary button-large"
              data-testid="next-button"
              onClick={onStart}
            >
              {t('buttons.start')}
            </button>
          </div>
          <p className="version" data-testid="app-version">
            {t('welcome.version', { version: appInfo.info.version })}
          </p>
        </>
      )}
    </>
  );
}
