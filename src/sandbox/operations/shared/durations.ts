/** Session-duration rules that only the server can check (reference §2.13). */
import { roleDurationError } from '../../../inspect/session/session-rules';
import { stsError, type StsErrorCode } from '../../core/errors';
import type { Role } from '../../world/types';

/** The duration of a role session: default 3600, capped by the role's MaxSessionDuration and by role chaining (the one rule: inspect/session). */
export function roleSessionDuration(requested: number | undefined, role: Role, chained: boolean): number {
  const error = roleDurationError(requested, role.maxSessionDuration, chained);
  if (error) throw stsError(error.code as StsErrorCode, error.message);
  return requested ?? 3600;
}

/** GetSessionToken and GetFederationToken: root is silently capped at one hour. */
export function longTermSessionDuration(requested: number | undefined, isRoot: boolean, defaultSeconds: number): number {
  const duration = requested ?? defaultSeconds;
  return isRoot ? Math.min(duration, 3600) : duration;
}
