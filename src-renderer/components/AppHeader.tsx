import { useTranslation } from 'react-i18next';

export function AppHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <p className="app-name">{t('app.name')}</p>
    </header>
  );
}
