/** The identity-side policies that apply to a caller: its own, then any session policies that narrow them. */
import { policyLabel } from '../../policy/labels';
import type { PolicyInput } from '../../policy/evaluate';
import { parsePolicyDocument } from '../../policy/parse';
import type { Caller } from '../auth/caller';

export interface CallerPolicies {
  /** True for the root user: all identity-side permissions, no policies to read. */
  unrestricted: boolean;
  identity: PolicyInput[];
  /** Each entry must allow too (session policies and scope-downs intersect). */
  sessionLayers: PolicyInput[];
}

function sessionLayers(policies: string[]): PolicyInput[] {
  const out: PolicyInput[] = [];
  policies.forEach((text, i) => {
    const parsed = parsePolicyDocument(text);
    if (parsed.ok) out.push({ label: policyLabel.session(i + 1), kind: 'session', document: parsed.value });
  });
  return out;
}

export function callerPolicies(caller: Caller): CallerPolicies {
  if (caller.kind === 'long-term') {
    if (caller.principal.kind === 'root') return { unrestricted: true, identity: [], sessionLayers: [] };
    const user = caller.user;
    return {
      unrestricted: false,
      identity: (user?.policies ?? []).map((document, i) => ({ label: policyLabel.entity(`user/${user?.name}`, i + 1), kind: 'identity' as const, document })),
      sessionLayers: [],
    };
  }
  const p = caller.principal;
  const layers = sessionLayers(caller.claims.sessionPolicies);
  switch (p.kind) {
    case 'root':
    case 'root-session':
      return { unrestricted: true, identity: [], sessionLayers: layers };
    case 'user': {
      const user = caller.account.users.find((u) => u.name === p.userName);
      return { unrestricted: false, identity: (user?.policies ?? []).map((document, i) => ({ label: policyLabel.entity(`user/${p.userName}`, i + 1), kind: 'identity', document })), sessionLayers: layers };
    }
    case 'assumed-role': {
      const role = caller.account.roles.find((r) => r.name === p.roleName);
      return { unrestricted: false, identity: (role?.policies ?? []).map((document, i) => ({ label: policyLabel.entity(`role/${p.roleName}`, i + 1), kind: 'identity', document })), sessionLayers: layers };
    }
    case 'federated-user': {
      // A federated user's permissions are the session policy intersected with its parent user's.
      const parent = caller.account.users.find((u) => u.userId === p.parentUserId);
      const identity = (parent?.policies ?? []).map((document, i) => ({ label: policyLabel.entity(`user/${parent?.name}`, i + 1), kind: 'identity' as const, document }));
      return { unrestricted: parent === undefined, identity, sessionLayers: layers.length > 0 ? layers : [{ label: policyLabel.noSession, kind: 'session', document: { Version: '2012-10-17', Statement: [] } }] };
    }
  }
}
