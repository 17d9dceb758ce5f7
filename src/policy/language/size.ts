/**
 * The session-policy size meter: the inline policy plus the managed policy ARNs against the
 * 2,048-character plaintext limit, counted the way the sandbox checks it (reference §2.14: the
 * policy text as sent, whitespace included, plus the length of each ARN).
 */
import { minifyPolicy } from './format';


const PLAINTEXT_LIMIT = 2048;

export interface PolicySize {
  /** Characters of the policy as written plus the ARNs. */
  plaintext: number;
  limit: 2048;
  over: boolean;
  /** The same total with the policy minified, or null when there is no policy or it is not valid JSON. */
  minified: number | null;
}

export function policySize(policyText: string | undefined, policyArns: string[]): PolicySize {
  const arns = (Array.isArray(policyArns) ? policyArns : []).reduce((n, a) => n + (typeof a === 'string' ? a.length : 0), 0);
  const text = typeof policyText === 'string' ? policyText : '';
  const plaintext = text.length + arns;
  const min = text.trim() === '' ? null : minifyPolicy(text);
  return { plaintext, limit: PLAINTEXT_LIMIT, over: plaintext > PLAINTEXT_LIMIT, minified: min?.ok ? min.value.length + arns : null };
}
