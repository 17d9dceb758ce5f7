import { useLingui } from '@lingui/react';
import { useMemo, useState } from 'react';
import type { Message, Words as WordsValue } from '../../kernel/message';
import type { ParseResult } from '../../kernel/result';
import { Text, Words } from '../../i18n/Text';
import { Verbatim } from '../../i18n/Verbatim';
import { evaluateFederatedTrust, type FederatedTrustRequest } from '../../policy/federated-trust';
import { parsePolicyDocument } from '../../policy/parse';
import { traceFromEvaluation } from '../../policy/sandbox-trace';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Card, ErrorNote, Labeled } from './Card';
import { TraceView } from './TraceView';
import type { PolicyEditorRenderer } from './types';
import type { PolicyText } from './usePolicyText';

export interface TrustPolicyCheckProps {
  policy: PolicyText;
  /** The request the assertion or token makes; null while there is nothing inspected. */
  request: ParseResult<FederatedTrustRequest, WordsValue> | null;
  pending: boolean;
  renderPolicyEditor?: PolicyEditorRenderer;
}

function originText(o: PolicyText['origin']): Message {
  switch (o.kind) {
    case 'role':
      return /*i18n*/ { id: 'trustCheck.origin.role', message: 'The sandbox world’s trust policy of {roleArn}.', values: { roleArn: o.roleArn }, verbatim: ['roleArn'] };
    case 'generated':
      return /*i18n*/ { id: 'trustCheck.origin.generated', message: 'Generated from the token; edit it to taste.' };
    case 'typed':
      return /*i18n*/ { id: 'trustCheck.origin.typed', message: 'Edited here: changes are not saved to the sandbox.' };
    default:
      return /*i18n*/ { id: 'trustCheck.origin.none', message: 'Paste the role’s trust policy (in the sandbox it is filled in from the role in the form).' };
  }
}

/** The role's trust policy next to the inspected assertion or token, evaluated as STS would. */
export function TrustPolicyCheck({ policy, request, pending, renderPolicyEditor }: TrustPolicyCheckProps) {
  const { i18n } = useLingui();
  const [rich, setRich] = useState(false);
  const parsed = useMemo(() => (policy.text.trim() === '' ? null : parsePolicyDocument(policy.text, { kind: 'trust' })), [policy.text]);
  const verdict = useMemo(() => (parsed?.ok && request?.ok ? evaluateFederatedTrust(parsed.value, request.value) : null), [parsed, request]);
  const ariaLabel = i18n._({ id: 'trustCheck.ariaLabel', message: 'Trust policy (JSON)' });
  const label = i18n._({ id: 'trustCheck.label', message: 'Trust policy' });
  const origin = originText(policy.origin);

  return (
    <Card
      title={i18n._({ id: 'trustCheck.title', message: 'Trust policy check' })}
      testId="trust-policy-check"
      actions={
        <>
          {policy.canReload && (
            <Button size="sm" variant="ghost" onClick={policy.reload}>
              {i18n._({ id: 'trustCheck.reload', message: 'Reload from the sandbox' })}
            </Button>
          )}
          {renderPolicyEditor && (
            <Button size="sm" variant="ghost" aria-pressed={rich} onClick={() => setRich((r) => !r)}>
              {rich ? i18n._({ id: 'trustCheck.plainEditor', message: 'Plain text editor' }) : i18n._({ id: 'trustCheck.jsonEditor', message: 'JSON editor' })}
            </Button>
          )}
        </>
      }
    >
      {rich && renderPolicyEditor ? (
        <div>
          <p className="mb-1 text-[13px] font-medium text-fg">{label}</p>
          {renderPolicyEditor({ value: policy.text, onChange: policy.setText, ariaLabel })}
          <p className="mt-0.5 text-[11px] text-muted">
            <Text m={origin} />
          </p>
        </div>
      ) : (
        <Labeled label={label} hint={<Text m={origin} />}>
          {(p) => (
            <textarea
              {...p}
              rows={10}
              spellCheck={false}
              autoComplete="off"
              className="input resize-y font-mono text-xs"
              placeholder='{ "Version": "2012-10-17", "Statement": [ … ] }'
              value={policy.text}
              onChange={(e) => policy.setText(e.target.value)}
              data-testid="trust-policy-text"
            />
          )}
        </Labeled>
      )}
      {parsed && !parsed.ok && (
        <ErrorNote>
          {parsed.line !== undefined ? (
            <Text m={/*i18n*/ { id: 'trustCheck.unreadableAt', message: 'The trust policy cannot be read (line {line}, column {column}):', values: { line: parsed.line, column: parsed.column ?? 0 } }} />
          ) : (
            i18n._({ id: 'trustCheck.unreadable', message: 'The trust policy cannot be read:' })
          )}{' '}
          {/* The parser's words are the sandbox's MalformedPolicyDocument message: STS's wire text, verbatim. */}
          <Verbatim>{parsed.error}</Verbatim>
        </ErrorNote>
      )}
      {parsed?.ok &&
        parsed.warnings.map((w, i) => (
          <p key={i} className="text-xs text-warn">
            {i18n._({ id: 'trustCheck.note', message: 'Note:' })} <Text m={w} />
          </p>
        ))}
      {request === null && <p className="text-xs text-muted">{i18n._({ id: 'trustCheck.inspectFirst', message: 'Inspect an assertion or token above to see whether this policy lets it in.' })}</p>}
      {request !== null && !request.ok && (
        <p className="text-xs text-warn">
          <Words w={request.error} />
        </p>
      )}
      {pending && <p className="text-xs text-muted">{i18n._({ id: 'trustCheck.evaluating', message: 'Evaluating…' })}</p>}
      {verdict && request?.ok && (
        <div className="space-y-3" data-testid="trust-verdict" data-allowed={verdict.allowed}>
          <div className="flex flex-wrap items-center gap-1.5">
            <Badge tone={verdict.allowed ? 'ok' : 'danger'}>{verdict.allowed ? i18n._({ id: 'trustCheck.allow', message: 'STS would allow this' }) : i18n._({ id: 'trustCheck.deny', message: 'STS would deny this' })}</Badge>
            <span className="text-xs text-muted">
              <Text m={/*i18n*/ { id: 'trustCheck.as', message: 'as the federated principal {principal}, for {actions}', values: { principal: request.value.federatedPrincipal, actions: request.value.actions.join(', ') }, verbatim: ['principal', 'actions'] }} />
            </span>
          </div>
          <p className="text-xs leading-5 text-fg">
            <Words w={verdict.summary} />
          </p>
          {verdict.steps.map((step) => (
            <div key={step.action} className="space-y-1">
              <h3 className="font-mono text-xs font-semibold text-fg" translate="no">
                {step.action}
              </h3>
              <TraceView
                trace={traceFromEvaluation(step.evaluation, step.context)}
                request={{ action: step.action, resource: step.context.resource, principal: request.value.federatedPrincipal, keys: step.context.keys }}
                source={/*i18n*/ { id: 'trustCheck.source', message: 'Evaluated here, with the sandbox’s evaluator' }}
                showSummary={verdict.steps.length > 1}
              />
            </div>
          ))}
        </div>
      )}
    </Card>
  );
}
