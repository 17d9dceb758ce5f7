import { lazy, startTransition, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles.css';
import { App, newQueryClient } from './App';
import { loadOperation, operationPrefetches } from '../catalog/load';
import { startSandboxDiscovery } from '../features/connection/useSandbox';
import { operationFromHash } from '../features/shell/useRoute';
import { preloadFieldsOf } from '../features/operations/OperationForm';
import { whenIdle } from '../ui/idleWork';
import { LanguageProvider } from '../i18n/LanguageProvider';
import { applyPresenter, readStoredPresenter } from '../features/shell/presenter';
import { choiceStorage } from '../state/storedChoice';
import { applyTheme, readStoredThemePreference, resolveTheme, systemPrefersDark, themeStorage } from '../features/shell/theme';

// Apply the theme and presenter mode before the first render so the page does not flash the other one.
applyTheme(resolveTheme(readStoredThemePreference(themeStorage()), systemPrefersDark()));
applyPresenter(readStoredPresenter(choiceStorage()));

// A room's instructor page (npm start -- --workshop N): its own screen, loaded only when asked for.
const InstructorPage = lazy(() => import('../features/room/InstructorPage').then((m) => ({ default: m.InstructorPage })));

/**
 * How long the first render waits for the sandbox to be found. A server sandbox answers in a few
 * milliseconds, and rendering with it already known saves a whole second render; a page without a server
 * (which starts its sandbox in the page, longer) renders at this bound with the sandbox still pending.
 */
const DISCOVERY_WAIT_MS = 250;

const root = document.getElementById('root');
const instructor = location.hash === '#instructor';
const queryClient = newQueryClient();
const discovered = instructor ? Promise.resolve() : startSandboxDiscovery(queryClient);
// The operation the URL names comes with the first render (GetCallerIdentity, the default, is in the page
// already), and so do its fields' code when it has fields: the form shows whole, with no loading line.
const named = operationFromHash();
const firstOperation = named && !instructor ? loadOperation(named).then(preloadFieldsOf).catch(() => undefined) : undefined;
if (root) void Promise.all([Promise.race([discovered, new Promise((r) => setTimeout(r, DISCOVERY_WAIT_MS))]), firstOperation]).then(() => renderInto(root));
if (!instructor) operationPrefetches().forEach(whenIdle);

function renderInto(root: HTMLElement): void {
  const reactRoot = createRoot(root);
  // A transition, so React renders the first screen in slices and yields to the browser between them
  // (input and paint are not blocked by one long task; Lighthouse's Total Blocking Time on a phone).
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <LanguageProvider>
          {instructor ? (
            <Suspense fallback={null}>
              <InstructorPage />
            </Suspense>
          ) : (
            <App client={queryClient} />
          )}
        </LanguageProvider>
      </StrictMode>,
    ),
  );
}
