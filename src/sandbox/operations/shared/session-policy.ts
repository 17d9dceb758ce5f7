/**
 * Session policies: parsed (MalformedPolicyDocument on any JSON or grammar error) and the plaintext
 * limit on policy plus ARNs (reference §2.14). The packed size is packed-policy.ts.
 */
import type { PolicyDescriptorType } from '@aws-sdk/client-sts';
import { SESSION_POLICY_PLAINTEXT_LIMIT as PLAINTEXT_LIMIT } from '../../../catalog/shapes';
import { parsePolicyDocument } from '../../../policy/parse';
import { stsError } from '../../core/errors';

export function checkSessionPolicy(policy: string | undefined, policyArns: PolicyDescriptorType[] | undefined): void {
  const arnLength = (policyArns ?? []).reduce((n, p) => n + (p.arn?.length ?? 0), 0);
  if (policy !== undefined) {
    const parsed = parsePolicyDocument(policy);
    if (!parsed.ok) throw stsError('MalformedPolicyDocument', parsed.error);
  }
  const total = (policy?.length ?? 0) + arnLength;
  if (total > PLAINTEXT_LIMIT) {
    throw stsError(
      'PackedPolicyTooLarge',
      `The session policy and managed policy ARNs total ${total} characters; the limit is ${PLAINTEXT_LIMIT} characters of plaintext.`,
    );
  }
}
