/** ARNs and unique IDs of a principal, as GetCallerIdentity and policy evaluation see them (reference §3.4). */
import type { Principal } from '../session/types';

export function principalArn(p: Principal): string {
  switch (p.kind) {
    case 'user':
      return `arn:aws:iam::${p.account}:user${p.path}${p.userName}`;
    case 'root':
    case 'root-session':
      return `arn:aws:iam::${p.account}:root`;
    case 'assumed-role':
      return `arn:aws:sts::${p.account}:assumed-role/${p.roleName}/${p.sessionName}`;
    case 'federated-user':
      return `arn:aws:sts::${p.account}:federated-user/${p.name}`;
  }
}

export function principalUserId(p: Principal): string {
  switch (p.kind) {
    case 'user':
      return p.userId;
    case 'root':
    case 'root-session':
      return p.account;
    case 'assumed-role':
      return `${p.roleId}:${p.sessionName}`;
    case 'federated-user':
      return `${p.account}:${p.name}`;
  }
}

/** The IAM entity behind a principal (the role for a role session), used for `aws:PrincipalArn` and Principal matching. */
export function principalEntityArn(p: Principal): string {
  if (p.kind === 'assumed-role') return `arn:aws:iam::${p.account}:role${p.rolePath}${p.roleName}`;
  return principalArn(p);
}

