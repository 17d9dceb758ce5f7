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
import { decideFederatedTrust, type FederatedTrustRequest } from '../../policy/federated-trust';
import { policyLabel } from '../../policy/labels';
import type { Message } from '../../kernel/message';
import { combineLayers, denialReason, mergeEvaluations, type DeniedBy, type PermissionLayer } from '../../policy/permission-check';
import type { RequestContext } from '../../policy/context';
import { stsError, type StsError } from '../core/errors';
import type { Caller } from '../auth/caller';
import { principalArn, principalEntityArn, principalUserId } from '../auth/principal';
import { refuseRestrictedSessions } from '../operations/shared/caller-guards';
import type { OperationContext } from '../operations/types';
import type { Role } from '../world/types';
import { encodeExplanation } from './authorization-message';
import { callerPolicies } from './caller-policies';
import { callerContextKeys, type ContextKeys } from './context-keys';

function isSecure(ctx: OperationContext): boolean {
  return ctx.baseUrl.startsWith('https:');
}

export function callerRequestContext(ctx: OperationContext, caller: Caller, action: string, resource: string, extraKeys: ContextKeys): RequestContext {
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

async function denial(ctx: OperationContext, message: string, evaluations: Evaluation[], reqCtx: RequestContext, principal: { id: string; arn: string }, note?: Message, cause?: string): Promise<StsError> {
  const encoded = await encodeExplanation(ctx.env, buildAuthorizationMessage(mergeEvaluations(evaluations, false, note), reqCtx, principal));
  return stsError('AccessDenied', message, { sandboxAuthorizationMessage: encoded, ...(cause ? { sandboxCause: cause } : {}) });
}

/** The identity side: the caller's own policies, then each session-policy layer, must allow; any Deny wins. */
export function evaluateIdentity(caller: Caller, reqCtx: RequestContext): { layers: PermissionLayer[]; evaluations: Evaluation[]; inputs: PolicyInput[]; deniedBy: DeniedBy } {
  const policies = callerPolicies(caller);
  const layers: PermissionLayer[] = [];
  if (!policies.unrestricted) layers.push({ kind: 'identity', evaluation: evaluatePolicies(policies.identity, reqCtx) });
  for (const layer of policies.sessionLayers) layers.push({ kind: 'session', evaluation: evaluatePolicies([layer], reqCtx) });
  const inputs = [...(policies.unrestricted ? [] : policies.identity), ...policies.sessionLayers];
  return { layers, evaluations: layers.map((l) => l.evaluation), inputs, deniedBy: combineLayers(layers) };
}

/** Identity-only permission (no resource policy involved). */
export async function requireIdentityPermission(ctx: OperationContext, caller: Caller, action: string, resource: string, extraKeys: ContextKeys = {}): Promise<void> {
  refuseRestrictedSessions(caller, action, resource);
  const reqCtx = callerRequestContext(ctx, caller, action, resource, extraKeys);
  const { evaluations, deniedBy } = evaluateIdentity(caller, reqCtx);
  if (deniedBy === null) return;
  const arn = principalArn(caller.principal);
  const on = resource === '*' ? '' : ` on resource: ${resource}`;
  throw await denial(ctx, `User: ${arn} is not authorized to perform: ${action}${on}${denialReason(deniedBy, action)}`, evaluations, reqCtx, {
    id: principalUserId(caller.principal),
    arn,
  });
}

function trustInput(role: Role): PolicyInput {
  return { label: policyLabel.trust(role.name), kind: 'trust', document: role.trustPolicy };
}

const MISSING_ROLE_NOTE = (roleArn: string): Message => /*i18n*/ ({
  id: 'sandbox.missingRole',
  message: 'The sandbox world has no role {roleArn}. AWS answers a role that does not exist exactly as it answers a role whose trust policy does not allow the call, so the message cannot tell the two apart.',
  values: { roleArn },
  verbatim: ['roleArn'],
});

/** AssumeRole of a role the world does not have: the message an untrusting role gets (reference §9), the truth in the trace. */
export async function missingRoleDenial(ctx: OperationContext, caller: Caller, roleArn: string, requestKeys: ContextKeys): Promise<StsError> {
  const arn = principalArn(caller.principal);
  const action = 'sts:AssumeRole';
  const reqCtx = callerRequestContext(ctx, caller, action, roleArn, requestKeys);
  const identity = evaluateIdentity(caller, reqCtx);
  const message = `User: ${arn} is not authorized to perform: ${action} on resource: ${roleArn}${denialReason(identity.deniedBy, action)}`;
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
    const message = `User: ${arn} is not authorized to perform: ${action} on resource: ${role.arn}${denialReason(identity.deniedBy, action)}`;
    const evaluations = [trust, ...identity.evaluations];
    const decision = assumeRoleDecision({
      trust: trust.decision,
      identity: identity.deniedBy === null ? 'allow' : identity.deniedBy === 'explicit-deny' ? 'explicit-deny' : 'implicit-deny',
      sameAccount: caller.principal.account === role.account,
      // A same-account trust statement that names the caller's own ARN (not its account) is enough alone.
      trustNamesPrincipalExactly: trust.deciding.some((s) => s.principalNamedExactly === true),
    });
    if (!decision.allowed) throw await denial(ctx, message, evaluations, reqCtx, principalInfo);
  }
}

/**
 * AssumeRoleWithSAML / AssumeRoleWithWebIdentity: the trust step (policy/federated-trust.ts
 * decideFederatedTrust, which the verdict runs too), refused with AWS's one message and the
 * sandbox's explanation in its own header. Answers the role once it is allowed.
 */
export async function authorizeFederated(ctx: OperationContext, role: Role | null, request: FederatedTrustRequest, principalInfo: { id: string; arn: string }): Promise<Role> {
  const decision = decideFederatedTrust(role ? { arn: role.arn, name: role.name, trustPolicy: role.trustPolicy } : null, request);
  if (decision.allowed && role) return role;
  const step = decision.result?.steps[decision.result.steps.length - 1];
  const reqCtx: RequestContext = step?.context ?? { principal: { type: 'Federated', id: request.federatedPrincipal }, action: request.actions[0] ?? '', resource: request.roleArn, keys: request.keys };
  const message = decision.allowed ? '' : decision.error.message;
  throw await denial(ctx, message, step ? [step.evaluation] : [], reqCtx, principalInfo, role ? undefined : MISSING_ROLE_NOTE(request.roleArn), role ? 'trust-policy-denied' : 'role-missing');
}
