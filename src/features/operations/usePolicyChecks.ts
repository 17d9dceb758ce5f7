/**
 * The session-policy checks of the form on screen (src/features/operations/policyChecks.ts), for the Send
 * bar: a form whose policy has errors or is too large is not "Ready". The checks load with the first
 * non-empty policy or policy ARN (not part of the first screen; prefetched when idle); until they are
 * there the answer is unknown (null), and the Send bar says it is checking rather than "Ready".
 */
import { useMemo } from 'react';
import { lazyValue } from '../../kernel/lazy-value';
import type { PolicyChecks } from './policyChecks';
import { useLazyValue } from '../../ui/lazyPart';
import { whenIdle } from '../../ui/idleWork';

const CHECKS = lazyValue(() => import('./policyChecks').then((m) => m.checkSessionPolicies));
// Fetched when the page is idle, so that it is there before anyone has typed a policy.
whenIdle(() => void CHECKS.get().catch(() => undefined));

const NOTHING_SENT: PolicyChecks = { errors: 0, sizeIssue: null };

/**
 * `policy`: the inline session policy (undefined for an operation without one); `arns`: the policy ARNs
 * (a stable array: the answer is computed again when it changes).
 * Nothing to check (no policy, no ARNs) is answered at once; otherwise null while the checks load.
 */
export function usePolicyChecks(policy: string | undefined, arns: readonly string[]): PolicyChecks | null {
  const empty = policy === undefined || (policy.trim() === '' && arns.length === 0);
  const check = useLazyValue(CHECKS, !empty);
  return useMemo(() => {
    if (empty) return NOTHING_SENT;
    if (!check) return null;
    return check(policy ?? '', arns);
  }, [empty, check, policy, arns]);
}
