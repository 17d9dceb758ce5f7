import { stsError } from '../core/errors';
import { issueCredentials, tokenSizeFields } from '../session/issue-credentials';
import { principalArn, principalUserId } from '../auth/principal';
import type { OperationHandler } from './types';
import { signedCaller } from './shared/caller-guards';
import { requireRegionalEndpoint } from './shared/region';
import { checkSessionPolicy } from './shared/session-policy';

/**
 * GetScopedCredentials (reference §2.12): temporary credentials only; same identity, the scope-down
 * policy added to every earlier one, and a lifetime that can never outlive the calling session.
 */
export const getScopedCredentials: OperationHandler<'GetScopedCredentials'> = async (input, ctx) => {
  requireRegionalEndpoint(ctx, 'GetScopedCredentials');
  const caller = signedCaller(ctx);
  if (caller.kind !== 'session') {
    throw stsError('InvalidSubjectCredentials', 'GetScopedCredentials must be called with temporary security credentials; IAM user and root access keys are not accepted. Call GetSessionToken first.');
  }
  checkSessionPolicy(input.Policy);
  const now = ctx.env.clock.nowSeconds();
  const parent = caller.claims;
  const remaining = parent.expiresAt - now;
  if (input.DurationSeconds !== undefined && input.DurationSeconds > remaining) {
    throw stsError('InsufficientSessionLifetime', `The requested DurationSeconds (${input.DurationSeconds}) exceeds the remaining lifetime of the calling session (${remaining} seconds).`);
  }
  const expiresAt = input.DurationSeconds !== undefined ? now + input.DurationSeconds : parent.expiresAt;
  const sessionPolicies = input.Policy !== undefined ? [...parent.sessionPolicies, input.Policy] : parent.sessionPolicies;
  const scopedSessionId = principalUserId(caller.principal);
  const { v: _v, accessKeyId: _k, secretAccessKey: _s, issuedAt: _i, ...inherited } = parent;
  const issued = await issueCredentials(
    ctx.env,
    {
      ...inherited,
      expiresAt,
      issuedBy: 'GetScopedCredentials',
      sessionPolicies,
      scoped: {
        scopedSessionId,
        parentAccessKeyId: parent.accessKeyId,
        ...(input.ScopedSessionDescription !== undefined ? { description: input.ScopedSessionDescription } : {}),
      },
    },
    input.MinimumSessionTokenSize,
  );
  return {
    Credentials: issued.Credentials,
    SessionInfo: { ScopedSessionId: scopedSessionId, Arn: principalArn(caller.principal) },
    ScopedPoliciesCount: sessionPolicies.length,
    ...(parent.sourceIdentity !== undefined ? { SourceIdentity: parent.sourceIdentity } : {}),
    ...tokenSizeFields(issued, input.MinimumSessionTokenSize),
  };
};
