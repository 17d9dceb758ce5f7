/**
 * The rules STS applies to a role session once the trust policy allowed the call (reference §2.13,
 * §2.14, §12), as pure functions returning STS's exact error: the sandbox throws what they return
 * (sandbox/operations/shared), the federation verdict predicts it (inspect/verdict/session-step.ts).
 */
import { parsePolicyDocument } from '../../policy/parse';

/** An STS error as it appears on the wire: code and message. */
export interface StsRuleError {
  code: string;
  message: string;
}

/** What DurationSeconds defaults to, and the most any role allows for a chained session. */
export const DEFAULT_ROLE_SESSION_SECONDS = 3600;
const CHAINED_ROLE_MAX_SECONDS = 3600;
/** Every role's MaxSessionDuration is at least one hour: a request at or under it fits any role. */
export const MIN_ROLE_MAX_SESSION_SECONDS = 3600;

/** DurationSeconds against the role's MaxSessionDuration (and the role-chaining cap); null when it fits. */
export function roleDurationError(requested: number | undefined, maxSessionDuration: number, chained: boolean): StsRuleError | null {
  const duration = requested ?? DEFAULT_ROLE_SESSION_SECONDS;
  if (chained && duration > CHAINED_ROLE_MAX_SECONDS) {
    return { code: 'ValidationError', message: 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.' };
  }
  if (duration > maxSessionDuration) return { code: 'ValidationError', message: 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.' };
  return null;
}

/** RegionDisabledException for an account that deactivated STS in `region` (us-east-1 cannot be deactivated). */
export function regionDisabledError(region: string, accountId: string, disabledRegions: readonly string[]): StsRuleError | null {
  if (region === 'us-east-1' || !disabledRegions.includes(region)) return null;
  return {
    code: 'RegionDisabledException',
    message: `STS is not activated in this region for account:${accountId}. Your account administrator can activate STS in this region using the IAM Console.`,
  };
}

/** The session policy parsed as STS parses it: MalformedPolicyDocument on any JSON or grammar error. */
export function sessionPolicyError(policy: string | undefined): StsRuleError | null {
  if (policy === undefined) return null;
  const parsed = parsePolicyDocument(policy);
  return parsed.ok ? null : { code: 'MalformedPolicyDocument', message: parsed.error };
}
