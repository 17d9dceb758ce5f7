import { Text } from '../../i18n/Text';
import type { Message } from '../../kernel/message';
import { useLingui } from '@lingui/react';
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

type Step = { kind: 'idle' } | { kind: 'problem'; message: Message } | { kind: 'call'; id: string } | { kind: 'json'; text: string };

/**
 * Paste an AccessDenied / UnauthorizedOperation error (or the encoded message alone): the tool finds
 * the encoded message, decodes it with DecodeAuthorizationMessage through the current connection, and
 * shows the decoded document as a report. Pasting the decoded JSON itself reads it without a call.
 */
export function AuthorizationReportTool({ blocker, send, outcomeOf }: AuthorizationReportProps) {
  const { i18n } = useLingui();
  const inputId = useId();
  const [text, setText] = useState('');
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const isJson = text.trim().startsWith('{');

  function decode() {
    if (isJson) return setStep({ kind: 'json', text: text.trim() });
    const found = extractEncodedMessage(text);
    if (!found.ok) return setStep({ kind: 'problem', message: found.error });
    if (blocker) return setStep({ kind: 'problem', message: /*i18n*/ { id: 'authzTool.cannotSend', message: '{operation} cannot be sent: {why}', values: { operation: 'DecodeAuthorizationMessage', why: blocker }, verbatim: ['operation'] } });
    const id = send(found.value.encoded);
    setStep(id ? { kind: 'call', id } : { kind: 'problem', message: /*i18n*/ { id: 'authzTool.notSent', message: '{operation} could not be sent.', values: { operation: 'DecodeAuthorizationMessage' }, verbatim: ['operation'] } });
  }

  const outcome = step.kind === 'call' ? outcomeOf(step.id) : null;
  const decoded = step.kind === 'json' ? step.text : outcome?.status === 'ok' ? outcome.decodedMessage : null;
  const report = useMemo(() => (decoded === null ? null : buildAuthorizationReport(decoded)), [decoded]);

  return (
    <ToolCard
      title={i18n._({ id: 'tools.authorizationMessage', message: 'Authorization message' })}
      summary={<Text m={/*i18n*/ { id: 'authzTool.summary', message: 'Why was a request denied? Paste the error with its encoded authorization failure message (EC2’s {ec2Code}, or a sandbox {stsCode}): it is decoded through the current connection and shown as a report.', values: { ec2Code: 'UnauthorizedOperation', stsCode: 'AccessDenied' }, verbatim: ['ec2Code', 'stsCode'] }} />}
      testId="authorization-message-tool"
    >
      <div>
        <label htmlFor={inputId} className="mb-1 block text-[13px] font-medium text-fg">
          {i18n._({ id: 'authzTool.inputLabel', message: 'Paste the error text or encoded message' })}
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
          <Text m={/*i18n*/ { id: 'authzTool.inputHint', message: 'The whole error, the command that decodes it, the message alone, or already decoded JSON. Decoding needs {action}.', values: { action: 'sts:DecodeAuthorizationMessage' }, verbatim: ['action'] }} />
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="primary" onClick={decode} disabled={text.trim() === '' || outcome?.status === 'pending'}>
          {isJson ? i18n._({ id: 'authzTool.readJson', message: 'Read the JSON' }) : i18n._({ id: 'authzTool.decode', message: 'Decode' })}
        </Button>
        {blocker && !isJson && <span className="text-xs text-muted">{blocker}</span>}
      </div>

      <div aria-live="polite" className="space-y-2">
        {step.kind === 'problem' && (
          <p role="alert" className="rounded border border-danger/40 bg-danger-soft px-2 py-1.5 text-xs text-fg" data-testid="authorization-problem">
            <Text m={step.message} />
          </p>
        )}
        {outcome?.status === 'pending' && (
          <p className="flex items-center gap-1.5 text-xs text-muted">
            <Spinner /> {i18n._({ id: 'authzTool.decoding', message: 'Decoding…' })}
          </p>
        )}
        {outcome?.status === 'error' && (
          <p role="alert" className="rounded border border-danger/40 bg-danger-soft px-2 py-1.5 text-xs break-words text-fg" data-testid="authorization-problem">
            <span className="font-mono font-semibold" translate="no">
              {outcome.code}
            </span>
            :{' '}
            <span lang="en" translate="no">
              {outcome.message}
            </span>
          </p>
        )}
        {report && !report.ok && (
          <p role="alert" className="rounded border border-danger/40 bg-danger-soft px-2 py-1.5 text-xs text-fg" data-testid="authorization-problem">
            <Text m={report.error} />
          </p>
        )}
      </div>
      {report?.ok && <AuthorizationReportView report={report.value} />}
    </ToolCard>
  );
}
