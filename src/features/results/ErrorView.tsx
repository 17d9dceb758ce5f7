import { encodedMessageInError } from '../../inspect/authz';
import { useState } from 'react';
import type { StsCallError } from '../../sts/call-error';
import type { KnownCause } from './types';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { KeyValueList } from '../../ui/KeyValueList';


const LONG = 280;

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
/** What the AWS CLI prints for a service error (to stderr), e.g. in a script's log. */
export function cliErrorText(error: Pick<StsCallError, 'code' | 'message'>, operation: string): string {
  return `An error occurred (${error.code}) when calling the ${operation} operation: ${error.message}`;
}

export function ErrorView({ error, onDecode, cause = null }: { error: StsCallError; onDecode?: (encoded: string) => void; cause?: KnownCause | null }) {
  // The specific cause, when the workbench found it before the call, beats the code's general reading.
  const ex = cause
    ? { title: cause.title, meaning: cause.source === 'sandbox' ? cause.detail : `${cause.detail} (What the inspector found in this input before the call.)`, likelyFixes: [...(cause.fix ? [cause.fix] : []), ...error.explanation.likelyFixes] }
    : error.explanation;
  const [full, setFull] = useState(false);
  const long = error.message.length > LONG;
  // An encoded message AWS put in its text (EC2 and others), else the sandbox's explanation header.
  const inMessage = encodedMessageInError(error.message);
  const encoded = inMessage ?? error.sandboxAuthorizationMessage ?? null;
  const fromHeader = inMessage === null && encoded !== null;
  if (error.kind === 'aborted') {
    return (
      <p className="text-xs text-muted" data-testid="error-details">
        {ex.meaning} If the request had already left, the endpoint may still have acted on it.
      </p>
    );
  }
  return (
    <div className="space-y-2" data-testid="error-details">
      <div className="flex flex-wrap items-center gap-1.5">
        <Badge tone="danger">
          <span data-testid="error-code">{error.code}</span>
        </Badge>
        <span className="text-xs text-muted">{KIND_LABEL[error.kind] ?? error.kind}</span>
      </div>
      {/* Failures without an answer carry their explanation as the message: say it once. */}
      {error.message !== ex.meaning && (
      <div className="rounded border border-danger/40 bg-danger-soft px-2 py-1.5">
        <p className="font-mono text-xs leading-5 break-all text-fg" data-testid="error-message">
          {long && !full ? `${error.message.slice(0, LONG)}…` : error.message}
        </p>
        {(long || encoded) && (
          <div className="mt-1 flex flex-wrap gap-1">
            {long && (
              <Button size="sm" variant="ghost" aria-expanded={full} onClick={() => setFull((f) => !f)}>
                {full ? 'Show less' : `Show the whole message (${error.message.length.toLocaleString('en-US')} characters)`}
              </Button>
            )}
            {encoded && onDecode && (
              <Button size="sm" onClick={() => onDecode(encoded)}>
                {fromHeader ? "Decode the sandbox's explanation" : 'Decode the authorization message'}
              </Button>
            )}
          </div>
        )}
        {fromHeader && (
          <p className="mt-1 text-[11px] leading-4 text-muted" data-testid="sandbox-explanation-note">
            This is AWS&apos;s exact text. The sandbox sent its explanation separately, in the x-sandbox-authorization-message response header: an encoded
            authorization message that DecodeAuthorizationMessage opens.
          </p>
        )}
      </div>
      )}
      <KeyValueList
        rows={[
          ...(error.httpStatus !== undefined ? [{ key: 'status', label: 'HTTP status', value: String(error.httpStatus), mono: true }] : []),
          ...(error.faultType ? [{ key: 'fault', label: 'Fault', value: error.faultType === 'Sender' ? 'Sender (the request)' : error.faultType }] : []),
        ]}
      />
      <div className="rounded border border-line bg-surface-2 px-2.5 py-2" data-testid="error-explanation" data-cause={cause ? 'known' : 'general'}>
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
