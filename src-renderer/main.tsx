import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { languageFromLocale } from '../src-main/contract';
import { connectToSwitchover } from './api';
import { App } from './App';
import { i18n, setUpI18n } from './i18n';
import './app.css';

connectToSwitchover();
// Until Switchover says which language it uses, the system's language is the best guess.
setUpI18n(languageFromLocale(navigator.language));

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
