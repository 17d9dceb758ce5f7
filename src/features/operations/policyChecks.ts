/**
 * What the Send bar checks in a form's session policies before calling the form ready: the errors the
 * policy editor marks (validatePolicy) and the plaintext size STS checks first (policy plus ARNs, 2,048
 * characters). Its own chunk: the first screen has no policy, and the validator and the JSON reader are large.
 */
import type { Message } from '../../kernel/message';
import { validatePolicy } from '../../policy/validate/validate-policy';
import { sizeBlockMessage } from '../../ui/policy-editor/sizeReport';

export interface PolicyChecks {
  /** Error markers in the inline policy (0 for none, or no policy: an empty optional policy is not sent). */
  errors: number;
  /** "Session policies too large: …" while the policies are over the plaintext limit, else null. */
  sizeIssue: Message | null;
}

export function checkSessionPolicies(policy: string, arns: readonly string[]): PolicyChecks {
  return {
    errors: policy.trim() === '' ? 0 : validatePolicy(policy, 'session').filter((m) => m.severity === 'error').length,
    sizeIssue: sizeBlockMessage(policy, arns),
  };
}
