import type { StsCallError } from '../../sts/client';
import { Badge } from '../../ui/Badge';
import { KeyValueList } from '../../ui/KeyValueList';

const KIND_LABEL: Record<string, string> = {
  service: 'STS answered with an error',
  network: 'No answer (network)',
  cors: 'Blocked by CORS',
  csp: 'Blocked by the page\'s security policy',
  aborted: 'Cancelled',
  'client-validation': 'Not sent',
  unknown: 'Failed',
};

/** An error that teaches: code, message and status, what it means, and what to try. */
export function ErrorView({ error }: { error: StsCallError }) {
  const ex = error.explanation;
  return (
    <div className="space-y-2" data-testid="error-details">
      <div className="flex flex-wrap items-center gap-1.5">
        <Badge tone={error.kind === 'aborted' ? 'neutral' : 'danger'}>
          <span data-testid="error-code">{error.code}</span>
        </Badge>
        <span className="text-xs text-muted">{KIND_LABEL[error.kind] ?? error.kind}</span>
      </div>
      <p className="rounded border border-danger/40 bg-danger-soft px-2 py-1.5 font-mono text-xs leading-5 break-words text-fg" data-testid="error-message">
        {error.message}
      </p>
      <KeyValueList
        rows={[
          ...(error.httpStatus !== undefined ? [{ key: 'status', label: 'HTTP status', value: String(error.httpStatus), mono: true }] : []),
          ...(error.faultType ? [{ key: 'fault', label: 'Fault', value: error.faultType === 'Sender' ? 'Sender (the request)' : error.faultType }] : []),
        ]}
      />
      <div className="rounded border border-line bg-surface-2 px-2.5 py-2">
        <h4 className="text-[13px] font-semibold text-fg">{ex.title}</h4>
        <p className="mt-0.5 text-xs leading-5 text-muted">{ex.meaning}</p>
        {ex.likelyFixes.length > 0 && (
          <>
            <h5 className="mt-1.5 text-xs font-medium text-fg">Likely fixes</h5>
            <ol className="mt-0.5 list-decimal space-y-0.5 pl-5 text-xs leading-5 text-fg">
              {ex.likelyFixes.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ol>
          </>
        )}
      </div>
    </div>
  );
}
