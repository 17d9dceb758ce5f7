/**
 * Session policies: parsed (MalformedPolicyDocument on any JSON or grammar error; the one rule is
 * inspect/session/session-rules.ts). The plaintext limit on policy plus ARNs (reference §2.14) is the
 * catalog's rule (policyPlaintextRule and the model's maxLength), checked before any handler runs;
 * the packed size is inspect/session/packed-policy.ts.
 */
import { sessionPolicyError } from '../../../inspect/session/session-rules';
import { stsError, type StsErrorCode } from '../../core/errors';

export function checkSessionPolicy(policy: string | undefined): void {
  const error = sessionPolicyError(policy);
  if (error) throw stsError(error.code as StsErrorCode, error.message);
}
