import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { languageFromLocale } from '../src-main/contract';
import { connectToSwitchover } from './api';
import { App } from './App';
import { i18n, setUpI18n } from './i18n';
// Styles in the cascade's order: the frame and shared controls, then each screen's own.
import './styles/base.css';
import './styles/signIn.css';
import './styles/copy.css';
import './styles/copyWait.css';
import './styles/sendTest.css';
import './styles/switchCheck.css';
import './styles/done.css';

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
