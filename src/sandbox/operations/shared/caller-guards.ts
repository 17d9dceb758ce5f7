/** Who may call what (reference §4), checked before anything else an operation does. */
import { stsError } from '../../core/errors';
import type { Caller } from '../../auth/caller';
import { principalArn } from '../../auth/principal';
import type { OperationContext } from '../types';

/** Signed operations always have a caller; the dispatcher guarantees it. */
export function signedCaller(ctx: OperationContext): Caller {
  if (!ctx.caller) throw stsError('MissingAuthenticationToken', 'Request is missing Authentication Token');
  return ctx.caller;
}

/** GetSessionToken / GetFederationToken: long-term keys only. */
export function requireLongTermCaller(ctx: OperationContext, operation: string): Extract<Caller, { kind: 'long-term' }> {
  const caller = signedCaller(ctx);
  if (caller.kind !== 'long-term') throw stsError('AccessDenied', `Cannot call ${operation} with session credentials`);
  return caller;
}

/**
 * Sessions whose STS reach is limited whatever their policies say (reference §2.9–2.11): federated
 * users and AssumeRoot sessions may call only GetCallerIdentity; GetSessionToken credentials only
 * AssumeRole and GetCallerIdentity (GetScopedCredentials, which exists to scope them down, aside).
 */
export function refuseRestrictedSessions(caller: Caller, action: string, resource?: string): void {
  if (caller.kind !== 'session') return;
  const kind = caller.principal.kind;
  const on = resource && resource !== '*' ? ` on resource: ${resource}` : '';
  if (kind === 'federated-user' || kind === 'root-session') {
    const who = kind === 'federated-user' ? `arn:aws:sts::${caller.principal.account}:federated-user/${(caller.principal as { name: string }).name}` : `arn:aws:iam::${caller.principal.account}:root`;
    throw stsError('AccessDenied', `User: ${who} is not authorized to perform: ${action}${on}`);
  }
  if (caller.claims.issuedBy === 'GetSessionToken' && action !== 'sts:AssumeRole' && action !== 'sts:GetCallerIdentity') {
    throw stsError(
      'AccessDenied',
      `User: ${principalArn(caller.principal)} is not authorized to perform: ${action}${on} because credentials from GetSessionToken can call only AssumeRole and GetCallerIdentity in STS`,
    );
  }
}
