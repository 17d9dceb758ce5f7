import { targetPrincipalAccount } from '../../catalog/rules';
import { requireIdentityPermission } from '../authorize/authorize';
import { stsError } from '../core/errors';
import { issueCredentials, tokenSizeFields } from '../session/issue-credentials';
import type { OperationHandler } from './types';
import { signedCaller } from './shared/caller-guards';
import { requireRegionalEndpoint } from './shared/region';

/**
 * AssumeRoot (reference §2.4): a principal of the management account (not its root user), with
 * centralized root access enabled, acts as root of a member account for one task policy.
 */
export const assumeRoot: OperationHandler<'AssumeRoot'> = async (input, ctx) => {
  requireRegionalEndpoint(ctx, 'AssumeRoot');
  const caller = signedCaller(ctx);
  const org = ctx.env.world.organization;
  const callerAccount = caller.principal.account;
  const target = input.TargetPrincipal ?? '';
  const taskPolicy = input.TaskPolicyArn?.arn ?? '';
  if (caller.principal.kind === 'root' || caller.principal.kind === 'root-session') {
    throw stsError('AccessDenied', 'Root user credentials cannot call AssumeRoot. Call it with an IAM user or role of the management account.');
  }
  if (!org || org.managementAccountId !== callerAccount) {
    throw stsError('AccessDenied', `Account ${callerAccount} is not the management account of an organization (or its delegated administrator for IAM), so it cannot call AssumeRoot.`);
  }
  if (!org.centralizedRootAccess) {
    throw stsError('AccessDenied', 'Centralized root access is not enabled for this organization (organization.centralizedRootAccess in the sandbox world).');
  }
  // The catalog's targetPrincipalRule has already refused anything else.
  const member = targetPrincipalAccount(target);
  if (member === null) throw stsError('ValidationError', `${target} is invalid`);
  if (!org.memberAccountIds.includes(member)) {
    throw stsError('AccessDenied', `The target principal ${member} is not a member account of the organization.`);
  }
  await requireIdentityPermission(ctx, caller, 'sts:AssumeRoot', `arn:aws:iam::${member}:root`, { 'sts:TaskPolicyArn': [taskPolicy] });
  const duration = input.DurationSeconds ?? 900;
  const session = caller.kind === 'session' ? caller.claims : null;
  // The source identity of the principal that calls AssumeRoot: its session's, else who it is.
  const p = caller.principal;
  const sourceIdentity = session?.sourceIdentity ?? (p.kind === 'user' ? p.userName : p.kind === 'assumed-role' ? p.sessionName : p.kind === 'federated-user' ? p.name : undefined);
  const issued = await issueCredentials(
    ctx.env,
    {
      expiresAt: ctx.env.clock.nowSeconds() + duration,
      principal: { kind: 'root-session', account: member },
      issuedBy: 'AssumeRoot',
      tags: [],
      transitiveTagKeys: [],
      roleChained: false,
      sessionPolicies: [],
      policyArns: [taskPolicy],
      ...(sourceIdentity !== undefined ? { sourceIdentity } : {}),
    },
    input.MinimumSessionTokenSize,
  );
  return {
    Credentials: issued.Credentials,
    ...(sourceIdentity !== undefined ? { SourceIdentity: sourceIdentity } : {}),
    ...tokenSizeFields(issued, input.MinimumSessionTokenSize),
  };
};
