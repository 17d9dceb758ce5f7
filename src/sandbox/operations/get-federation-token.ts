import { requireIdentityPermission } from '../authorize/authorize';
import { requestTagKeys } from '../authorize/context-keys';
import { issueCredentials, tokenSizeFields } from '../session/issue-credentials';
import type { OperationHandler } from './types';
import { requireLongTermCaller } from './shared/caller-guards';
import { longTermSessionDuration } from './shared/durations';
import { requireRegionEnabled } from './shared/region';
import { packedPolicySize } from './shared/packed-policy';
import { checkSessionPolicy } from './shared/session-policy';
import { toSessionTags, checkRequestTags } from './shared/tags';

/** Long-term keys only; the session's permissions are the session policy (reference §2.9). */
export const getFederationToken: OperationHandler<'GetFederationToken'> = async (input, ctx) => {
  const caller = requireLongTermCaller(ctx, 'GetFederationToken');
  const account = caller.principal.account;
  const name = input.Name ?? '';
  const tags = toSessionTags(input.Tags);
  checkRequestTags(tags, [], null);
  checkSessionPolicy(input.Policy);
  const federatedArn = `arn:aws:sts::${account}:federated-user/${name}`;
  await requireIdentityPermission(ctx, caller, 'sts:GetFederationToken', federatedArn, requestTagKeys(tags));
  if (tags.length > 0) await requireIdentityPermission(ctx, caller, 'sts:TagSession', federatedArn, requestTagKeys(tags));
  requireRegionEnabled(ctx, account);
  const isRoot = caller.principal.kind === 'root';
  const duration = longTermSessionDuration(input.DurationSeconds, isRoot, isRoot ? 3600 : 43200);
  const packed = packedPolicySize(input.Policy, input.PolicyArns, tags);
  const issued = await issueCredentials(
    ctx.env,
    {
      expiresAt: ctx.env.clock.nowSeconds() + duration,
      principal: { kind: 'federated-user', account, name, parentUserId: caller.principal.kind === 'user' ? caller.principal.userId : account },
      issuedBy: 'GetFederationToken',
      tags: tags,
      transitiveTagKeys: [],
      roleChained: false,
      sessionPolicies: input.Policy !== undefined ? [input.Policy] : [],
      policyArns: (input.PolicyArns ?? []).map((p) => p.arn ?? ''),
    },
    input.MinimumSessionTokenSize,
  );
  return {
    Credentials: issued.Credentials,
    FederatedUser: { FederatedUserId: `${account}:${name}`, Arn: federatedArn },
    PackedPolicySize: packed,
    ...tokenSizeFields(issued, input.MinimumSessionTokenSize),
  };
};
