/**
 * Policy evaluation with a trace (reference §9). An explicit Deny in any policy wins. Otherwise a
 * request is allowed when a trust or identity policy allows it (they add up) and every limiting
 * policy kind that is present (permissions boundary, session policy, SCP) allows it too. When only
 * limiting kinds are given (say one session policy), the answer is whether each of them allows it;
 * with no policies at all, nothing is allowed.
 */
import type { Message } from '../kernel/message';
import type { RequestContext } from './context';
import { normalizeStatements } from './parse';
import { describePrincipal } from './principal';
import { evaluateStatement, statementRef } from './statement';
import type { Evaluation, PolicyInput, PolicyKind, StatementTrace } from './trace';

export type { ConditionTrace, Evaluation, PolicyInput, PolicyKind, StatementTrace } from './trace';

const GRANTING: PolicyKind[] = ['trust', 'identity'];
const LIMITING: { kind: PolicyKind; name: Message }[] = [
  { kind: 'boundary', name: /*i18n*/ { id: 'policy.limit.boundary', message: 'the permissions boundary' } },
  { kind: 'session', name: /*i18n*/ { id: 'policy.limit.session', message: 'the session policy' } },
  { kind: 'scp', name: /*i18n*/ { id: 'policy.limit.scp', message: 'the service control policies' } },
];

function request(ctx: RequestContext): Message {
  const by = describePrincipal(ctx.principal);
  return ctx.resource
    ? /*i18n*/ { id: 'policy.request', message: '{action} on {resource} by {by}', values: { action: ctx.action, resource: ctx.resource, by }, verbatim: ['action', 'resource'] }
    : /*i18n*/ { id: 'policy.request.noResource', message: '{action} on (no resource) by {by}', values: { action: ctx.action, by }, verbatim: ['action'] };
}

/** The policies' labels, one after another ("role/Developer trust policy, session policy 1"). */
const labels = (policies: PolicyInput[]): Message[] => policies.map((p) => p.label);

/** " Closest: <why>." after a denial: the Allow statement that came nearest. */
function closest(statements: StatementTrace[]): Message | '' {
  const near = nearest(statements);
  return near ? /*i18n*/ { id: 'policy.closest', message: ' Closest: {why}.', values: { why: near.why } } : '';
}

/** The statement that came closest to allowing: its action matched but something else did not. */
function nearest(statements: StatementTrace[]): StatementTrace | undefined {
  return statements.find((s) => s.effect === 'Allow' && !s.applies && s.actionMatched);
}

export function evaluatePolicies(policies: PolicyInput[], ctx: RequestContext): Evaluation {
  const statements = policies.flatMap((p) => normalizeStatements(p.document).map((s: unknown, i) => evaluateStatement(p, s, i, ctx)));
  const denies = statements.filter((s) => s.applies && s.effect === 'Deny');
  if (denies.length > 0) {
    const summary: Message = /*i18n*/ {
      id: 'policy.summary.explicitDeny',
      message: 'Explicitly denied by {ref}{more, plural, =0 {} one { (and # more Deny statement)} other { (and # more Deny statements)}}: {request}.',
      values: { ref: statementRef(denies[0] as StatementTrace), more: denies.length - 1, request: request(ctx) },
    };
    return { decision: 'explicit-deny', statements, deciding: denies, summary };
  }
  const allows = statements.filter((s) => s.applies && s.effect === 'Allow');
  if (policies.length === 0) {
    return { decision: 'implicit-deny', statements, deciding: [], summary: /*i18n*/ { id: 'policy.summary.noPolicy', message: 'Implicitly denied: {request}; there is no policy to allow it.', values: { request: request(ctx) } } };
  }
  const isGranting = (kind: string): boolean => GRANTING.includes(kind as PolicyKind);
  const granting = policies.filter((p) => isGranting(p.kind));
  const grants = allows.filter((s) => isGranting(s.policyKind));
  if (granting.length > 0 && grants.length === 0) {
    return {
      decision: 'implicit-deny',
      statements,
      deciding: [],
      summary: /*i18n*/ {
        id: 'policy.summary.noGrant',
        message: 'Implicitly denied: {request}; no statement in {policies} allows it.{hint}',
        values: { request: request(ctx), policies: labels(granting), hint: closest(statements.filter((s) => isGranting(s.policyKind))) },
      },
    };
  }
  const limits: StatementTrace[] = [];
  for (const { kind, name } of LIMITING) {
    const present = policies.filter((p) => p.kind === kind);
    if (present.length === 0) continue;
    const ok = allows.filter((s) => s.policyKind === kind);
    if (ok.length === 0) {
      const hint = closest(statements.filter((s) => s.policyKind === kind));
      const policies = labels(present);
      const summary: Message = grants[0]
        ? /*i18n*/ {
            id: 'policy.summary.limitedGranted',
            message: 'Implicitly denied: {ref} allows {action}, but {limit} ({policies}) does not allow it.{hint}',
            values: { ref: statementRef(grants[0]), action: ctx.action, limit: name, policies, hint },
            verbatim: ['action'],
          }
        : /*i18n*/ { id: 'policy.summary.limited', message: 'Implicitly denied: {request}; {limit} ({policies}) does not allow it.{hint}', values: { request: request(ctx), limit: name, policies, hint } };
      return { decision: 'implicit-deny', statements, deciding: [], summary };
    }
    limits.push(...ok);
  }
  const first = (grants[0] ?? limits[0]) as StatementTrace;
  return { decision: 'allow', statements, deciding: [...grants, ...limits], summary: /*i18n*/ { id: 'policy.summary.allow', message: 'Allowed by {ref}: {request}.', values: { ref: statementRef(first), request: request(ctx) } } };
}

export interface CrossPrincipalDecision {
  allowed: boolean;
  explicitDeny: boolean;
  reason: 'trust-denied' | 'identity-denied' | 'explicit-deny' | 'allowed';
  trust: Evaluation;
  /** null when the identity side was not consulted (federated and service principals). */
  identity: Evaluation | null;
  /** Whether an allowing trust statement named the caller's own ARN (not its account). */
  trustNamesPrincipalExactly: boolean;
  summary: Message;
}

/**
 * The assume-role decision (reference §9): an explicit Deny anywhere wins; cross-account calls need
 * both the trust policy and the caller's identity policies to allow; in the same account a trust
 * statement naming the caller's exact ARN (user, role or session ARN, not the account) is enough;
 * federated calls (SAML, web identity) and service principals are decided by the trust policy alone.
 *
 * trustNamesPrincipalExactly overrides what the trust evaluation found; federated overrides the
 * guess from ctx.principal.type.
 */
export function decideCrossPrincipal(args: {
  trust: PolicyInput[];
  identity: PolicyInput[];
  sameAccount: boolean;
  trustNamesPrincipalExactly?: boolean;
  federated?: boolean;
  ctx: RequestContext;
}): CrossPrincipalDecision {
  const { ctx } = args;
  const federated = args.federated ?? (ctx.principal?.type === 'Federated' || ctx.principal?.type === 'Service');
  const trust = evaluatePolicies(args.trust, ctx);
  const identity = federated ? null : evaluatePolicies(args.identity, ctx);
  const exact = args.trustNamesPrincipalExactly ?? trust.deciding.some((s) => s.principalNamedExactly === true);
  const { allowed, reason } = assumeRoleDecision({ trust: trust.decision, identity: identity?.decision ?? null, sameAccount: args.sameAccount, trustNamesPrincipalExactly: exact });
  const out = (summary: Message): CrossPrincipalDecision => ({ allowed, explicitDeny: reason === 'explicit-deny', reason, trust, identity, trustNamesPrincipalExactly: exact, summary });
  const values = { trust: trust.summary };

  if (reason === 'explicit-deny') return out(trust.decision === 'explicit-deny' || identity === null ? trust.summary : identity.summary);
  if (reason === 'trust-denied') return out(/*i18n*/ { id: 'policy.cross.trustDenied', message: 'The trust policy does not allow this. {trust}', values });
  if (identity === null) return out(/*i18n*/ { id: 'policy.cross.federated', message: '{trust} Federated and service callers need only the trust policy.', values });
  if (args.sameAccount && exact) return out(/*i18n*/ { id: 'policy.cross.exact', message: "{trust} The trust policy names the caller's own ARN in the same account, so no identity policy is needed.", values });
  const both = { ...values, identity: identity.summary, scope: args.sameAccount ? 'account' : 'cross' };
  if (allowed) {
    return out(/*i18n*/ {
      id: 'policy.cross.allowed',
      message: "{trust} {scope, select, account {The trust policy trusts the account (not the caller by ARN), so} other {This is a cross-account call, so}} the caller's identity policy must allow it too, and it does: {identity}",
      values: both,
    });
  }
  return out(/*i18n*/ {
    id: 'policy.cross.identityDenied',
    message: "The trust policy allows this, but {scope, select, account {the trust policy trusts the account (not the caller by ARN), so} other {this is a cross-account call, so}} the caller's identity policy must allow it too. {identity}",
    values: both,
  });
}

/**
 * The assume-role rule itself, on decisions already made (the sandbox's authorizeAssumeRole and
 * authorizeFederated, and decideCrossPrincipal, all run it): an explicit Deny anywhere wins; the
 * trust policy must allow; federated and service callers (identity null) need nothing else; in the
 * same account a trust statement naming the caller's exact ARN is enough; otherwise the caller's
 * identity side must allow too.
 */
export function assumeRoleDecision(args: {
  trust: Evaluation['decision'];
  /** The caller's identity side; null for federated and service principals (not consulted). */
  identity: Evaluation['decision'] | null;
  sameAccount: boolean;
  trustNamesPrincipalExactly: boolean;
}): { allowed: boolean; reason: CrossPrincipalDecision['reason'] } {
  if (args.trust === 'explicit-deny' || args.identity === 'explicit-deny') return { allowed: false, reason: 'explicit-deny' };
  if (args.trust !== 'allow') return { allowed: false, reason: 'trust-denied' };
  if (args.identity === null || (args.sameAccount && args.trustNamesPrincipalExactly) || args.identity === 'allow') return { allowed: true, reason: 'allowed' };
  return { allowed: false, reason: 'identity-denied' };
}
