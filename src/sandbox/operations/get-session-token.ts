import { verifyMfa } from '../auth/mfa';
import { issueCredentials, tokenSizeFields } from '../session/issue-credentials';
import type { OperationHandler } from './types';
import { requireLongTermCaller } from './shared/caller-guards';
import { longTermSessionDuration } from './shared/durations';
import { requireRegionEnabled } from './shared/region';

/** Long-term keys only; no policy can control it; root silently capped at one hour (reference §2.10). */
export const getSessionToken: OperationHandler<'GetSessionToken'> = async (input, ctx) => {
  const caller = requireLongTermCaller(ctx, 'GetSessionToken');
  requireRegionEnabled(ctx, caller.principal.account);
  const now = ctx.env.clock.nowSeconds();
  const isRoot = caller.principal.kind === 'root';
  let mfaAuthenticatedAt: number | undefined;
  if (input.SerialNumber !== undefined || input.TokenCode !== undefined) {
    await verifyMfa(caller.user, input.SerialNumber ?? '', input.TokenCode ?? '', now);
    mfaAuthenticatedAt = now;
  }
  const duration = longTermSessionDuration(input.DurationSeconds, isRoot, isRoot ? 3600 : 43200);
  const issued = await issueCredentials(
    ctx.env,
    {
      expiresAt: now + duration,
      principal: caller.principal,
      issuedBy: 'GetSessionToken',
      tags: [],
      transitiveTagKeys: [],
      roleChained: false,
      sessionPolicies: [],
      policyArns: [],
      ...(mfaAuthenticatedAt !== undefined ? { mfaAuthenticatedAt } : {}),
    },
    input.MinimumSessionTokenSize,
  );
  return { Credentials: issued.Credentials, ...tokenSizeFields(issued, input.MinimumSessionTokenSize) };
};
