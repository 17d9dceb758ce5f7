/**
 * The session-policy size meter: the inline policy plus the managed policy ARNs against the
 * 2,048-character plaintext limit, counted the way the sandbox checks it (reference §2.14: the
 * policy text as sent, whitespace included, plus the length of each ARN).
 */
import { minifyPolicy } from './format';
import { SESSION_POLICY_PLAINTEXT_LIMIT, sessionPolicyPlaintext } from '../../kernel/session-policy-plaintext';

export interface PolicySize {
  /** Characters of the policy as written plus the ARNs. */
  plaintext: number;
  limit: typeof SESSION_POLICY_PLAINTEXT_LIMIT;
  over: boolean;
  /** The same total with the policy minified, or null when there is no policy or it is not valid JSON. */
  minified: number | null;
}

export function policySize(policyText: string | undefined, policyArns: string[]): PolicySize {
  const arnList = Array.isArray(policyArns) ? policyArns : [];
  const arns = sessionPolicyPlaintext(undefined, arnList);
  const text = typeof policyText === 'string' ? policyText : '';
  const plaintext = sessionPolicyPlaintext(text, arnList);
  const min = text.trim() === '' ? null : minifyPolicy(text);
  const limit = SESSION_POLICY_PLAINTEXT_LIMIT;
  return { plaintext, limit, over: plaintext > limit, minified: min?.ok ? min.value.length + arns : null };
}
