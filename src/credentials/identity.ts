/** Who a set's keys belong to, read from an ARN: the identity's kind and account, and a short name for it. */
import { parseArn } from '../kernel/arn';
import type { IdentityKind, SetIdentity } from './credential-set';

/** An identity from an ARN: kind and account read from it. */
export function identityFromArn(arn: string, fallback: IdentityKind = 'unknown'): SetIdentity {
  const parsed = parseArn(arn.trim());
  if (!parsed.ok) return { arn, kind: fallback, account: '' };
  const a = parsed.value;
  const kind: IdentityKind =
    a.resourceType === 'assumed-role' ? 'assumed-role'
    : a.resourceType === 'federated-user' ? 'federated-user'
    : a.resourceType === 'user' ? 'user'
    : a.resource === 'root' ? 'root'
    : fallback;
  return { arn, kind, account: a.account };
}

/** A short human name for an identity ARN: "Role/session", "alice", "root of 123456789012". */
export function identityName(identity: SetIdentity): string {
  const parsed = parseArn(identity.arn);
  if (!parsed.ok) return identity.arn;
  const a = parsed.value;
  if (a.resourceType === 'assumed-role') return `${a.resourceName}/${a.sessionName ?? ''}`;
  if (a.resource === 'root') return `root of ${a.account}`;
  return a.resourceName || a.resource;
}
