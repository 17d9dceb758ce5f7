import { stsError } from '../core/errors';
import { openTradeInToken } from '../delegation/trade-in-token';
import { issueCredentials } from '../session/issue-credentials';
import { findRole } from '../world/load-world';
import { principalArn } from '../auth/principal';
import type { OperationHandler } from './types';
import { signedCaller } from './shared/caller-guards';
import { requireRegionEnabled } from './shared/region';

/** The partner trades a customer-approved token for credentials in the customer's account (reference §2.8). */
export const getDelegatedAccessToken: OperationHandler<'GetDelegatedAccessToken'> = async (input, ctx) => {
  const caller = signedCaller(ctx);
  const grant = await openTradeInToken(ctx.env, input.TradeInToken ?? '');
  if (!grant) throw stsError('InvalidParameterValue', 'The trade-in token is not valid: it was not issued by this STS or it was altered.');
  const now = ctx.env.clock.nowSeconds();
  if (grant.exp <= now) throw stsError('ExpiredTradeInTokenException', 'The trade-in token has expired and can no longer be exchanged for credentials. Request a new token.');
  if (caller.principal.account !== grant.partnerAccount) {
    throw stsError('AccessDenied', `User: ${principalArn(caller.principal)} is not authorized to perform: sts:GetDelegatedAccessToken: the trade-in token was issued to account ${grant.partnerAccount}.`);
  }
  const role = findRole(ctx.env.world, grant.customerAccount, grant.roleName);
  if (!role) throw stsError('InvalidParameterValue', `The delegation names role ${grant.roleName} in account ${grant.customerAccount}, which no longer exists.`);
  requireRegionEnabled(ctx, role.account);
  const sessionName = `delegated-${grant.partnerAccount}`;
  const issued = await issueCredentials(ctx.env, {
    expiresAt: now + grant.sessionSeconds,
    principal: { kind: 'assumed-role', account: role.account, roleName: role.name, rolePath: role.path, roleId: role.roleId, sessionName },
    issuedBy: 'GetDelegatedAccessToken',
    tags: [],
    transitiveTagKeys: [],
    roleChained: false,
    sessionPolicies: [],
    policyArns: [],
    delegatedBy: principalArn(caller.principal),
  });
  return { Credentials: issued.Credentials, AssumedPrincipal: role.arn };
};
