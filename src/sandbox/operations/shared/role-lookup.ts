/** Resolving a RoleArn to a world role; a missing role is indistinguishable from a denial (reference §9). */
import { parseArn } from '../../../kernel/arn';
import { stsError } from '../../core/errors';
import type { SandboxEnv } from '../../env';
import { findRole } from '../../world/load-world';
import type { Role } from '../../world/types';

/** Throws ValidationError "<value> is invalid" for text that is not a role ARN. Returns null for an unknown role. */
export function lookupRole(env: SandboxEnv, roleArn: string): Role | null {
  const parsed = parseArn(roleArn.trim());
  if (!parsed.ok || parsed.value.service !== 'iam' || parsed.value.resourceType !== 'role' || !/^\d{12}$/.test(parsed.value.account)) {
    throw stsError('ValidationError', `${roleArn} is invalid`);
  }
  const role = findRole(env.world, parsed.value.account, parsed.value.resourceName);
  // The path must match too: role/a/b/Name is not role/Name.
  if (!role || role.arn !== roleArn.replace(/^arn:[^:]+:/, 'arn:aws:')) return null;
  return role;
}
