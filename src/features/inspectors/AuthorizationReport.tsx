import { useId, useMemo, useState } from 'react';
import { buildAuthorizationReport, extractEncodedMessage } from '../../inspect/authz';
import { AuthorizationReportView } from '../../ui/authz/AuthorizationReportView';
import { Button } from '../../ui/Button';
import { Spinner } from '../../ui/Spinner';
import type { DecodeOutcome } from '../../state/decodeTool';
import { ToolCard } from '../../ui/ToolCard';

export interface AuthorizationReportProps {
  /** Why DecodeAuthorizationMessage cannot be sent right now (no sandbox, no credentials…), or null. */
  blocker: string | null;
  /** Sends DecodeAuthorizationMessage through the current connection; returns the call's id. */
  send: (encoded: string) => string | null;
  /** The outcome of a call this tool started (it also appears under Results and History). */
  outcomeOf: (id: string) => DecodeOutcome | null;
}

type Step = { kind: 'idle' } | { kind: 'problem'; message: string } | { kind: 'call'; id: string } | { kind: 'json'; text: string };

/**
 * Paste an AccessDenied / UnauthorizedOperation error (or the encoded message alone): the tool finds
 * the encoded message, decodes it with DecodeAuthorizationMessage through the current connection, and
 * shows the decoded document as a report. Pasting the decoded JSON itself reads it without a call.
 */
export function AuthorizationReportTool({ blocker, send, outcomeOf }: AuthorizationReportProps) {
  const inputId = useId();
  const [text, setText] = useState('');
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const isJson = text.trim().startsWith('{');

  function decode() {
    if (isJson) return setStep({ kind: 'json', text: text.trim() });
    const found = extractEncodedMessage(text);
    if (!found.ok) return setStep({ kind: 'problem', message: found.error });
    if (blocker) return setStep({ kind: 'problem', message: `DecodeAuthorizationMessage cannot be sent: ${blocker}` });
    const id = send(found.value.encoded);
    setStep(id ? { kind: 'call', id } : { kind: 'problem', message: 'DecodeAuthorizationMessage could not be sent.' });
  }

  const outcome = step.kind === 'call' ? outcomeOf(step.id) : null;
  const decoded = step.kind === 'json' ? step.text : outcome?.status === 'ok' ? outcome.decodedMessage : null;
  const report = useMemo(() => (decoded === null ? null : buildAuthorizationReport(decoded)), [decoded]);

  return (
    <ToolCard
      title="Authorization message"
      summary="Why was a request denied? Paste the error with its encoded authorization failure message (EC2's UnauthorizedOperation, or a sandbox AccessDenied): it is decoded through the current connection and shown as a report."
      testId="authorization-message-tool"
    >
      <div>
        <label htmlFor={inputId} className="mb-1 block text-[13px] font-medium text-fg">
          Paste the error text or encoded message
        </label>
        <textarea
          id={inputId}
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={6}
          spellCheck={false}
          placeholder="An error occurred (UnauthorizedOperation) when calling the RunInstances operation: … Encoded authorization failure message: …"
          aria-describedby={`${inputId}-hint`}
          className="w-full rounded border border-line-strong bg-surface px-2 py-1 font-mono text-xs leading-5 text-fg"
        />
        <p id={`${inputId}-hint`} className="mt-0.5 text-[11px] text-muted">
          The whole error, the command that decodes it, the message alone, or already decoded JSON. Decoding needs sts:DecodeAuthorizationMessage.
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="primary" onClick={decode} disabled={text.trim() === '' || outcome?.status === 'pending'}>
          {isJson ? 'Read the JSON' : 'Decode'}
        </Button>
        {blocker && !isJson && <span className="text-xs text-muted">{blocker}</span>}
      </div>

      <div aria-live="polite" className="space-y-2">
        {step.kind === 'problem' && (
          <p role="alert" className="rounded border border-danger/40 bg-danger-soft px-2 py-1.5 text-xs text-fg" data-testid="authorization-problem">
            {step.message}
          </p>
        )}
        {outcome?.status === 'pending' && (
          <p className="flex items-center gap-1.5 text-xs text-muted">
            <Spinner /> Decoding…
          </p>
        )}
        {outcome?.status === 'error' && (
          <p role="alert" className="rounded border border-danger/40 bg-danger-soft px-2 py-1.5 text-xs break-words text-fg" data-testid="authorization-problem">
            <span className="font-mono font-semibold">{outcome.code}</span>: {outcome.message}
          </p>
        )}
        {report && !report.ok && (
          <p role="alert" className="rounded border border-danger/40 bg-danger-soft px-2 py-1.5 text-xs text-fg" data-testid="authorization-problem">
            {report.error}
          </p>
        )}
      </div>
      {report?.ok && <AuthorizationReportView report={report.value} />}
    </ToolCard>
  );
}
