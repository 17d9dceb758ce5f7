/**
 * Session policies: parsed (MalformedPolicyDocument on any JSON or grammar error). The plaintext limit
 * on policy plus ARNs (reference §2.14) is the catalog's rule (policyPlaintextRule and the model's
 * maxLength), checked before any handler runs; the packed size is packed-policy.ts.
 */
import { parsePolicyDocument } from '../../../policy/parse';
import { stsError } from '../../core/errors';

export function checkSessionPolicy(policy: string | undefined): void {
  if (policy === undefined) return;
  const parsed = parsePolicyDocument(policy);
  if (!parsed.ok) throw stsError('MalformedPolicyDocument', parsed.error);
}
