/**
 * Authorization decisions of the sandbox, on top of the pure policy evaluator: identity-only checks
 * (DecodeAuthorizationMessage, GetFederationToken…) and role assumption (trust policy, plus the
 * caller's identity policies for AssumeRole). Denials are AccessDenied with exactly AWS's wording
 * (reference §5.3, §9): it never says whether the role exists or which policy of the role refused,
 * so a missing role, a role that does not trust the caller and a trust-policy Deny read the same;
 * only the caller's own identity policies add AWS's suffix. The explanation (which statement and
 * condition decided, or that the role does not exist) travels in a sandbox-only header as an encoded
 * authorization message (StsError.sandboxAuthorizationMessage).
 */
import { buildAuthorizationMessage } from '../../policy/authorization-message';
import { assumeRoleDecision, evaluatePolicies, type Evaluation, type PolicyInput } from '../../policy/evaluate';
import type { RequestContext } from '../../policy/context';
import { statementRef } from '../../policy/statement';
import { stsError, type StsError } from '../core/errors';
import type { Caller } from '../auth/caller';
import { principalArn, principalEntityArn, principalUserId } from '../auth/principal';
import { refuseRestrictedSessions } from '../operations/shared/caller-guards';
import type { OperationContext } from '../operations/types';
import type { Role } from '../world/types';
import { encodeAuthorizationMessage } from './authorization-message';
import { callerPolicies } from './caller-policies';
import { callerContextKeys, type ContextKeys } from './context-keys';

function isSecure(ctx: OperationContext): boolean {
  return ctx.baseUrl.startsWith('https:');
}

function callerRequestContext(ctx: OperationContext, caller: Caller, action: string, resource: string, extraKeys: ContextKeys): RequestContext {
  const p = caller.principal;
  return {
    principal: {
      type: 'AWS',
      arn: principalArn(p),
      account: p.account,
      alsoKnownAs: p.kind === 'assumed-role' ? [principalEntityArn(p)] : [],
    },
    action,
    resource,
    // Object.assign onto the fresh object gives the spread's result (context keys are namespaced, never
    // `__proto__`) without V8's slow spread path.
    keys: Object.assign(callerContextKeys(ctx.env, caller, { region: ctx.region, secureTransport: isSecure(ctx) }), extraKeys),
  };
}

/** Under a denial, a policy that allowed its part did not decide anything: say so, without "Allowed by". */
function partSummary(e: Evaluation): string {
  if (e.decision !== 'allow') return e.summary;
  const first = e.deciding[0];
  return first ? `${statementRef(first)} allows ${first.policyKind === 'trust' ? 'the role\'s side' : 'its part'}, but that alone is not enough.` : '';
}

async function denial(ctx: OperationContext, message: string, evaluations: Evaluation[], reqCtx: RequestContext, principal: { id: string; arn: string }, note?: string): Promise<StsError> {
  const merged: Evaluation = {
    decision: evaluations.some((e) => e.decision === 'explicit-deny') ? 'explicit-deny' : 'implicit-deny',
    statements: evaluations.flatMap((e) => e.statements),
    // Only what denied decides a denial: the Allow statements of a policy that allowed its part do not.
    deciding: evaluations.flatMap((e) => (e.decision === 'allow' ? [] : e.deciding)),
    summary: [note, ...evaluations.map(partSummary)].filter((x) => x).join(' '),
  };
  const encoded = await encodeAuthorizationMessage(ctx.env, buildAuthorizationMessage(merged, reqCtx, principal));
  return stsError('AccessDenied', message, { sandboxAuthorizationMessage: encoded });
}

type IdentityVerdict = 'allow' | 'explicit-deny' | 'no-identity-allow' | 'no-session-allow';

/** The identity side: the caller's own policies, then each session-policy layer, must allow; any Deny wins. */
function evaluateIdentity(caller: Caller, reqCtx: RequestContext): { evaluations: Evaluation[]; verdict: IdentityVerdict } {
  const policies = callerPolicies(caller);
  const evaluations: Evaluation[] = [];
  let verdict: IdentityVerdict = 'allow';
  if (!policies.unrestricted) {
    const identity = evaluatePolicies(policies.identity, reqCtx);
    evaluations.push(identity);
    if (identity.decision === 'explicit-deny') verdict = 'explicit-deny';
    else if (identity.decision !== 'allow') verdict = 'no-identity-allow';
  }
  for (const layer of policies.sessionLayers) {
    const ev = evaluatePolicies([layer], reqCtx);
    evaluations.push(ev);
    if (ev.decision === 'explicit-deny') verdict = 'explicit-deny';
    else if (ev.decision !== 'allow' && verdict === 'allow') verdict = 'no-session-allow';
  }
  return { evaluations, verdict };
}

function reasonSuffix(verdict: IdentityVerdict, action: string, kind: 'identity-based policy' | 'session policy' = 'identity-based policy'): string {
  if (verdict === 'explicit-deny') return ` with an explicit deny in an ${kind}`;
  return ` because no ${verdict === 'no-session-allow' ? 'session policy' : kind} allows the ${action} action`;
}

/** Identity-only permission (no resource policy involved). */
export async function requireIdentityPermission(ctx: OperationContext, caller: Caller, action: string, resource: string, extraKeys: ContextKeys = {}): Promise<void> {
  refuseRestrictedSessions(caller, action, resource);
  const reqCtx = callerRequestContext(ctx, caller, action, resource, extraKeys);
  const { evaluations, verdict } = evaluateIdentity(caller, reqCtx);
  if (verdict === 'allow') return;
  const arn = principalArn(caller.principal);
  const on = resource === '*' ? '' : ` on resource: ${resource}`;
  throw await denial(ctx, `User: ${arn} is not authorized to perform: ${action}${on}${reasonSuffix(verdict, action)}`, evaluations, reqCtx, {
    id: principalUserId(caller.principal),
    arn,
  });
}

function trustInput(role: Role): PolicyInput {
  return { label: `role/${role.name} trust policy`, kind: 'trust', document: role.trustPolicy };
}

/** What AWS appends for the caller's own policies; the role's side (missing, untrusting, denying) adds nothing. */
function identitySuffix(verdict: IdentityVerdict, action: string): string {
  return verdict === 'allow' ? '' : reasonSuffix(verdict, action);
}

const MISSING_ROLE_NOTE = (roleArn: string) =>
  `The sandbox world has no role ${roleArn}. AWS answers a role that does not exist exactly as it answers a role whose trust policy does not allow the call, so the message cannot tell the two apart.`;

/** AssumeRole of a role the world does not have: the message an untrusting role gets (reference §9), the truth in the trace. */
export async function missingRoleDenial(ctx: OperationContext, caller: Caller, roleArn: string, requestKeys: ContextKeys): Promise<StsError> {
  const arn = principalArn(caller.principal);
  const action = 'sts:AssumeRole';
  const reqCtx = callerRequestContext(ctx, caller, action, roleArn, requestKeys);
  const identity = evaluateIdentity(caller, reqCtx);
  const message = `User: ${arn} is not authorized to perform: ${action} on resource: ${roleArn}${identitySuffix(identity.verdict, action)}`;
  return denial(ctx, message, identity.evaluations, reqCtx, { id: principalUserId(caller.principal), arn }, MISSING_ROLE_NOTE(roleArn));
}

/** AssumeRole: the trust policy and, unless it names the caller exactly in the same account, the caller's identity policies. */
export async function authorizeAssumeRole(ctx: OperationContext, caller: Caller, role: Role, actions: string[], requestKeys: ContextKeys): Promise<void> {
  const arn = principalArn(caller.principal);
  const principalInfo = { id: principalUserId(caller.principal), arn };
  for (const action of actions) {
    const reqCtx = callerRequestContext(ctx, caller, action, role.arn, requestKeys);
    const trust = evaluatePolicies([trustInput(role)], reqCtx);
    const identity = evaluateIdentity(caller, reqCtx);
    const message = `User: ${arn} is not authorized to perform: ${action} on resource: ${role.arn}${identitySuffix(identity.verdict, action)}`;
    const evaluations = [trust, ...identity.evaluations];
    const decision = assumeRoleDecision({
      trust: trust.decision,
      identity: identity.verdict === 'allow' ? 'allow' : identity.verdict === 'explicit-deny' ? 'explicit-deny' : 'implicit-deny',
      sameAccount: caller.principal.account === role.account,
      // A same-account trust statement that names the caller's own ARN (not its account) is enough alone.
      trustNamesPrincipalExactly: trust.deciding.some((s) => s.principalNamedExactly === true),
    });
    if (!decision.allowed) throw await denial(ctx, message, evaluations, reqCtx, principalInfo);
  }
}

/** The one message of a federated denial (reference §5.3), whatever the role's side: missing, untrusting or denying. */
const federatedDenialMessage = (action: string) => `Not authorized to perform ${action}`;

/** AssumeRoleWithSAML / AssumeRoleWithWebIdentity of a role the world does not have. */
export async function missingFederatedRoleDenial(
  ctx: OperationContext,
  roleArn: string,
  federatedPrincipal: string,
  operation: 'AssumeRoleWithSAML' | 'AssumeRoleWithWebIdentity',
  keys: ContextKeys,
  principalInfo: { id: string; arn: string },
): Promise<StsError> {
  const action = `sts:${operation}`;
  const reqCtx: RequestContext = { principal: { type: 'Federated', id: federatedPrincipal }, action, resource: roleArn, keys };
  return denial(ctx, federatedDenialMessage(action), [], reqCtx, principalInfo, MISSING_ROLE_NOTE(roleArn));
}

/** AssumeRoleWithSAML / AssumeRoleWithWebIdentity: decided by the trust policy alone. */
export async function authorizeFederated(
  ctx: OperationContext,
  role: Role,
  federatedPrincipal: string,
  actions: string[],
  keys: ContextKeys,
  principalInfo: { id: string; arn: string },
): Promise<void> {
  for (const action of actions) {
    const reqCtx: RequestContext = { principal: { type: 'Federated', id: federatedPrincipal }, action, resource: role.arn, keys };
    const trust = evaluatePolicies([trustInput(role)], reqCtx);
    const decision = assumeRoleDecision({ trust: trust.decision, identity: null, sameAccount: false, trustNamesPrincipalExactly: false });
    if (!decision.allowed) throw await denial(ctx, federatedDenialMessage(action), [trust], reqCtx, principalInfo);
  }
}
