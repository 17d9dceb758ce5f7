import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles.css';
import { App } from './App';
import { applyPresenter, readStoredPresenter } from './presenter';
import { choiceStorage } from './storedChoice';
import { applyTheme, readStoredThemePreference, resolveTheme, systemPrefersDark, themeStorage } from './theme';

// Apply the theme and presenter mode before the first render so the page does not flash the other one.
applyTheme(resolveTheme(readStoredThemePreference(themeStorage()), systemPrefersDark()));
applyPresenter(readStoredPresenter(choiceStorage()));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
