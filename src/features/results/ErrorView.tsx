import { useLingui } from '@lingui/react';
import { encodedMessageInError } from '../../inspect/authz';
import { useState } from 'react';
import { englishOf, type Message } from '../../kernel/message';
import { Text, Words } from '../../i18n/Text';
import { Verbatim } from '../../i18n/Verbatim';
import type { StsCallError } from '../../sts/call-error';
import type { KnownCause } from './types';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { KeyValueList } from '../../ui/KeyValueList';


const LONG = 280;

const KIND_LABEL: Record<string, Message> = {
  service: /*i18n*/ { id: 'error.kind.service', message: 'STS answered with an error' },
  network: /*i18n*/ { id: 'error.kind.network', message: 'No answer (network)' },
  cors: /*i18n*/ { id: 'error.kind.cors', message: 'Blocked by CORS' },
  csp: /*i18n*/ { id: 'error.kind.csp', message: "Blocked by the page's security policy" },
  aborted: /*i18n*/ { id: 'result.cancelled', message: 'Cancelled' },
  'client-validation': /*i18n*/ { id: 'error.kind.clientValidation', message: 'Not sent' },
  unknown: /*i18n*/ { id: 'error.kind.unknown', message: 'Failed' },
};

/** An error that teaches: code, message and status, what it means, and what to try. */
/** What the AWS CLI prints for a service error (to stderr), e.g. in a script's log. */
export function cliErrorText(error: Pick<StsCallError, 'code' | 'message'>, operation: string): string {
  return `An error occurred (${error.code}) when calling the ${operation} operation: ${error.message}`;
}

export function ErrorView({ error, onDecode, cause = null }: { error: StsCallError; onDecode?: (encoded: string) => void; cause?: KnownCause | null }) {
  const { i18n } = useLingui();
  // The specific cause, when the workbench found it before the call, beats the code's general reading.
  const ex = cause
    ? { title: cause.title, meaning: cause.detail, likelyFixes: [...(cause.fix ? [cause.fix] : []), ...error.explanation.likelyFixes] }
    : error.explanation;
  const [full, setFull] = useState(false);
  const long = error.message.length > LONG;
  // An encoded message AWS put in its text (EC2 and others), else the sandbox's explanation header.
  const inMessage = encodedMessageInError(error.message);
  const encoded = inMessage ?? error.sandboxAuthorizationMessage ?? null;
  const fromHeader = inMessage === null && encoded !== null;
  const kindLabel = KIND_LABEL[error.kind];
  if (error.kind === 'aborted') {
    return (
      <p className="text-xs text-muted" data-testid="error-details">
        <Words w={ex.meaning} /> {i18n._({ id: 'error.abortedNote', message: 'If the request had already left, the endpoint may still have acted on it.' })}
      </p>
    );
  }
  return (
    <div className="space-y-2" data-testid="error-details">
      <div className="flex flex-wrap items-center gap-1.5">
        <Badge tone="danger">
          <span data-testid="error-code" lang="en" translate="no">
            {error.code}
          </span>
        </Badge>
        <span className="text-xs text-muted">{kindLabel ? i18n._(kindLabel) : error.kind}</span>
      </div>
      {/* Failures without an answer carry their explanation as the message: say it once. */}
      {error.message !== englishOf(ex.meaning) && (
      <div className="rounded border border-danger/40 bg-danger-soft px-2 py-1.5">
        <p className="font-mono text-xs leading-5 break-all text-fg" data-testid="error-message" lang="en" translate="no">
          {long && !full ? `${error.message.slice(0, LONG)}…` : error.message}
        </p>
        {(long || encoded) && (
          <div className="mt-1 flex flex-wrap gap-1">
            {long && (
              <Button size="sm" variant="ghost" aria-expanded={full} onClick={() => setFull((f) => !f)}>
                {full
                  ? i18n._({ id: 'error.showLess', message: 'Show less' })
                  : i18n._({ id: 'error.showWhole', message: 'Show the whole message ({count, plural, one {# character} other {# characters}})', values: { count: error.message.length } })}
              </Button>
            )}
            {encoded && onDecode && (
              <Button size="sm" onClick={() => onDecode(encoded)}>
                {fromHeader ? i18n._({ id: 'error.decodeSandbox', message: "Decode the sandbox's explanation" }) : i18n._({ id: 'error.decode', message: 'Decode the authorization message' })}
              </Button>
            )}
          </div>
        )}
        {fromHeader && (
          <p className="mt-1 text-[11px] leading-4 text-muted" data-testid="sandbox-explanation-note">
            <Text
              m={/*i18n*/ {
                id: 'error.sandboxNote',
                message: "This is AWS's exact text. The sandbox sent its explanation separately, in the {header} response header: an encoded authorization message that {operation} opens.",
                values: { header: 'x-sandbox-authorization-message', operation: 'DecodeAuthorizationMessage' },
                verbatim: ['header', 'operation'],
              }}
            />
          </p>
        )}
      </div>
      )}
      <KeyValueList
        rows={[
          ...(error.httpStatus !== undefined ? [{ key: 'status', label: i18n._({ id: 'error.httpStatus', message: 'HTTP status' }), value: <Verbatim>{error.httpStatus}</Verbatim>, mono: true }] : []),
          ...(error.faultType ? [{ key: 'fault', label: i18n._({ id: 'error.fault', message: 'Fault' }), value: error.faultType === 'Sender' ? <Text m={/*i18n*/ { id: 'error.faultSender', message: '{sender} (the request)', values: { sender: 'Sender' }, verbatim: ['sender'] }} /> : <Verbatim>{error.faultType}</Verbatim> }] : []),
        ]}
      />
      <div className="rounded border border-line bg-surface-2 px-2.5 py-2" data-testid="error-explanation" data-cause={cause ? 'known' : 'general'}>
        {/* The explanations (src/sts/error-explanations.ts, network-errors.ts) are Messages, in the reader's language. */}
        <h4 className="text-[13px] font-semibold text-fg">
          <Words w={ex.title} />
        </h4>
        <p className="mt-0.5 text-xs leading-5 text-muted">
          <Words w={ex.meaning} />
          {cause && cause.source !== 'sandbox' && <> {i18n._({ id: 'error.foundByInspector', message: '(What the inspector found in this input before the call.)' })}</>}
        </p>
        {ex.likelyFixes.length > 0 && (
          <>
            <h5 className="mt-1.5 text-xs font-medium text-fg">{i18n._({ id: 'error.likelyFixes', message: 'Likely fixes' })}</h5>
            <ol className="mt-0.5 list-decimal space-y-0.5 pl-5 text-xs leading-5 text-fg">
              {ex.likelyFixes.map((f, i) => (
                <li key={i}>
                  <Words w={f} />
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </div>
  );
}
