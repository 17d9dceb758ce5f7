import { principalArn, principalUserId } from '../auth/principal';
import type { OperationHandler } from './types';
import { signedCaller } from './shared/caller-guards';

/** Any valid credentials; no permission needed and a Deny has no effect (reference §2.7, §3.4). */
export const getCallerIdentity: OperationHandler<'GetCallerIdentity'> = async (_input, ctx) => {
  const { principal } = signedCaller(ctx);
  return { UserId: principalUserId(principal), Account: principal.account, Arn: principalArn(principal) };
};
