/** What AssumeRoleWithSAML and AssumeRoleWithWebIdentity share once the assertion or token is accepted. */
import type { AssumeRoleWithSAMLCommandInput } from '@aws-sdk/client-sts';
import type { ContextKeys } from '../../authorize/context-keys';
import { federatedTrustRequest } from '../../../policy/federated-trust';
import { parseArn } from '../../../kernel/arn';
import { authorizeFederated } from '../../authorize/authorize';
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

/** The role a federated call names: its account and name from the ARN, and the world's role (null when there is none). */
export interface FederatedTarget {
  arn: string;
  account: string;
  name: string;
  role: Role | null;
}

export interface FederatedRequest {
  operation: 'AssumeRoleWithSAML' | 'AssumeRoleWithWebIdentity';
  target: FederatedTarget;
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

/**
 * Checks the policy inputs and the RoleArn before the (costlier) assertion or token checks. A role the
 * world does not have is refused only after them, in the trust step, exactly as an untrusting role is.
 */
export function resolveFederatedRole(ctx: OperationContext, roleArn: string, policy: string | undefined): FederatedTarget {
  checkSessionPolicy(policy);
  const role = lookupRole(ctx.env, roleArn);
  const parsed = parseArn(roleArn.trim());
  // lookupRole has refused anything but a role ARN with a 12-digit account.
  const { account, resourceName } = parsed.ok ? parsed.value : { account: '', resourceName: '' };
  return { arn: roleArn, account, name: resourceName, role };
}

export async function issueFederatedSession(ctx: OperationContext, req: FederatedRequest) {
  checkRequestTags(req.tags, req.transitiveTagKeys, null);
  const request = federatedTrustRequest({
    operation: req.operation,
    federatedPrincipal: req.federatedPrincipal,
    roleArn: req.target.arn,
    conditionKeys: req.conditionKeys,
    sessionName: req.sessionName,
    principalTags: Object.fromEntries(req.tags.map((t) => [t.Key, t.Value])),
    transitiveTagKeys: req.transitiveTagKeys,
    sourceIdentity: req.sourceIdentity ?? null,
  });
  const sessionArn = `arn:aws:sts::${req.target.account}:assumed-role/${req.target.name}/${req.sessionName}`;
  const known = req.target.role;
  const role = await authorizeFederated(ctx, known, request, { id: known ? `${known.roleId}:${req.sessionName}` : req.sessionName, arn: sessionArn });
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
