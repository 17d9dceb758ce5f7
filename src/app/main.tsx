import { lazy, startTransition, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles.css';
import { App } from './App';
import { LanguageProvider } from '../i18n/LanguageProvider';
import { applyPresenter, readStoredPresenter } from '../features/shell/presenter';
import { choiceStorage } from '../state/storedChoice';
import { applyTheme, readStoredThemePreference, resolveTheme, systemPrefersDark, themeStorage } from '../features/shell/theme';

// Apply the theme and presenter mode before the first render so the page does not flash the other one.
applyTheme(resolveTheme(readStoredThemePreference(themeStorage()), systemPrefersDark()));
applyPresenter(readStoredPresenter(choiceStorage()));

// A room's instructor page (npm start -- --workshop N): its own screen, loaded only when asked for.
const InstructorPage = lazy(() => import('../features/room/InstructorPage').then((m) => ({ default: m.InstructorPage })));

const root = document.getElementById('root');
if (root) {
  const reactRoot = createRoot(root);
  // A transition, so React renders the first screen in slices and yields to the browser between them
  // (input and paint are not blocked by one long task; Lighthouse's Total Blocking Time on a phone).
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <LanguageProvider>
          {location.hash === '#instructor' ? (
            <Suspense fallback={null}>
              <InstructorPage />
            </Suspense>
          ) : (
            <App />
          )}
        </LanguageProvider>
      </StrictMode>,
    ),
  );
}
