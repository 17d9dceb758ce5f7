/**
 * The session-policy checks of the form on screen (src/features/operations/policyChecks.ts), for the Send
 * bar: a form whose policy has errors or is too large is not "Ready". The checks load with the first
 * non-empty policy or policy ARN (not part of the first screen; prefetched when idle); until they are
 * there the answer is unknown (null), and the Send bar says it is checking rather than "Ready".
 */
import { useEffect, useMemo, useState } from 'react';
import type { checkSessionPolicies as Check, PolicyChecks } from './policyChecks';
import { whenIdle } from '../../ui/lazyPart';

let check: typeof Check | null = null;
let loading: Promise<void> | null = null;
const loadChecks = () => (loading ??= import('./policyChecks').then((m) => void (check = m.checkSessionPolicies)));
// Fetched when the page is idle, so that it is there before anyone has typed a policy.
whenIdle(() => void loadChecks().catch(() => (loading = null)));

const NOTHING_SENT: PolicyChecks = { errors: 0, sizeIssue: null };

/**
 * `policy`: the inline session policy (undefined for an operation without one); `arns`: the policy ARNs
 * (a stable array: the answer is computed again when it changes).
 * Nothing to check (no policy, no ARNs) is answered at once; otherwise null while the checks load.
 */
export function usePolicyChecks(policy: string | undefined, arns: readonly string[]): PolicyChecks | null {
  const empty = policy === undefined || (policy.trim() === '' && arns.length === 0);
  const [loaded, setLoaded] = useState(check !== null);
  useEffect(() => {
    if (empty || loaded) return;
    let live = true;
    void loadChecks().then(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, [empty, loaded]);
  return useMemo(() => {
    if (empty) return NOTHING_SENT;
    if (!loaded || !check) return null;
    return check(policy ?? '', arns);
  }, [empty, loaded, policy, arns]);
}
