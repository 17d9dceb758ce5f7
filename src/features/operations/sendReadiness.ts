/**
 * Whether the form on screen can be sent, and what the Send bar says when it cannot: where the call
 * would go, whether keys are there to sign it, and the input's problems in one line.
 */
import type { OperationInput, OperationSpec } from '../../catalog/types';
import type { Message } from '../../kernel/message';
import { sizeBlockMessage } from '../../ui/policy-editor/sizeReport';

/**
 * The Send bar's line about the input: a Message, the required fields still empty (their labels, which the
 * bar translates and lists), or the policy size text.
 */
export type SendIssue = Message | { readonly required: readonly Message[] } | string;

/** "Session policies too large: 2,300 of 2,048 characters …" for operations with a Policy, or undefined. */
export function policySizeIssue(spec: OperationSpec, input: OperationInput): string | undefined {
  if (!spec.params.some((p) => p.widget === 'policy')) return undefined;
  const policy = typeof input.Policy === 'string' ? input.Policy : undefined;
  const arns = Array.isArray(input.PolicyArns) ? input.PolicyArns.map((d) => (d && typeof d === 'object' && typeof (d as { arn?: unknown }).arn === 'string' ? (d as { arn: string }).arn : '')) : [];
  return sizeBlockMessage(policy, arns) ?? undefined;
}

/** The Send bar's one line about the input: the policy size, the policy editor's errors, or the required fields still empty. */
export function sendIssueText(spec: OperationSpec, input: OperationInput, counts: { issues: number; shownIssues: number; policyErrors: number }, missing: readonly Message[]): SendIssue | undefined {
  const { issues, shownIssues, policyErrors } = counts;
  return (
    policySizeIssue(spec, input) ??
    (issues === 0 && policyErrors > 0
      ? /*i18n*/ { id: 'send.policyErrors', message: 'The session policy has {count, plural, one {# error} other {# errors}} (marked in the policy editor); STS would refuse it.', values: { count: policyErrors } }
      : issues > 0 && shownIssues === 0 && missing.length > 0
        ? { required: missing }
        : undefined)
  );
}

/** Why Send is disabled, or null: no target yet (the sandbox starting or failed), or no keys for a signed call. */
export function sendBlocker(targetKnown: boolean, sandboxFailed: boolean, needsKeys: boolean, hasKeys: boolean): Message | null {
  if (!targetKnown) {
    return sandboxFailed
      ? /*i18n*/ { id: 'send.sandboxUnavailable', message: 'The sandbox is not available (see Connection).' }
      : /*i18n*/ { id: 'send.sandboxStarting', message: 'Starting the sandbox…' };
  }
  return needsKeys && !hasKeys ? /*i18n*/ { id: 'send.needKeys', message: 'Add source credentials under Edit connection to sign this call.' } : null;
}
