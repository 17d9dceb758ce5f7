import { useLingui } from '@lingui/react';
import { Suspense, lazy, useEffect, useId, useState, type ReactNode } from 'react';
import type { CallRecord } from '../../state/calls';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { Spinner } from '../../ui/Spinner';
import { TabList } from '../../ui/Tabs';

// The history list loads when first shown: the first screen is the forms and results.
const HistoryPanel = lazy(() => import('./HistoryPanel').then((m) => ({ default: m.HistoryPanel })));

type AsideTab = 'results' | 'history';

/**
 * Results | History tabs over the right-hand column. The results stay mounted while History is
 * shown (their heading names the column, and revealed secrets or open details survive the switch).
 */
export function AsideTabs({ results, newestId, history, onOpen, onClear }: { results: ReactNode; newestId: string | undefined; history: readonly CallRecord[]; onOpen: (id: string) => void; onClear: () => void }) {
  const { i18n } = useLingui();
  const id = useId();
  const [tab, setTab] = useState<AsideTab>('results');
  // A new call shows its result: sending from a form (or a tool) brings the Results tab forward.
  useEffect(() => {
    if (newestId) setTab('results');
  }, [newestId]);
  const tabs: Array<{ key: AsideTab; label: string }> = [
    { key: 'results', label: i18n._({ id: 'aside.results', message: 'Results' }) },
    { key: 'history', label: history.length ? i18n._({ id: 'aside.historyCount', message: 'History ({count})', values: { count: history.length } }) : i18n._({ id: 'history.heading', message: 'History' }) },
  ];
  return (
    <div className="flex h-full min-h-0 flex-col">
      <TabList tabs={tabs} selected={tab} onSelect={setTab} label={i18n._({ id: 'aside.label', message: 'Results and history' })} tabId={(k) => `${id}-${k}`} panelId={(k) => `${id}-${k}-panel`} className="border-b border-line px-2" />
      <div role="tabpanel" id={`${id}-results-panel`} aria-labelledby={`${id}-results`} hidden={tab !== 'results'} className="min-h-0 flex-1">
        {results}
      </div>
      <div role="tabpanel" id={`${id}-history-panel`} aria-labelledby={`${id}-history`} hidden={tab !== 'history'} className="min-h-0 flex-1">
        {/* Mounted only while shown: the column's text (results(page).getByText…) stays the results'. */}
        {tab === 'history' && (
          <Suspense fallback={<div className="p-4"><Spinner label={i18n._({ id: 'aside.loadingHistory', message: 'Loading the history' })} /></div>}>
            <ErrorBoundary label={i18n._({ id: 'area.history', message: 'The history' })}><HistoryPanel records={history} onOpen={onOpen} onClear={onClear} /></ErrorBoundary>
          </Suspense>
        )}
      </div>
    </div>
  );
}
