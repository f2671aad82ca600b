import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setRequestLanguage } from './api/client';
import { App } from './app/App';
import { preloadFirstScreen } from './app/routes';
import { initI18n, storedLanguage } from './i18n';
import './styles.css';

const lang = storedLanguage();

preloadFirstScreen(window.location.pathname);

initI18n(lang);
setRequestLanguage(lang);
document.documentElement.lang = lang;

const root = document.getElementById('root');

if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
