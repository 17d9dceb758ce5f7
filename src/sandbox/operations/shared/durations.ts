/** Session-duration rules that only the server can check (reference §2.13). */
import { stsError } from '../../core/errors';
import type { Role } from '../../world/types';

const CHAINED_ROLE_MAX_SECONDS = 3600;

/** The duration of a role session: default 3600, capped by the role's MaxSessionDuration and by role chaining. */
export function roleSessionDuration(requested: number | undefined, role: Role, chained: boolean): number {
  const duration = requested ?? 3600;
  if (chained && duration > CHAINED_ROLE_MAX_SECONDS) {
    throw stsError('ValidationError', 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.');
  }
  if (duration > role.maxSessionDuration) {
    throw stsError('ValidationError', 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.');
  }
  return duration;
}

/** GetSessionToken and GetFederationToken: root is silently capped at one hour. */
export function longTermSessionDuration(requested: number | undefined, isRoot: boolean, defaultSeconds: number): number {
  const duration = requested ?? defaultSeconds;
  return isRoot ? Math.min(duration, 3600) : duration;
}
