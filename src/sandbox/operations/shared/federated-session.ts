/** What AssumeRoleWithSAML and AssumeRoleWithWebIdentity share once the assertion or token is accepted. */
import type { AssumeRoleWithSAMLCommandInput } from '@aws-sdk/client-sts';
import { requestTagKeys, type ContextKeys } from '../../authorize/context-keys';
import { authorizeFederated } from '../../authorize/authorize';
import { stsError } from '../../core/errors';
import { issueCredentials, tokenSizeFields } from '../../session/issue-credentials';
import type { SessionTag } from '../../session/types';
import type { Role } from '../../world/types';
import type { OperationContext } from '../types';
import { roleSessionDuration } from './durations';
import { lookupRole } from './role-lookup';
import { requireRegionEnabled } from './region';
import { packedPolicySize } from './packed-policy';
import { checkSessionPolicy } from './session-policy';
import { checkRequestTags } from './tags';

export interface FederatedRequest {
  operation: 'AssumeRoleWithSAML' | 'AssumeRoleWithWebIdentity';
  role: Role;
  federatedPrincipal: string;
  sessionName: string;
  tags: SessionTag[];
  transitiveTagKeys: string[];
  sourceIdentity?: string;
  conditionKeys: ContextKeys;
  input: Pick<AssumeRoleWithSAMLCommandInput, 'Policy' | 'PolicyArns' | 'DurationSeconds' | 'MinimumSessionTokenSize'>;
  /** The latest expiry the IdP allows (SAML SessionNotOnOrAfter), epoch seconds. */
  notAfterSeconds?: number;
  federation: { kind: 'saml' | 'web-identity'; provider: string; subject: string };
  /** Whether PackedPolicySize is reported even when nothing was packed. */
  alwaysReportPacked: boolean;
}

/** Resolves the role and checks policy inputs before the (costlier) assertion or token checks. */
export function resolveFederatedRole(ctx: OperationContext, roleArn: string, operation: string, policy: string | undefined, policyArns: AssumeRoleWithSAMLCommandInput['PolicyArns']): Role {
  checkSessionPolicy(policy, policyArns);
  const role = lookupRole(ctx.env, roleArn);
  if (!role) throw stsError('AccessDenied', `Not authorized to perform sts:${operation}`);
  return role;
}

export async function issueFederatedSession(ctx: OperationContext, req: FederatedRequest) {
  const { role } = req;
  checkRequestTags(req.tags, req.transitiveTagKeys, null);
  const keys: ContextKeys = {
    ...req.conditionKeys,
    ...requestTagKeys(req.tags),
    ...(req.transitiveTagKeys.length ? { 'sts:TransitiveTagKeys': req.transitiveTagKeys } : {}),
    ...(req.sourceIdentity !== undefined ? { 'sts:SourceIdentity': [req.sourceIdentity] } : {}),
    'sts:RoleSessionName': [req.sessionName],
  };
  const actions = [`sts:${req.operation}`];
  if (req.tags.length > 0) actions.push('sts:TagSession');
  if (req.sourceIdentity !== undefined) actions.push('sts:SetSourceIdentity');
  const sessionArn = `arn:aws:sts::${role.account}:assumed-role/${role.name}/${req.sessionName}`;
  await authorizeFederated(ctx, role, req.federatedPrincipal, actions, keys, req.operation, { id: `${role.roleId}:${req.sessionName}`, arn: sessionArn });
  requireRegionEnabled(ctx, role.account);
  const now = ctx.env.clock.nowSeconds();
  const duration = roleSessionDuration(req.input.DurationSeconds, role, false);
  const expiresAt = Math.min(now + duration, req.notAfterSeconds ?? Number.POSITIVE_INFINITY);
  const packed =
    req.alwaysReportPacked || req.input.Policy !== undefined || req.tags.length > 0
      ? packedPolicySize(req.input.Policy, req.input.PolicyArns, req.tags)
      : undefined;
  const issued = await issueCredentials(
    ctx.env,
    {
      expiresAt,
      principal: { kind: 'assumed-role', account: role.account, roleName: role.name, rolePath: role.path, roleId: role.roleId, sessionName: req.sessionName },
      issuedBy: req.operation,
      tags: req.tags,
      transitiveTagKeys: req.transitiveTagKeys,
      roleChained: false,
      sessionPolicies: req.input.Policy !== undefined ? [req.input.Policy] : [],
      policyArns: (req.input.PolicyArns ?? []).map((p) => p.arn ?? ''),
      federation: req.federation,
      ...(req.sourceIdentity !== undefined ? { sourceIdentity: req.sourceIdentity } : {}),
    },
    req.input.MinimumSessionTokenSize,
  );
  return {
    Credentials: issued.Credentials,
    AssumedRoleUser: { AssumedRoleId: `${role.roleId}:${req.sessionName}`, Arn: sessionArn },
    ...(packed !== undefined ? { PackedPolicySize: packed } : {}),
    ...(req.sourceIdentity !== undefined ? { SourceIdentity: req.sourceIdentity } : {}),
    ...tokenSizeFields(issued, req.input.MinimumSessionTokenSize),
  };
}
