import { verifyMfa } from '../auth/mfa';
import { principalArn } from '../auth/principal';
import { authorizeAssumeRole, missingRoleDenial } from '../authorize/authorize';
import { mergeTags, requestTagKeys, resourceTagKeys, type ContextKeys } from '../authorize/context-keys';
import { stsError } from '../core/errors';
import { issueCredentials, tokenSizeFields } from '../session/issue-credentials';
import type { OperationHandler } from './types';
import { signedCaller } from './shared/caller-guards';
import { roleSessionDuration } from './shared/durations';
import { requireRegionEnabled } from './shared/region';
import { lookupRole } from './shared/role-lookup';
import { packedPolicySize } from './shared/packed-policy';
import { checkSessionPolicy } from './shared/session-policy';
import { toSessionTags, checkRequestTags, inheritedTransitiveTags } from './shared/tags';

/**
 * AssumeRole (reference §2.1, §9): IAM users and role sessions (chaining), never root or
 * federated users; trust policy plus identity policy; tags, source identity, MFA and context.
 */
export const assumeRole: OperationHandler<'AssumeRole'> = async (input, ctx) => {
  const caller = signedCaller(ctx);
  const roleArn = input.RoleArn ?? '';
  const sessionName = input.RoleSessionName ?? '';
  const callerArn = principalArn(caller.principal);
  const kind = caller.principal.kind;
  if (kind === 'root' || kind === 'root-session') throw stsError('AccessDenied', 'Roles may not be assumed by root accounts.');
  if (kind === 'federated-user') throw stsError('AccessDenied', `User: ${callerArn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`);

  const session = caller.kind === 'session' ? caller.claims : null;
  const tags = toSessionTags(input.Tags);
  const transitive = input.TransitiveTagKeys ?? [];
  checkRequestTags(tags, transitive, session);
  checkSessionPolicy(input.Policy);

  const now = ctx.env.clock.nowSeconds();
  let mfaAt = session?.mfaAuthenticatedAt;
  if (input.SerialNumber !== undefined || input.TokenCode !== undefined) {
    const user = caller.kind === 'long-term' ? caller.user : caller.account.users.find((u) => caller.principal.kind === 'user' && u.name === caller.principal.userName) ?? null;
    await verifyMfa(user, input.SerialNumber ?? '', input.TokenCode ?? '', now);
    mfaAt = now;
  }
  const sourceIdentity = session?.sourceIdentity ?? input.SourceIdentity;
  if (session?.sourceIdentity && input.SourceIdentity !== undefined && input.SourceIdentity !== session.sourceIdentity) {
    throw stsError('InvalidParameterValue', `The source identity of the calling session (${session.sourceIdentity}) cannot be changed.`);
  }

  const role = lookupRole(ctx.env, roleArn);
  const keys: ContextKeys = {
    'sts:RoleSessionName': [sessionName],
    ...requestTagKeys(tags),
    ...(transitive.length ? { 'sts:TransitiveTagKeys': transitive } : {}),
    ...(input.ExternalId !== undefined ? { 'sts:ExternalId': [input.ExternalId] } : {}),
    ...(sourceIdentity !== undefined ? { 'sts:SourceIdentity': [sourceIdentity] } : {}),
    ...(role ? resourceTagKeys(role.tags) : {}),
  };
  if (mfaAt !== undefined) {
    keys['aws:MultiFactorAuthPresent'] = ['true'];
    keys['aws:MultiFactorAuthAge'] = [String(now - mfaAt)];
  }
  const actions = ['sts:AssumeRole'];
  if (tags.length > 0) actions.push('sts:TagSession');
  if (sourceIdentity !== undefined) actions.push('sts:SetSourceIdentity');
  if (input.ProvidedContexts?.length) actions.push('sts:SetContext');
  // A missing role reads exactly like a role that does not trust the caller (reference §9).
  if (!role) throw await missingRoleDenial(ctx, caller, roleArn, keys);
  await authorizeAssumeRole(ctx, caller, role, actions, keys);
  requireRegionEnabled(ctx, role.account);

  const chained = caller.kind === 'session';
  const duration = roleSessionDuration(input.DurationSeconds, role, chained);
  const inherited = inheritedTransitiveTags(session);
  // Real STS omits PackedPolicySize when neither an inline policy nor tags were packed (ARNs alone are not).
  const packed = input.Policy !== undefined || tags.length > 0 ? packedPolicySize(input.Policy, input.PolicyArns, [...inherited.tags, ...tags]) : undefined;
  const issued = await issueCredentials(
    ctx.env,
    {
      expiresAt: now + duration,
      principal: { kind: 'assumed-role', account: role.account, roleName: role.name, rolePath: role.path, roleId: role.roleId, sessionName },
      issuedBy: 'AssumeRole',
      tags: mergeTags(inherited.tags, tags),
      transitiveTagKeys: [...inherited.keys, ...transitive],
      roleChained: chained,
      sessionPolicies: input.Policy !== undefined ? [input.Policy] : [],
      policyArns: (input.PolicyArns ?? []).map((p) => p.arn ?? ''),
      ...(sourceIdentity !== undefined ? { sourceIdentity } : {}),
      ...(mfaAt !== undefined ? { mfaAuthenticatedAt: mfaAt } : {}),
    },
    input.MinimumSessionTokenSize,
  );
  return {
    Credentials: issued.Credentials,
    AssumedRoleUser: { AssumedRoleId: `${role.roleId}:${sessionName}`, Arn: `arn:aws:sts::${role.account}:assumed-role/${role.name}/${sessionName}` },
    ...(packed !== undefined ? { PackedPolicySize: packed } : {}),
    ...(sourceIdentity !== undefined ? { SourceIdentity: sourceIdentity } : {}),
    ...tokenSizeFields(issued, input.MinimumSessionTokenSize),
  };
};
