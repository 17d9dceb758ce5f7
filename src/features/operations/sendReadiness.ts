/**
 * Whether the form on screen can be sent, and what the Send bar says when it cannot: where the call
 * would go, whether keys are there to sign it, and the input's problems in one line.
 */
import type { OperationInput, OperationSpec } from '../../catalog/types';
import { sizeBlockMessage } from '../../ui/policy-editor/sizeReport';

/** "Session policies too large: 2,300 of 2,048 characters …" for operations with a Policy, or undefined. */
export function policySizeIssue(spec: OperationSpec, input: OperationInput): string | undefined {
  if (!spec.params.some((p) => p.widget === 'policy')) return undefined;
  const policy = typeof input.Policy === 'string' ? input.Policy : undefined;
  const arns = Array.isArray(input.PolicyArns) ? input.PolicyArns.map((d) => (d && typeof d === 'object' && typeof (d as { arn?: unknown }).arn === 'string' ? (d as { arn: string }).arn : '')) : [];
  return sizeBlockMessage(policy, arns) ?? undefined;
}

/** The Send bar's one line about the input: the policy size, the policy editor's errors, or the required fields still empty. */
export function sendIssueText(spec: OperationSpec, input: OperationInput, counts: { issues: number; shownIssues: number; policyErrors: number }, missing: readonly string[]): string | undefined {
  const { issues, shownIssues, policyErrors } = counts;
  return (
    policySizeIssue(spec, input) ??
    (issues === 0 && policyErrors > 0
      ? `The session policy has ${policyErrors} ${policyErrors === 1 ? 'error' : 'errors'} (marked in the policy editor); STS would refuse it.`
      : issues > 0 && shownIssues === 0 && missing.length > 0
        ? `Required: ${missing.join(', ')}.`
        : undefined)
  );
}

/** Why Send is disabled, or null: no target yet (the sandbox starting or failed), or no keys for a signed call. */
export function sendBlocker(targetKnown: boolean, sandboxFailed: boolean, needsKeys: boolean, hasKeys: boolean): string | null {
  if (!targetKnown) return sandboxFailed ? 'The sandbox is not available (see Connection).' : 'Starting the sandbox…';
  return needsKeys && !hasKeys ? 'Add source credentials under Edit connection to sign this call.' : null;
}
