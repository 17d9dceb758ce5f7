/**
 * The sandbox's "did you mean" for a role ARN without its path, under the error card: the world's roles
 * are known only to the sandbox, so there is a suggestion only for a failed call that went to it.
 */
import { roleArnWithPath } from '../kernel/arn';
import type { CallRecord } from './calls';

export function roleArnSuggestion(world: { accounts: ReadonlyArray<{ roles: ReadonlyArray<{ arn: string }> }> } | undefined, record: CallRecord): string | null {
  if (!world || !record.sandboxClock || record.outcome.status !== 'error') return null;
  const arn = record.input.RoleArn;
  if (typeof arn !== 'string') return null;
  return roleArnWithPath(arn, world.accounts.flatMap((a) => a.roles.map((r) => r.arn)));
}
