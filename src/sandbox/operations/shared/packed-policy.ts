/** PackedPolicySize for the operations: the one model (inspect/session/packed-policy.ts), its error thrown. */
import { packedPolicyOutcome } from '../../../inspect/session/packed-policy';
import { stsError, type StsErrorCode } from '../../core/errors';

/** The PackedPolicySize to report; throws PackedPolicyTooLarge above 100%. `policy` must already be valid JSON (checkSessionPolicy). */
export function packedPolicySize(policy: string | undefined, policyArns: readonly { arn?: string | undefined }[] | undefined, tags: readonly { Key?: string | undefined; Value?: string | undefined }[]): number {
  const outcome = packedPolicyOutcome(policy, policyArns, tags);
  if (!outcome.ok) throw stsError(outcome.error.code as StsErrorCode, outcome.error.message);
  return outcome.percent;
}
