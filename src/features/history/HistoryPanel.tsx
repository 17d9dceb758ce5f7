import { Text } from '../../i18n/Text';
import { targetLabelMessage } from '../../state/targetLabel';
import { useLingui } from '@lingui/react';
import { useMemo } from 'react';
import { formatClockTime } from '../../i18n/clock-time';
import { formatMilliseconds } from '../../i18n/format';
import { historyToJson, redactCall, type CallLike, type RedactedCall } from '../../inspect/redact';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';

const MAX_VALUE = 90;

function shortValue(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE)}…` : s;
}

function Outcome({ call }: { call: RedactedCall }) {
  const { i18n } = useLingui();
  if (call.status === 'pending') return <Badge tone="neutral">{i18n._({ id: 'history.sending', message: 'sending' })}</Badge>;
  if (call.status === 'ok') {
    return (
      <Badge tone="ok">
        <span translate="no">HTTP {call.httpStatus}</span>
      </Badge>
    );
  }
  if (call.error?.kind === 'aborted') return <Badge tone="neutral">{i18n._({ id: 'result.cancelled', message: 'Cancelled' })}</Badge>;
  return (
    <Badge tone="danger">
      <span translate="no" lang="en">
        {call.httpStatus !== undefined ? `HTTP ${call.httpStatus} · ` : ''}
        <span data-testid="history-error-code">{call.error?.code}</span>
      </span>
    </Badge>
  );
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Downloads the redacted history, stamped (file name and exportedAt) with the moment of the export. */
function exportHistory(records: readonly CallLike[]) {
  const now = new Date();
  download(`sts-workbench-history-${now.toISOString().replace(/[:.]/g, '-')}.json`, historyToJson(records, now));
}

export interface HistoryPanelProps {
  /** Every call of this page visit, newest first (dismissing a result does not remove it here). */
  records: readonly CallLike[];
  /** Re-load this call's inputs into its operation's form. */
  onOpen: (id: string) => void;
  onClear: () => void;
}

/** Every call this browser session: what, where, when, how long, how it ended. Secrets never shown. */
export function HistoryPanel({ records, onOpen, onClear }: HistoryPanelProps) {
  const { i18n } = useLingui();
  const calls = useMemo(() => records.map(redactCall), [records]);
  return (
    <div className="flex h-full min-h-0 flex-col" data-testid="history">
      <div className="flex flex-wrap items-center gap-1 border-b border-line px-3 py-2">
        <h2 className="text-xs font-semibold tracking-wide text-muted uppercase">{i18n._({ id: 'history.heading', message: 'History' })}</h2>
        {calls.length > 0 && <span className="text-xs text-muted">{calls.length}</span>}
        <span className="ml-auto flex gap-1">
          <Button size="sm" variant="ghost" disabled={calls.length === 0} onClick={() => exportHistory(records)}>
            {i18n._({ id: 'history.export', message: 'Export JSON' })}
          </Button>
          <Button size="sm" variant="ghost" disabled={calls.length === 0} onClick={onClear}>
            {i18n._({ id: 'history.clearAll', message: 'Clear all' })}
          </Button>
        </span>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto p-3">
        {calls.length === 0 ? (
          <p className="rounded-md border border-dashed border-line px-4 py-8 text-center text-xs text-muted">{i18n._({ id: 'history.empty', message: 'Every call you send appears here, for this page visit. Secrets are never shown.' })}</p>
        ) : (
          <>
            <p className="mb-2 text-[11px] text-muted">
              {i18n._({ id: 'history.redacted', message: 'Secrets (keys, tokens, assertions, MFA codes) are redacted here and in the export; access key IDs keep their first and last four characters.' })}
            </p>
            <ol className="space-y-1.5" aria-label={i18n._({ id: 'history.list', message: 'Calls, newest first' })}>
              {calls.map((c) => (
                <li key={c.id} className="rounded border border-line bg-surface px-2.5 py-1.5" data-testid="history-item" data-operation={c.operation} data-status={c.status}>
                  <div className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
                    <h3 className="text-[13px] font-semibold text-fg" translate="no">
                      {c.operation}
                    </h3>
                    <Outcome call={c} />
                    <span className="ml-auto text-xs text-muted">
                      <time dateTime={c.startedAt}>{formatClockTime(i18n.locale, new Date(c.startedAt))}</time>
                      {c.durationMs !== undefined && (
                        <span>
                          {' · '}
                          {/* A duration is a <time> too (an ISO 8601 duration), formatted by Intl. */}
                          <time dateTime={`PT${(c.durationMs / 1000).toFixed(3)}S`}>{formatMilliseconds(i18n.locale, c.durationMs)}</time>
                        </span>
                      )}
                    </span>
                  </div>
                  <div className="text-xs text-muted">
                    <Text m={targetLabelMessage(c.target)} />
                  </div>
                  {Object.keys(c.input).length > 0 && (
                    <dl className="mt-1 space-y-px font-mono text-[11px] leading-4" data-testid="history-input" translate="no">
                      {Object.entries(c.input).map(([k, v]) => (
                        <div key={k} className="flex gap-1.5">
                          <dt className="shrink-0 text-muted">{k}</dt>
                          <dd className="min-w-0 break-all text-fg">{shortValue(v)}</dd>
                        </div>
                      ))}
                    </dl>
                  )}
                  {c.error && c.error.kind !== 'aborted' && (
                    <p className="mt-1 line-clamp-2 text-xs break-all text-fg" lang="en" translate="no">
                      {c.error.message}
                    </p>
                  )}
                  <div className="mt-1">
                    <Button size="sm" variant="secondary" onClick={() => onOpen(c.id)}>
                      {i18n._({ id: 'history.open', message: 'Open in form' })}
                    </Button>
                  </div>
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </div>
  );
}
