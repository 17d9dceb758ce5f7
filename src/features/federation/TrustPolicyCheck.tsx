import { useMemo, useState } from 'react';
import type { ParseResult } from '../../kernel/result';
import { evaluateFederatedTrust, type FederatedTrustRequest } from '../../policy/federated-trust';
import { parsePolicyDocument } from '../../policy/parse';
import { describePrincipal } from '../../policy/principal';
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
  request: ParseResult<FederatedTrustRequest> | null;
  pending: boolean;
  renderPolicyEditor?: PolicyEditorRenderer;
}

function originText(o: PolicyText['origin']): string {
  switch (o.kind) {
    case 'role':
      return `The sandbox world's trust policy of ${o.roleArn}.`;
    case 'generated':
      return 'Generated from the token; edit it to taste.';
    case 'typed':
      return 'Edited here: changes are not saved to the sandbox.';
    default:
      return 'Paste the role\'s trust policy (in the sandbox it is filled in from the role in the form).';
  }
}

/** The role's trust policy next to the inspected assertion or token, evaluated as STS would. */
export function TrustPolicyCheck({ policy, request, pending, renderPolicyEditor }: TrustPolicyCheckProps) {
  const [rich, setRich] = useState(false);
  const parsed = useMemo(() => (policy.text.trim() === '' ? null : parsePolicyDocument(policy.text, { kind: 'trust' })), [policy.text]);
  const verdict = useMemo(() => (parsed?.ok && request?.ok ? evaluateFederatedTrust(parsed.value, request.value) : null), [parsed, request]);
  const ariaLabel = 'Trust policy (JSON)';

  return (
    <Card
      title="Trust policy check"
      testId="trust-policy-check"
      actions={
        <>
          {policy.canReload && (
            <Button size="sm" variant="ghost" onClick={policy.reload}>
              Reload from the sandbox
            </Button>
          )}
          {renderPolicyEditor && (
            <Button size="sm" variant="ghost" aria-pressed={rich} onClick={() => setRich((r) => !r)}>
              {rich ? 'Plain text editor' : 'JSON editor'}
            </Button>
          )}
        </>
      }
    >
      {rich && renderPolicyEditor ? (
        <div>
          <p className="mb-1 text-[13px] font-medium text-fg">Trust policy</p>
          {renderPolicyEditor({ value: policy.text, onChange: policy.setText, ariaLabel })}
          <p className="mt-0.5 text-[11px] text-muted">{originText(policy.origin)}</p>
        </div>
      ) : (
        <Labeled label="Trust policy" hint={originText(policy.origin)}>
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
          The trust policy cannot be read{parsed.line !== undefined ? ` (line ${parsed.line}, column ${parsed.column})` : ''}: {parsed.error}.
        </ErrorNote>
      )}
      {parsed?.ok && parsed.warnings.map((w) => <p key={w} className="text-xs text-warn">Note: {w}.</p>)}
      {request === null && <p className="text-xs text-muted">Inspect an assertion or token above to see whether this policy lets it in.</p>}
      {request !== null && !request.ok && <p className="text-xs text-warn">{request.error}</p>}
      {pending && <p className="text-xs text-muted">Evaluating…</p>}
      {verdict && request?.ok && (
        <div className="space-y-3" data-testid="trust-verdict" data-allowed={verdict.allowed}>
          <div className="flex flex-wrap items-center gap-1.5">
            <Badge tone={verdict.allowed ? 'ok' : 'danger'}>{verdict.allowed ? 'STS would allow this' : 'STS would deny this'}</Badge>
            <span className="text-xs text-muted">
              as {describePrincipal({ type: 'Federated', id: request.value.federatedPrincipal })}, for {request.value.actions.join(', ')}
            </span>
          </div>
          <p className="text-xs leading-5 text-fg">{verdict.summary}</p>
          {verdict.steps.map((step) => (
            <div key={step.action} className="space-y-1">
              <h3 className="font-mono text-xs font-semibold text-fg">{step.action}</h3>
              <TraceView
                trace={traceFromEvaluation(step.evaluation, step.context)}
                request={{ action: step.action, resource: step.context.resource, principal: request.value.federatedPrincipal, keys: step.context.keys }}
                source="Evaluated here, with the sandbox's evaluator"
                showSummary={verdict.steps.length > 1}
              />
            </div>
          ))}
        </div>
      )}
    </Card>
  );
}
