/**
 * The session-policy plaintext limit (reference §2.14): the inline policy as sent, whitespace included,
 * plus the length of each managed policy ARN, at most 2,048 characters. One truth for the catalog's
 * validation rule (which answers for the sandbox too) and the policy editor's size meter; it lives in the
 * kernel because the catalog and the policy language may not import each other.
 */
export const SESSION_POLICY_PLAINTEXT_LIMIT = 2048;

/** The managed policy ARNs of a request's input (`PolicyArns: [{ arn }]`), as text; an entry without one counts as nothing (''). */
export function sessionPolicyArns(input: Readonly<Record<string, unknown>>): string[] {
  if (!Array.isArray(input.PolicyArns)) return [];
  return input.PolicyArns.map((d: unknown) => {
    const arn = d !== null && typeof d === 'object' ? (d as { arn?: unknown }).arn : undefined;
    return typeof arn === 'string' ? arn : '';
  });
}

/** Characters counted against the limit; anything that is not text counts as nothing. */
export function sessionPolicyPlaintext(policy: unknown, policyArns: readonly unknown[]): number {
  const arns = policyArns.reduce<number>((n, arn) => n + (typeof arn === 'string' ? arn.length : 0), 0);
  return (typeof policy === 'string' ? policy.length : 0) + arns;
}
