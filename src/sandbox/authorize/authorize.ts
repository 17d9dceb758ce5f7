/**
 * Authorization decisions of the sandbox, on top of the pure policy evaluator: identity-only checks
 * (DecodeAuthorizationMessage, GetFederationToken…) and role assumption (trust policy, plus the
 * caller's identity policies for AssumeRole). Denials are AccessDenied with AWS's wording and carry an
 * encoded authorization message whose trace says which statement and condition decided.
 */
import { buildAuthorizationMessage } from '../../policy/authorization-message';
import { evaluatePolicies, type Evaluation, type PolicyInput } from '../../policy/evaluate';
import type { RequestContext } from '../../policy/context';
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

async function denial(ctx: OperationContext, message: string, evaluations: Evaluation[], reqCtx: RequestContext, principal: { id: string; arn: string }): Promise<StsError> {
  const merged: Evaluation = {
    decision: evaluations.some((e) => e.decision === 'explicit-deny') ? 'explicit-deny' : 'implicit-deny',
    statements: evaluations.flatMap((e) => e.statements),
    deciding: evaluations.flatMap((e) => e.deciding),
    summary: evaluations.map((e) => e.summary).join(' '),
  };
  const encoded = await encodeAuthorizationMessage(ctx.env, buildAuthorizationMessage(merged, reqCtx, principal));
  return stsError('AccessDenied', `${message} Encoded authorization failure message: ${encoded}`);
}

/** The identity side: the caller's own policies, then each session-policy layer, must allow; any Deny wins. */
function evaluateIdentity(caller: Caller, reqCtx: RequestContext): { evaluations: Evaluation[]; verdict: 'allow' | 'explicit-deny' | 'no-identity-allow' | 'no-session-allow' } {
  const policies = callerPolicies(caller);
  const evaluations: Evaluation[] = [];
  let verdict: 'allow' | 'explicit-deny' | 'no-identity-allow' | 'no-session-allow' = 'allow';
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

function reasonSuffix(verdict: string, action: string, kind: 'identity-based policy' | 'session policy' = 'identity-based policy'): string {
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

/** AssumeRole: the trust policy and, unless it names the caller exactly in the same account, the caller's identity policies. */
export async function authorizeAssumeRole(ctx: OperationContext, caller: Caller, role: Role, actions: string[], requestKeys: ContextKeys): Promise<void> {
  const arn = principalArn(caller.principal);
  for (const action of actions) {
    const reqCtx = callerRequestContext(ctx, caller, action, role.arn, requestKeys);
    const trust = evaluatePolicies([trustInput(role)], reqCtx);
    const identity = evaluateIdentity(caller, reqCtx);
    const base = `User: ${arn} is not authorized to perform: ${action} on resource: ${role.arn}`;
    const principalInfo = { id: principalUserId(caller.principal), arn };
    if (trust.decision === 'explicit-deny') throw await denial(ctx, `${base} with an explicit deny in a resource-based policy`, [trust], reqCtx, principalInfo);
    if (identity.verdict === 'explicit-deny') throw await denial(ctx, base + reasonSuffix('explicit-deny', action), [trust, ...identity.evaluations], reqCtx, principalInfo);
    if (trust.decision !== 'allow') throw await denial(ctx, base, [trust, ...identity.evaluations], reqCtx, principalInfo);
    const sameAccount = caller.principal.account === role.account;
    // A same-account trust statement that names the caller's own ARN (not its account) is enough alone.
    const exact = sameAccount && trust.deciding.some((s) => s.principalNamedExactly === true);
    if (!exact && identity.verdict !== 'allow') {
      throw await denial(ctx, base + reasonSuffix(identity.verdict, action), [trust, ...identity.evaluations], reqCtx, principalInfo);
    }
  }
}

/** AssumeRoleWithSAML / AssumeRoleWithWebIdentity: decided by the trust policy alone. */
export async function authorizeFederated(
  ctx: OperationContext,
  role: Role,
  federatedPrincipal: string,
  actions: string[],
  keys: ContextKeys,
  operation: 'AssumeRoleWithSAML' | 'AssumeRoleWithWebIdentity',
  principalInfo: { id: string; arn: string },
): Promise<void> {
  for (const action of actions) {
    const reqCtx: RequestContext = { principal: { type: 'Federated', id: federatedPrincipal }, action, resource: role.arn, keys };
    const trust = evaluatePolicies([trustInput(role)], reqCtx);
    if (trust.decision !== 'allow') {
      const what = action === `sts:${operation}` ? action : `${action} (required by this request)`;
      throw await denial(ctx, `Not authorized to perform ${what}`, [trust], reqCtx, principalInfo);
    }
  }
}
