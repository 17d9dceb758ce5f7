/** RegionDisabledException for accounts that deactivated STS in the Region (reference §12). */
import { regionDisabledError } from '../../../inspect/session/session-rules';
import { stsError, type StsErrorCode } from '../../core/errors';
import type { OperationContext } from '../types';

export function requireRegionEnabled(ctx: OperationContext, accountId: string): void {
  const account = ctx.env.world.accounts.find((a) => a.id === accountId);
  const error = regionDisabledError(ctx.region, accountId, account?.disabledRegions ?? []);
  if (error) throw stsError(error.code as StsErrorCode, error.message);
}

/** AssumeRoot, GetWebIdentityToken and GetScopedCredentials are not served by the global endpoint. */
export function requireRegionalEndpoint(ctx: OperationContext, operation: string): void {
  if (ctx.globalEndpoint) {
    throw stsError('InvalidAction', `${operation} is not available on the global endpoint (sts.amazonaws.com). Send the request to a Regional endpoint such as sts.us-east-1.amazonaws.com.`);
  }
}
