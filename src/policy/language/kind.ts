/**
 * What the edited policy is used as. Trust policies are the role's resource policy (Principal
 * required, sts actions only, no Resource); "resource" is any other resource policy (bucket,
 * queue, key policy); identity and session policies have no Principal.
 */
export type EditorPolicyKind = 'identity' | 'session' | 'trust' | 'resource';

export const EDITOR_POLICY_KINDS: readonly EditorPolicyKind[] = ['identity', 'session', 'trust', 'resource'];
