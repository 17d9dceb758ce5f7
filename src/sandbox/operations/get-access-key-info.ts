import { accountFromAccessKeyId } from '../../inspect/access-key';
import { stsError } from '../core/errors';
import { requireIdentityPermission } from '../authorize/authorize';
import type { OperationHandler } from './types';
import { signedCaller } from './shared/caller-guards';

/**
 * The account of any syntactically valid key, existing or not (reference §2.6, §11). Keys of the
 * old format carry no account; the sandbox answers for those only when the world knows them.
 */
export const getAccessKeyInfo: OperationHandler<'GetAccessKeyInfo'> = async (input, ctx) => {
  const caller = signedCaller(ctx);
  await requireIdentityPermission(ctx, caller, 'sts:GetAccessKeyInfo', '*');
  const keyId = input.AccessKeyId ?? '';
  const decoded = accountFromAccessKeyId(keyId);
  if (decoded) return { Account: decoded };
  for (const account of ctx.env.world.accounts) {
    const known = [...account.rootAccessKeys, ...account.users.flatMap((u) => u.accessKeys)].some((k) => k.accessKeyId === keyId);
    if (known) return { Account: account.id };
  }
  throw stsError('InvalidParameterValue', `The access key ID ${keyId} does not encode an account and is not known to the sandbox.`);
};
