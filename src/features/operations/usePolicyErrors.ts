/**
 * The errors the policy editor marks in a session policy (validatePolicy), counted for the Send bar:
 * a form whose policy has errors is not "Ready". The validator loads on the first non-empty policy
 * (it is not part of the first screen; it is prefetched when idle); until it is there the count is unknown (null).
 */
import { useEffect, useMemo, useState } from 'react';
import type { validatePolicy as ValidatePolicy } from '../../policy/validate/validate-policy';
import { whenIdle } from '../../ui/lazyPart';

let validator: typeof ValidatePolicy | null = null;
let loading: Promise<void> | null = null;
const loadValidator = () => (loading ??= import('../../policy/validate/validate-policy').then((m) => void (validator = m.validatePolicy)));
// Fetched when the page is idle, so that it is there before anyone has typed a policy.
whenIdle(() => void loadValidator().catch(() => (loading = null)));

/** Error markers in `text` as a session policy: 0 for no policy (an empty optional policy is not sent), null while the validator loads. */
export function usePolicyErrorCount(text: string | undefined): number | null {
  const empty = text === undefined || text.trim() === '';
  const [loaded, setLoaded] = useState(validator !== null);
  useEffect(() => {
    if (empty || loaded) return;
    let live = true;
    void loadValidator().then(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, [empty, loaded]);
  return useMemo(() => {
    if (empty) return 0;
    if (!loaded || !validator) return null;
    return validator(text, 'session').filter((m) => m.severity === 'error').length;
  }, [empty, loaded, text]);
}
