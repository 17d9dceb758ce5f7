import { Trans, useLingui } from '@lingui/react';
import { Suspense, useEffect, useRef, type ReactNode } from 'react';
import { Button } from '../../ui/Button';
import { Kbd, MOD_KEY } from '../../ui/Kbd';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { lazyPart } from '../../ui/lazyPart';
import type { ResultCardProps } from './ResultCard';
import type { JudgedByOperation } from '../../state/federationJudged';
import type { CallRecord, ReturnedCredentials } from './types';

// The cards and their views (credentials, errors, JSON, ARNs) are not on the first screen: loaded when idle.
const ResultCard = lazyPart<ResultCardProps>(() => import('./ResultCard').then((m) => m.ResultCard));

export interface ResultsPanelProps {
  /** Newest first. */
  records: readonly CallRecord[];
  sandboxOffsetMs: number;
  onUseCredentials: (creds: ReturnedCredentials, label: string) => void;
  onDismiss: (id: string) => void;
  onClear: () => void;
  onDecode: (encoded: string) => void;
  /** Extra content under a failed call, supplied by the shell. */
  errorExtra?: (record: CallRecord) => ReactNode;
  /** The federation inspectors' latest rejections: a failed call that sent one of them shows its cause. */
  judged?: JudgedByOperation;
  headingId: string;
}

/** Every call of this page visit, newest first. Nothing here is stored anywhere. */
export function ResultsPanel({ records, sandboxOffsetMs, onUseCredentials, onDismiss, onClear, onDecode, errorExtra, judged, headingId }: ResultsPanelProps) {
  const { i18n } = useLingui();
  const list = useRef<HTMLDivElement>(null);
  const newest = records[0];
  // A new call, and again when it settles (the record is replaced and the card grows): bring its card
  // into view wherever the list or the page was scrolled to. The shell announces the outcome.
  useEffect(() => {
    if (!newest) return;
    const card = list.current?.querySelector(`[data-record-id="${CSS.escape(newest.id)}"]`);
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    card?.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
  }, [newest]);
  return (
    <div className="flex h-full min-h-0 flex-col">
      <div className="flex items-center gap-2 border-b border-line px-3 py-2">
        <h2 id={headingId} className="text-xs font-semibold tracking-wide text-muted uppercase">
          {i18n._({ id: 'results.heading', message: 'Results' })}
        </h2>
        {records.length > 0 && <span className="text-xs text-muted">{records.length}</span>}
        <Button size="sm" variant="ghost" className="ml-auto" onClick={onClear} disabled={records.length === 0}>
          {i18n._({ id: 'results.clear', message: 'Clear' })}
        </Button>
      </div>
      <div ref={list} className="min-h-0 flex-1 space-y-2 overflow-y-auto p-3" data-testid="results">
        {records.length === 0 ? (
          <div className="rounded-md border border-dashed border-line px-4 py-8 text-center text-xs text-muted">
            <p>{i18n._({ id: 'results.empty', message: 'Results appear here, newest first.' })}</p>
            {/* No Ctrl key on a touch screen (as KeyboardHint). */}
            <p className="mt-1 pointer-coarse:hidden">
              <Trans id="results.pressToSend" message="Press <0>{mod}</0> <1>Enter</1> to send the current request." values={{ mod: MOD_KEY }} components={{ 0: <Kbd />, 1: <Kbd /> }} />
            </p>
          </div>
        ) : (
          records.map((r) => (
            <ErrorBoundary key={r.id} label={i18n._({ id: 'results.boundary', message: 'The result of {operation}', values: { operation: r.operation } })}>
              <Suspense fallback={<div data-record-id={r.id} className="rounded-md border border-line px-3 py-2 text-xs text-muted">{r.operation}…</div>}>
                <ResultCard record={r} sandboxOffsetMs={sandboxOffsetMs} onUseCredentials={onUseCredentials} onDismiss={onDismiss} onDecode={onDecode} errorExtra={errorExtra} judged={judged} />
              </Suspense>
            </ErrorBoundary>
          ))
        )}
      </div>
    </div>
  );
}
