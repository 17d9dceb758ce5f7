/** RegionDisabledException for accounts that deactivated STS in the Region (reference §12). */
import { stsError } from '../../core/errors';
import type { OperationContext } from '../types';

export function requireRegionEnabled(ctx: OperationContext, accountId: string): void {
  const account = ctx.env.world.accounts.find((a) => a.id === accountId);
  if (ctx.region !== 'us-east-1' && account?.disabledRegions.includes(ctx.region)) {
    throw stsError(
      'RegionDisabledException',
      `STS is not activated in this region for account:${accountId}. Your account administrator can activate STS in this region using the IAM Console.`,
    );
  }
}

/** AssumeRoot, GetWebIdentityToken and GetScopedCredentials are not served by the global endpoint. */
export function requireRegionalEndpoint(ctx: OperationContext, operation: string): void {
  if (ctx.globalEndpoint) {
    throw stsError('InvalidAction', `${operation} is not available on the global endpoint (sts.amazonaws.com). Send the request to a Regional endpoint such as sts.us-east-1.amazonaws.com.`);
  }
}
